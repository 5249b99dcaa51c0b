// Characters XML 1.0 does not allow even as references: C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element and drops characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Drops the characters XML 1.0 cannot carry from every string of a value, for writers that escape the rest themselves. */
export function withoutIllegalXml<T>(value: T): T {
  if (typeof value === 'string') return value.replace(ILLEGAL_XML, '') as T;
  if (Array.isArray(value)) return value.map((item) => withoutIllegalXml(item)) as T;
  if (value instanceof Map) return new Map([...value].map(([key, child]) => [key, withoutIllegalXml(child)])) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withoutIllegalXml(child)])) as T;
  }
  return value;
}
