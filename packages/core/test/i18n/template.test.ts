import { describe, expect, it } from 'vitest';
import { formatTemplate, Localizer, MissingMessageError, resolveLang, templateArgNames } from '@tsmp/core';

const plain = (value: unknown) => String(value);
const OPERATIONS = '{count, plural, one {# операция} few {# операции} many {# операций} other {# операции}}';

describe('message templates', () => {
  it('inserts named values', () => {
    expect(formatTemplate('Роль «{role}» не найдена', { role: 'spec' }, 'ru', plain)).toBe('Роль «spec» не найдена');
  });

  it.each([
    [1, '1 операция'],
    [2, '2 операции'],
    [5, '5 операций'],
    [11, '11 операций'],
    [21, '21 операция'],
    [1.5, '1,5 операции'],
  ])('Russian plural of %s', (count, expected) => {
    expect(formatTemplate(OPERATIONS, { count }, 'ru', plain)).toBe(expected);
  });

  it('English plural', () => {
    const template = '{count, plural, one {# operation} other {# operations}}';
    expect(formatTemplate(template, { count: 1 }, 'en', plain)).toBe('1 operation');
    expect(formatTemplate(template, { count: 3 }, 'en', plain)).toBe('3 operations');
  });

  it('select picks a branch by value', () => {
    const template = '{unit, select, workingDays {рабочих дней} calendarDays {календарных дней} other {единиц}}';
    expect(formatTemplate(template, { unit: 'calendarDays' }, 'ru', plain)).toBe('календарных дней');
    expect(formatTemplate(template, { unit: 'x' }, 'ru', plain)).toBe('единиц');
  });

  it('quoted braces are literal', () => {
    expect(formatTemplate("'{'id'}'", {}, 'ru', plain)).toBe('{id}');
  });

  it('lists the value names a template uses', () => {
    expect([...templateArgNames(`{a} и ${OPERATIONS} {b}`)].sort()).toEqual(['a', 'b', 'count']);
  });
});

describe('localizer', () => {
  const catalogs = [{ ru: { 'x.unit': 'рабочих дней', 'x.deadline': 'Срок {amount} {unit}' }, en: { 'x.unit': 'working days', 'x.deadline': 'Deadline {amount} {unit}' } }];

  it('translates nested message references', () => {
    const t = new Localizer('ru', catalogs);
    expect(t.format('x.deadline', { amount: 2.5, unit: { messageId: 'x.unit' } })).toBe('Срок 2,5 рабочих дней');
  });

  it('throws on a missing key instead of showing it', () => {
    const t = new Localizer('en', catalogs);
    expect(() => t.format('x.absent')).toThrow(MissingMessageError);
  });

  it('picks the language from the flag, then TSMP_LANG, then Russian', () => {
    expect(resolveLang('en', {})).toBe('en');
    expect(resolveLang(undefined, { TSMP_LANG: 'en' })).toBe('en');
    expect(resolveLang(undefined, {})).toBe('ru');
    expect(resolveLang('de', {})).toBe('ru');
  });
});

describe('template value names', () => {
  it('branch keys are not value names', () => {
    const template = '{period, select, monthly {ежемесячно {day}} other {{period}}}';
    expect([...templateArgNames(template)].sort()).toEqual(['day', 'period']);
  });
});

describe('dates in messages', () => {
  const catalogs = [{ ru: { 'x.date': 'с {date}' }, en: { 'x.date': 'from {date}' } }];

  it('Russian shows a date as dd.mm.yyyy', () => {
    expect(new Localizer('ru', catalogs).format('x.date', { date: '2024-07-12' })).toBe('с 12.07.2024');
  });

  it('English keeps the ISO form', () => {
    expect(new Localizer('en', catalogs).format('x.date', { date: '2024-07-12' })).toBe('from 2024-07-12');
  });

  it('an id that only starts like a date is left alone', () => {
    expect(new Localizer('ru', catalogs).format('x.date', { date: '2024-07-12-edition' })).toBe('с 2024-07-12-edition');
  });
});
