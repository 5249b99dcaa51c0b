/** Encodings tsmp reads XML in, named as Node's TextDecoder names them. */
export const XML_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1251'] as const;

/** Text decoded from XML bytes, with what decided the encoding. */
export interface DecodedXml {
  text: string;
  /** The encoding used to decode, as TextDecoder names it. */
  encoding: string;
  /** The encoding named in the XML declaration, as written there. */
  declared?: string;
  byteOrderMark: boolean;
  /** Set when the declared encoding is not one tsmp can read; the text was then decoded as UTF-8. */
  unsupportedEncoding?: string;
}

/**
 * Encoding labels of XML declarations mapped to TextDecoder names. The WHATWG
 * Encoding Standard, which TextDecoder follows, decodes ISO-8859-1 and
 * Latin-1 as windows-1252: the two differ only in 0x80–0x9F, where ISO-8859-1
 * has control characters that XML 1.0 documents do not use, so nothing
 * readable is lost.
 */
const LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
};

/** Reads the `encoding` pseudo-attribute of the XML declaration from the first bytes, which are ASCII in every supported encoding. */
function declaredEncoding(head: string): string | undefined {
  const declaration = /^\s*<\?xml\s[^?]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return declaration?.[1];
}

/**
 * Decodes XML bytes: a byte-order mark decides first, then the encoding the
 * XML declaration names, else UTF-8. The mark is stripped from the text.
 */
export function decodeXml(input: Uint8Array | string): DecodedXml {
  if (typeof input === 'string') {
    const byteOrderMark = input.charCodeAt(0) === 0xfeff;
    const text = byteOrderMark ? input.slice(1) : input;
    return { text, encoding: 'utf-8', declared: declaredEncoding(text.slice(0, 200)), byteOrderMark };
  }

  const bom = detectByteOrderMark(input);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(input.subarray(bom.length));
    return { text, encoding: bom.encoding, declared: declaredEncoding(text.slice(0, 200)), byteOrderMark: true };
  }

  const head = new TextDecoder('latin1').decode(input.subarray(0, 200));
  const declared = declaredEncoding(head);
  const label = declared?.toLowerCase();
  const encoding = label === undefined ? 'utf-8' : LABELS[label];
  if (encoding === undefined) {
    return { text: new TextDecoder('utf-8').decode(input), encoding: 'utf-8', declared, byteOrderMark: false, unsupportedEncoding: declared };
  }
  return { text: new TextDecoder(encoding).decode(input), encoding, declared, byteOrderMark: false };
}

function detectByteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}
