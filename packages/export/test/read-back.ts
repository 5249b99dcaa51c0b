import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Unzips the XML parts of a DOCX by name: `word/document.xml`, `word/styles.xml`, headers. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (name.endsWith('.xml')) parts[name] = strFromU8(data);
  return parts;
}

/** Extracts the visible text of `word/document.xml`, one line per paragraph; soft hyphens are elements and drop out. */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:p[ >]/g)].map((match) => (match[1] === undefined ? '\n' : match[1])).join('');
}

/** Writes bytes to a fresh temporary folder and returns the path. */
export function temporaryFile(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tsmp-export-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** Text of a PDF through poppler's pdftotext, page by page (pages split at form feeds). */
export function pdfPages(bytes: Uint8Array): string[] {
  const path = temporaryFile('doc.pdf', bytes);
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
}

/** Fonts of a PDF as poppler's pdffonts lists them. */
export function pdfFonts(bytes: Uint8Array): string {
  return execFileSync('pdffonts', [temporaryFile('doc.pdf', bytes)], { encoding: 'utf8' });
}
