import { describe, expect, it } from 'vitest';
import { CalendarInputError, REGION_ZONES, isValidTimeZone, regionTimeZone } from '../../src/calendar/index.js';

/** Returns the UTC offset of `zone` in hours at `instant`. */
function offsetHours(zone: string, instant: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(instant));
  const name = parts.find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) + Number(match[3]) / 60);
}

describe('region time zones', () => {
  it('lists 89 subjects with unique two-digit codes', () => {
    const codes = REGION_ZONES.map((region) => region.code);
    expect(codes).toHaveLength(89);
    expect(new Set(codes).size).toBe(89);
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
    for (const code of ['90', '91', '92', '93', '94', '95']) expect(codes).toContain(code);
  });

  it('maps every code to a zone the runtime knows', () => {
    for (const region of REGION_ZONES) {
      expect(isValidTimeZone(region.zone), region.code).toBe(true);
      expect(() => new Intl.DateTimeFormat(undefined, { timeZone: region.zone })).not.toThrow();
    }
  });

  it('spans eleven offsets from UTC+2 to UTC+12', () => {
    const offsets = new Set(REGION_ZONES.map((region) => offsetHours(region.zone, '2024-06-01T00:00:00Z')));
    expect([...offsets].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('has no daylight saving time in any zone', () => {
    for (const region of REGION_ZONES) {
      expect(offsetHours(region.zone, '2024-01-15T00:00:00Z'), region.code).toBe(offsetHours(region.zone, '2024-07-15T00:00:00Z'));
    }
  });

  it('maps known subjects to their zones', () => {
    expect(regionTimeZone('77')).toBe('Europe/Moscow');
    expect(regionTimeZone('39')).toBe('Europe/Kaliningrad');
    expect(regionTimeZone('25')).toBe('Asia/Vladivostok');
    expect(regionTimeZone('41')).toBe('Asia/Kamchatka');
    expect(regionTimeZone('87')).toBe('Asia/Anadyr');
    expect(regionTimeZone('91')).toBe('Europe/Simferopol');
    expect(regionTimeZone('93')).toBe('Europe/Moscow');
    expect(regionTimeZone('63')).toBe('Europe/Samara');
    expect(regionTimeZone('54')).toBe('Asia/Novosibirsk');
    expect(regionTimeZone('7')).toBe('Europe/Moscow');
  });

  it('gives subjects of one zone the same offset', () => {
    const at = '2024-06-01T00:00:00Z';
    expect(offsetHours(regionTimeZone('18'), at)).toBe(offsetHours(regionTimeZone('63'), at));
    expect(offsetHours(regionTimeZone('14'), at)).toBe(offsetHours(regionTimeZone('28'), at));
    expect(offsetHours(regionTimeZone('65'), at)).toBe(11);
    expect(offsetHours(regionTimeZone('55'), at)).toBe(6);
  });

  it('rejects an unknown code', () => {
    for (const code of ['00', '80', '99', 'ab', '777', '']) {
      expect(() => regionTimeZone(code), code).toThrow(CalendarInputError);
    }
  });
});
