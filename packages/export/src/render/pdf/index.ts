import PDFDocument from 'pdfkit';
import type { ExportDocument } from '../../model/blocks.js';
import { labels } from '../../documents/labels.js';
import { mm, PAGE, pageSizeMm } from '../layout.js';
import type { RenderOptions } from '../options.js';
import { drawBlock } from './blocks.js';
import { PdfCanvas } from './context.js';
import { FONT_STYLES, fontPath } from './fonts.js';
import { cleanDocument } from '../../model/clean.js';

/**
 * Renders a document to PDF with PT Serif embedded (subset) and, on request,
 * as PDF/A-2b for archiving. Resolves to the bytes of the file.
 */
export async function renderPdf(input: ExportDocument, options: RenderOptions = {}): Promise<Uint8Array> {
  const document = cleanDocument(input);
  const size = pageSizeMm(document.orientation);
  const doc = new PDFDocument({
    size: [mm(size.width), mm(size.height)],
    margins: { top: mm(PAGE.marginTopMm), bottom: mm(PAGE.marginBottomMm), left: mm(PAGE.marginLeftMm), right: mm(PAGE.marginRightMm) },
    bufferPages: true,
    autoFirstPage: true,
    lang: document.lang,
    displayTitle: true,
    info: { Title: document.title, Creator: 'tsmp', Producer: 'tsmp' },
    ...(options.pdfa ? { subset: 'PDF/A-2b' as const, pdfVersion: '1.7' as const } : { pdfVersion: '1.7' as const }),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  for (const style of FONT_STYLES) doc.registerFont(style, fontPath(style));
  const canvas = new PdfCanvas(doc, labels(document.lang).format('export.table.continued'));
  canvas.use('regular', PAGE.bodyPt);

  try {
    document.blocks.forEach((block, index) => {
      drawBlock(canvas, block, index, document.blocks[index + 1]);
      options.onProgress?.(index + 1, document.blocks.length);
    });
    numberPages(canvas);
  } finally {
    doc.end();
  }
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes page numbers from page 2 on, centred in the top margin. */
function numberPages(canvas: PdfCanvas): void {
  const doc = canvas.doc;
  const range = doc.bufferedPageRange();
  for (let page = range.start + 1; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    const margins = doc.page.margins;
    const top = margins.top;
    margins.top = 0;
    canvas.use('regular', PAGE.pageNumberPt);
    doc.text(String(page + 1), margins.left, mm(PAGE.headerMm), { width: doc.page.width - margins.left - margins.right, align: 'center', lineBreak: false });
    margins.top = top;
  }
}
