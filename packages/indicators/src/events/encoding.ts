export type SourceEncoding = 'utf-8' | 'windows-1251';
export type EncodingSetting = SourceEncoding | 'auto';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Returns true when `bytes` start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

/**
 * Chooses the encoding of a text file from its first bytes: a byte-order
 * mark or valid UTF-8 means UTF-8, anything else is read as Windows-1251,
 * the code page of Russian Windows. A multi-byte character cut at the end of
 * the sample is not counted as invalid.
 */
export function detectEncoding(sample: Uint8Array): SourceEncoding {
  if (hasUtf8Bom(sample)) return 'utf-8';
  let end = sample.length;
  // Step back over a trailing incomplete UTF-8 sequence (at most 3 bytes).
  for (let back = 1; back <= 3 && back <= end; back += 1) {
    const byte = sample[end - back] ?? 0;
    if ((byte & 0xc0) === 0xc0) {
      end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}
