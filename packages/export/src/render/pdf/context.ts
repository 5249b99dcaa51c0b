import type PDFDocument from 'pdfkit';
import type { Inline, RichText } from '../../model/blocks.js';
import { PAGE } from '../layout.js';
import { assertGlyphs } from './fonts.js';
import type { FontStyle } from './fonts.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface TextBox {
  x: number;
  width: number;
  align?: 'justify' | 'left' | 'center' | 'right';
  /** First-line indent in points. */
  indent?: number;
  size?: number;
}

function styleOf(inline: Inline): FontStyle {
  if (inline.bold && inline.italic) return 'boldItalic';
  if (inline.bold) return 'bold';
  if (inline.italic) return 'italic';
  return 'regular';
}

/** The pdfkit document with the page geometry and the drawing steps the block renderers share. */
export class PdfCanvas {
  constructor(
    readonly doc: Doc,
    /** Labels shown by the renderer itself, such as «Продолжение таблицы». */
    readonly continuedLabel: string,
  ) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get right(): number {
    return this.doc.page.width - this.doc.page.margins.right;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Returns whether nothing has been drawn on the current page yet. */
  atPageTop(): boolean {
    return this.doc.y <= this.top + 0.5;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom || this.atPageTop()) return false;
    this.doc.addPage();
    return true;
  }

  use(style: FontStyle, size: number): void {
    this.doc.font(style).fontSize(size);
  }

  /** Height of rich text laid out in a box, measured with the widest style present. */
  measure(content: RichText, box: TextBox): number {
    const text = content.map((inline) => inline.text).join('');
    const bold = content.some((inline) => inline.bold);
    this.use(bold ? 'bold' : 'regular', box.size ?? PAGE.bodyPt);
    return this.doc.heightOfString(text === '' ? ' ' : text, { width: box.width, indent: box.indent ?? 0, align: box.align ?? 'left' });
  }

  /**
   * Draws rich text at (x, y) in a box, run by run. Every character is
   * checked against the font first; `at` names the place in the model for the error.
   */
  draw(content: RichText, box: TextBox, y: number, at: string): void {
    const runs = content.filter((inline) => inline.text !== '');
    const size = box.size ?? PAGE.bodyPt;
    if (runs.length === 0) {
      this.doc.y = y + this.doc.currentLineHeight(true);
      return;
    }
    runs.forEach((inline, index) => {
      const style = styleOf(inline);
      assertGlyphs(inline.text, style, at);
      this.use(style, size);
      const options = {
        width: box.width,
        align: box.align ?? 'left',
        indent: index === 0 ? (box.indent ?? 0) : 0,
        continued: index < runs.length - 1,
        underline: inline.mark === 'inserted',
        strike: inline.mark === 'deleted',
      };
      if (index === 0) this.doc.text(inline.text, box.x, y, options);
      else this.doc.text(inline.text, options);
    });
  }
}
