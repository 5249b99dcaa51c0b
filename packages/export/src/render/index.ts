import type { ExportDocument } from '../model/blocks.js';
import { renderDocx } from './docx/index.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { RenderOptions } from './options.js';
import { renderPdf } from './pdf/index.js';

import type { ExportFormat } from '../kinds.js';

export { EXPORT_FORMATS, type ExportFormat } from '../kinds.js';

/** Renders a document into one format: bytes for DOCX and PDF, UTF-8 bytes of the text for HTML and Markdown. */
export async function renderDocument(document: ExportDocument, format: ExportFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return renderDocx(document, options);
    case 'pdf':
      return renderPdf(document, options);
    case 'html':
      return new TextEncoder().encode(renderHtml(document, options));
    case 'md':
      return new TextEncoder().encode(renderMarkdown(document, options));
  }
}
