/** Matches a `&` that does not start an entity or character reference. */
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_:][\w.:-]*|#\d+|#x[0-9A-Fa-f]+);)/g;

/**
 * Finds the first `&` outside comments, CDATA sections and processing
 * instructions that starts no reference. saxes reports such a character only
 * where the element ends, often many lines later, so it is searched for here
 * to give its own line and column. Returns its offset, or -1.
 */
export function findBareAmpersand(text: string): number {
  const skipped = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  let from = 0;
  for (;;) {
    skipped.lastIndex = from;
    const skip = skipped.exec(text);
    const end = skip ? skip.index : text.length;
    BARE_AMPERSAND.lastIndex = from;
    const match = BARE_AMPERSAND.exec(text);
    if (match && match.index < end) return match.index;
    if (!skip) return -1;
    from = skip.index + skip[0].length;
  }
}
