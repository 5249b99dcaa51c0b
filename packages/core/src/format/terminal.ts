// C0 and C1 controls, and the marks that reorder text on screen (bidirectional embeddings, overrides, isolates).
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from a user's file safe to print on a terminal: control
 * characters and direction marks are shown as `\uXXXX` escapes, so a value
 * can neither colour the screen nor fake a line of output.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
