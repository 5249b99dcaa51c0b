import type { Block, RichText } from '../model/blocks.js';
import { plain } from '../model/text.js';

/**
 * Numbers the points of a document continuously across sections, the way
 * orders number them, starting after the highest number the model gives.
 */
export class PointCounter {
  private last = 0;

  /** Records a point number written in the model, so generated points continue after it. */
  take(number: string): string {
    const leading = Number.parseInt(number, 10);
    if (Number.isFinite(leading) && leading > this.last) this.last = leading;
    return number;
  }

  next(): string {
    this.last += 1;
    return String(this.last);
  }
}

/** Builds a point followed by subpoints «1) …;» … «N) ….», numbered from 1 in every list. */
export function pointWithList(number: string, lead: string, items: readonly string[], at?: string): Block[] {
  const blocks: Block[] = [{ type: 'point', number, content: plain(lead), at }];
  items.forEach((item, index) => {
    const end = index === items.length - 1 ? '.' : ';';
    blocks.push({ type: 'point', number: `${index + 1})`, content: plain(`${lowerFirst(trimEnd(item))}${end}`), level: 1, at });
  });
  return blocks;
}

/** Builds an indented paragraph that continues the point before it. */
export function continuation(content: RichText, at?: string): Block {
  return { type: 'paragraph', content, indent: true, at };
}

/** Removes trailing punctuation so a list item can end with «;» or «.». */
export function trimEnd(text: string): string {
  return text.trim().replace(/[.;,]+$/u, '');
}

/**
 * Lowercases the first letter of a list item, as items of a list inside a
 * sentence are written, unless the first word is an abbreviation such as «ЕЦП».
 */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (!first || !second || second !== second.toLocaleLowerCase('ru')) return text;
  return first.toLocaleLowerCase('ru') + text.slice(first.length);
}
