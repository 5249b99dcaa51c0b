import type { Inline, RichText } from './blocks.js';

// Characters XML 1.0 does not allow (C0 controls except tab, LF, CR; U+FFFE,
// U+FFFF) and unpaired surrogates. Word refuses a file that contains them.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

// Invisible characters that text pasted from Word or the web often carries: zero-width space,
// word joiner and byte-order mark. They have no glyph in PT Serif and change nothing on the page.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
// Narrow, figure and thin spaces (used between digit groups) become no-break spaces, which keep the number on one line.
const NARROW_SPACES = /[\u202F\u2007\u2009]/g;

/**
 * Cleans text for every output format: strips characters XML does not allow
 * and invisible ones, turns tabs into spaces and CR LF, U+2028 and U+2029 into
 * LF. Narrow spaces become no-break spaces and U+2010 a hyphen-minus, because
 * PT Serif has no glyphs for them. Line breaks are kept.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(ILLEGAL_XML, '')
    .replace(INVISIBLE, '')
    .replace(NARROW_SPACES, '\u00A0')
    .replace(/\u2010/g, '-');
}

/** Plain rich text of one run. */
export function plain(text: string): RichText {
  return [{ text }];
}

export function bold(text: string): Inline {
  return { text, bold: true };
}

/** Joins the text of rich text without its styles. */
export function richToString(content: RichText): string {
  return content.map((inline) => inline.text).join('');
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Writes a positive integer in Roman numerals: 4 → «IV». */
export function toRoman(value: number): string {
  let rest = Math.floor(value);
  let out = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/** Builds the text of a numbered point; a paraphrase of an unpublished text is marked in italics after it. */
export function pointText(point: { text: string; paraphrase?: boolean | undefined }, paraphraseNote: string): RichText {
  const content = plain(cleanText(point.text));
  return point.paraphrase ? [...content, { text: ` ${paraphraseNote}`, italic: true }] : content;
}
