import type { Inline, RichText } from './blocks.js';

// Characters XML 1.0 does not allow (C0 controls except tab, LF, CR; U+FFFE,
// U+FFFF) and unpaired surrogates. Word refuses a file that contains them.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Cleans text for every output format: strips characters XML does not allow,
 * turns tabs into spaces and CR LF into LF. Line breaks are kept.
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(ILLEGAL_XML, '');
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
