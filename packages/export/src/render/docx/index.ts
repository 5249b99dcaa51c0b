import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ExportDocument } from '../../model/blocks.js';
import { PAGE } from '../layout.js';
import type { RenderOptions } from '../options.js';
import { docxBlocks } from './blocks.js';
import { FONT, SINGLE } from './runs.js';
import { twips } from './units.js';
import { cleanDocument } from '../../model/clean.js';

/**
 * Renders a document to DOCX: A4 with the margins of the layout, Times New
 * Roman in every font slot, page numbers from page 2 centred in the header.
 */
export async function renderDocx(input: ExportDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const document = cleanDocument(input);
  const children = docxBlocks(document.blocks, document.orientation, (index) => options.onProgress?.(index + 1, document.blocks.length));
  const landscape = document.orientation === 'landscape';
  const file = new Document({
    creator: 'tsmp',
    title: document.title,
    // The model's text is Russian whatever the label language, so Word hyphenates and spell-checks it as Russian.
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: PAGE.bodyPt * 2, language: { value: 'ru-RU' } },
          paragraph: { spacing: SINGLE },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(PAGE.widthMm), height: twips(PAGE.heightMm), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: {
              top: twips(PAGE.marginTopMm),
              bottom: twips(PAGE.marginBottomMm),
              left: twips(PAGE.marginLeftMm),
              right: twips(PAGE.marginRightMm),
              header: twips(PAGE.headerMm),
              footer: twips(PAGE.headerMm),
            },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: SINGLE, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PAGE.pageNumberPt * 2 })] })],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(file);
  return new Uint8Array(buffer);
}
