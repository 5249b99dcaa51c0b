import { describe, expect, it } from 'vitest';
import { decodeAttribute, parseBoolean, parseNumber, parseTimestamp } from '../src/events/decode.js';

describe('parseTimestamp', () => {
  it.each([
    ['2025-03-04T10:15:00+03:00', '2025-03-04T07:15:00.000Z'],
    ['2011-10-11 13:45:40.276000+02:00', '2011-10-11T11:45:40.276Z'],
    ['2025-03-04T10:15:00Z', '2025-03-04T10:15:00.000Z'],
    ['2025-03-04T10:15:00+0530', '2025-03-04T04:45:00.000Z'],
  ])('reads ISO %s', (text, expected) => {
    expect(new Date(parseTimestamp(text, 'Europe/Moscow') as number).toISOString()).toBe(expected);
  });

  it.each([
    ['04.03.2025', 'Europe/Moscow', '2025-03-03T21:00:00.000Z'],
    ['04.03.2025 10:15', 'Europe/Moscow', '2025-03-04T07:15:00.000Z'],
    ['04.03.2025 9:15:30', 'Asia/Vladivostok', '2025-03-03T23:15:30.000Z'],
    ['2025-03-04 10:15', 'Asia/Kamchatka', '2025-03-03T22:15:00.000Z'],
  ])('reads %s without an offset as local time in %s', (text, zone, expected) => {
    expect(new Date(parseTimestamp(text, zone) as number).toISOString()).toBe(expected);
  });

  it('reads a local time in a year with a different offset', () => {
    // Volgograd was UTC+4 from 27.10.2020 to 27.12.2020 and UTC+3 after it.
    expect(new Date(parseTimestamp('01.12.2020 12:00', 'Europe/Volgograd') as number).toISOString()).toBe('2020-12-01T08:00:00.000Z');
    expect(new Date(parseTimestamp('01.02.2021 12:00', 'Europe/Volgograd') as number).toISOString()).toBe('2021-02-01T09:00:00.000Z');
  });

  it.each(['31.02.2025', '2025-13-01', '2025-01-01T25:00', 'вчера', ''])('rejects %s', (text) => {
    expect(parseTimestamp(text, 'Europe/Moscow')).toBeUndefined();
  });
});

describe('parseNumber', () => {
  it.each([
    ['1 234,56', 1234.56],
    ['1\u00a0234\u00a0567', 1234567],
    ['1\u202f000,5', 1000.5],
    ['12.5', 12.5],
    ['-3', -3],
    [',5', 0.5],
  ])('reads %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each(['1,234.5', 'abc', '', '1 2 3,4,5'])('rejects %s', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });
});

describe('attributes', () => {
  it('reads Russian and English yes/no answers', () => {
    expect(parseBoolean('Да')).toBe(true);
    expect(parseBoolean('нет')).toBe(false);
    expect(parseBoolean('false')).toBe(false);
    expect(parseBoolean('может быть')).toBeUndefined();
  });

  it('decodes numbers first, then answers, then keeps text', () => {
    expect(decodeAttribute('4')).toBe(4);
    expect(decodeAttribute('да')).toBe(true);
    expect(decodeAttribute('ЕЦП')).toBe('ЕЦП');
  });
});
