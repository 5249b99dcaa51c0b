import { describe, expect, it } from 'vitest';
import { CORE_CATALOGS } from '../../src/catalogs.js';
import { Localizer } from '../../src/i18n/index.js';
import { CalendarError, calendarMessages, dueAt, regionTimeZone, russianCalendar } from '../../src/calendar/index.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

function errorOf(action: () => unknown): CalendarError {
  try {
    action();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('calendar messages', () => {
  it('has the same ids and placeholders in both languages', () => {
    expect(Object.keys(calendarMessages.en).sort()).toEqual(Object.keys(calendarMessages.ru).sort());
    for (const [id, template] of Object.entries(calendarMessages.ru)) {
      expect(placeholders(calendarMessages.en[id]!), id).toEqual(placeholders(template));
    }
  });

  it('is registered among the core catalogues', () => {
    expect(CORE_CATALOGS).toContain(calendarMessages);
  });

  it('renders the errors callers receive', () => {
    const ru = new Localizer('ru', CORE_CATALOGS);
    const en = new Localizer('en', CORE_CATALOGS);
    const errors = [
      errorOf(() => russianCalendar.dayKind('2027-02-01')),
      errorOf(() => russianCalendar.dayKind('2024-02-30')),
      errorOf(() => regionTimeZone('99')),
      errorOf(() => dueAt('2024-02-01 10:00', { amount: 1, unit: 'hours' }, 'Europe/Moscow')),
      errorOf(() => dueAt('2024-02-01T10:00:00Z', { amount: 1, unit: 'hours' }, 'Mars/Olympus')),
    ];
    expect(ru.format(errors[0]!.messageId, errors[0]!.args)).toContain('01.02.2027');
    expect(ru.format(errors[0]!.messageId, errors[0]!.args)).toContain('2020–2026');
    for (const error of errors) {
      expect(ru.format(error.messageId, error.args)).not.toMatch(/[{}]/);
      expect(en.format(error.messageId, error.args)).not.toMatch(/[{}]/);
    }
    expect(ru.format(errors[2]!.messageId, errors[2]!.args)).toContain('«99»');
  });
});
