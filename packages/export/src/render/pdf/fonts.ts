import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import type { Font } from 'fontkit';
import * as fontkit from 'fontkit';
import { TsmpError } from '@tsmp/core';

const require = createRequire(import.meta.url);

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

// Full TTFs of PT Serif (ParaType, SIL Open Font License) with Cyrillic,
// Ukrainian letters, «», №, dashes and no-break space. pdfkit 0.20 cannot read WOFF2.
const FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
  bold: '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
  italic: '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/pt-serif/700Bold_Italic/PTSerif_700Bold_Italic.ttf',
};

export const FONT_STYLES = Object.keys(FILES) as FontStyle[];

/** Resolves the absolute path of a font file from the installed package. */
export function fontPath(style: FontStyle): string {
  let path: string;
  try {
    path = require.resolve(FILES[style]);
  } catch {
    throw new TsmpError('export.error.fontMissing', { file: FILES[style] });
  }
  if (!existsSync(path)) throw new TsmpError('export.error.fontMissing', { file: path });
  return path;
}

const opened = new Map<FontStyle, Font>();
/** Code points already found in each style, so long documents look each character up once. */
const present = new Map<FontStyle, Set<number>>();

function font(style: FontStyle): Font {
  let entry = opened.get(style);
  if (!entry) {
    entry = fontkit.openSync(fontPath(style));
    opened.set(style, entry);
  }
  return entry;
}

/**
 * Checks that the font has a glyph for every character of `text`, so that a
 * missing glyph is an error naming the character and the place instead of
 * an empty square in the PDF. Line breaks are not drawn and are skipped.
 */
export function assertGlyphs(text: string, style: FontStyle, at: string): void {
  const face = font(style);
  let known = present.get(style);
  if (!known) {
    known = new Set([0x0a]);
    present.set(style, known);
  }
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (known.has(codePoint)) continue;
    if (face.hasGlyphForCodePoint(codePoint)) {
      known.add(codePoint);
      continue;
    }
    throw new TsmpError('export.error.missingGlyph', {
      font: face.familyName,
      char,
      codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`,
      at,
    });
  }
}
