import { AlignmentType, LineRuleType, SoftHyphen, TextRun, UnderlineType } from 'docx';
import type { Inline, RichText } from '../../model/blocks.js';
import { SOFT_HYPHEN } from '../hyphenate.js';

export const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Single line spacing, with `lineRule` written out instead of left to the reading program's default. */
export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;

export const FONT_NAME = 'Times New Roman';

/**
 * Times New Roman in every font slot: Word picks the slot by character, and
 * a slot left empty makes Cyrillic fall back to the theme font.
 */
export const FONT = { ascii: FONT_NAME, hAnsi: FONT_NAME, cs: FONT_NAME, eastAsia: FONT_NAME };

/** Turns rich text into runs; `\n` becomes a line break and U+00AD a Word soft hyphen. */
export function runs(content: RichText, sizePt: number): TextRun[] {
  const out: TextRun[] = [];
  for (const inline of content) {
    inline.text.split('\n').forEach((line, index) => {
      out.push(run(inline, line, sizePt, index > 0));
    });
  }
  return out;
}

function run(inline: Inline, text: string, sizePt: number, breakBefore: boolean): TextRun {
  const pieces = text.split(SOFT_HYPHEN);
  const children: (string | SoftHyphen)[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) children.push(new SoftHyphen());
    if (piece !== '') children.push(piece);
  });
  return new TextRun({
    children,
    font: FONT,
    size: sizePt * 2,
    bold: inline.bold,
    italics: inline.italic,
    strike: inline.mark === 'deleted',
    underline: inline.mark === 'inserted' ? { type: UnderlineType.SINGLE } : undefined,
    break: breakBefore ? 1 : undefined,
  });
}
