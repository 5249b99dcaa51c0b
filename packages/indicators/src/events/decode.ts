import { instantFromWallClock } from '../time/zone.js';

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const RUSSIAN_DATE_TIME = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validParts(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= daysInMonth;
}

function offsetMinutes(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/**
 * Parses a timestamp as ISO 8601 (`2025-03-04T10:15:00+03:00`, with a space
 * instead of `T`, fractions up to nanoseconds) or as Russian offices write it
 * (`dd.mm.yyyy[ HH:mm[:ss]]`). A time without an offset is read as wall-clock
 * time in `zone`. Returns milliseconds since the epoch, or undefined when the
 * text is not a valid date.
 */
export function parseTimestamp(text: string, zone: string): number | undefined {
  const fast = parseIsoWithOffset(text);
  if (fast !== undefined) return fast;
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millis = 0;
  let offset: string | undefined;

  const iso = ISO_DATE_TIME.exec(trimmed);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    hour = Number(iso[4] ?? 0);
    minute = Number(iso[5] ?? 0);
    second = Number(iso[6] ?? 0);
    millis = iso[7] ? Math.floor(Number(`0.${iso[7]}`) * 1000) : 0;
    offset = iso[8];
  } else {
    const russian = RUSSIAN_DATE_TIME.exec(trimmed);
    if (!russian) return undefined;
    day = Number(russian[1]);
    month = Number(russian[2]);
    year = Number(russian[3]);
    hour = Number(russian[4] ?? 0);
    minute = Number(russian[5] ?? 0);
    second = Number(russian[6] ?? 0);
  }
  if (!validParts(year, month, day, hour, minute, second)) return undefined;

  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (offset !== undefined) return wallClock - offsetMinutes(offset) * 60_000;
  return instantFromWallClock(wallClock, zone);
}

function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Reads the most common machine form, `YYYY-MM-DDTHH:MM:SS±HH:MM` (25
 * characters, `T` or a space), by character positions; anything else is
 * left to the regular expressions. Returns undefined when it does not fit.
 */
function parseIsoWithOffset(text: string): number | undefined {
  if (text.length !== 25 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(22) !== 58) return undefined;
  const separator = text.charCodeAt(10);
  const sign = text.charCodeAt(19);
  if ((separator !== 84 && separator !== 32) || (sign !== 43 && sign !== 45)) return undefined;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  const offsetHours = digits(text, 20, 2);
  const offsetMinutes = digits(text, 23, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || offsetHours < 0 || offsetMinutes < 0) return undefined;
  if (!validParts(year, month, day, hour, minute, second)) return undefined;
  const offset = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
}

const GROUP_SEPARATORS = /[\s\u00a0\u202f]/g;

/**
 * Parses a number as Russian spreadsheets write it: comma or dot decimals,
 * spaces, no-break spaces or narrow no-break spaces between thousands.
 * A text with both a comma and a dot is rejected, because it is unclear
 * which of the two separates thousands. Returns undefined when invalid.
 */
export function parseNumber(text: string): number | undefined {
  let compact = text.trim().replace(GROUP_SEPARATORS, '');
  if (compact === '') return undefined;
  if (compact.includes(',')) {
    if (compact.includes('.')) return undefined;
    compact = compact.replace(',', '.');
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(compact)) return undefined;
  return Number(compact);
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'да', 'истина', 'y', 'д']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'нет', 'ложь', 'n', 'н']);

/** Parses «yes» or «no» in English or Russian, or returns undefined for any other text. */
export function parseBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Decodes an attribute value as a number, else as «yes» or «no», else keeps the text. */
export function decodeAttribute(text: string): string | number | boolean {
  const number = parseNumber(text);
  if (number !== undefined) return number;
  const flag = parseBoolean(text);
  if (flag !== undefined) return flag;
  return text;
}
