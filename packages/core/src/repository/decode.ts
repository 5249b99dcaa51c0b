/** Text of a file and how its bytes were read. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
  hadByteOrderMark: boolean;
}

const NON_ASCII = /[^\u0000-\u007f]/g;
// Characters that Russian text in Windows-1251 decodes to: Cyrillic letters, «», №, dashes, no-break space.
const RUSSIAN_TEXT = /[А-Яа-яЁё«»№–—\u00a0]/g;

/**
 * Decodes file bytes: a byte-order mark decides first, then strict UTF-8;
 * bytes that are not UTF-8 are read as Windows-1251 when that yields mostly
 * Cyrillic letters (how Russian Windows editors save), else `undefined`.
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    return text === undefined ? undefined : { text, encoding: 'utf-8', hadByteOrderMark: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadByteOrderMark: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadByteOrderMark: true };
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, hadByteOrderMark: false };
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', hadByteOrderMark: false };

  const cp1251 = new TextDecoder('windows-1251').decode(bytes);
  const nonAscii = cp1251.match(NON_ASCII)?.length ?? 0;
  const russian = cp1251.match(RUSSIAN_TEXT)?.length ?? 0;
  if (nonAscii > 0 && russian / nonAscii >= 0.9) return { text: cp1251, encoding: 'windows-1251', hadByteOrderMark: false };
  return undefined;
}

/**
 * Recognises UTF-16 saved without a byte-order mark: text of this project is
 * mostly ASCII or Cyrillic, so every other byte is zero (ASCII) or 0x04 (Cyrillic).
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x04) evenHigh += 1;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x04) oddHigh += 1;
  }
  const pairs = sample / 2;
  if (oddHigh / pairs > 0.9 && evenHigh / pairs < 0.1) return 'utf-16le';
  if (evenHigh / pairs > 0.9 && oddHigh / pairs < 0.1) return 'utf-16be';
  return undefined;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Finds the 1-based line and column of the first byte that is not valid UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = utf8SequenceLength(byte);
    if (length === 0) return { line, column };
    for (let k = 1; k < length; k += 1) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { line, column };
    }
    if (byte === 0x0a) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    i += length;
  }
  return { line, column };
}

/** Returns how many bytes a UTF-8 sequence starting with `byte` has, or 0 for a byte no sequence starts with. */
function utf8SequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >> 5 === 0b110) return 2;
  if (byte >> 4 === 0b1110) return 3;
  if (byte >> 3 === 0b11110) return 4;
  return 0;
}
