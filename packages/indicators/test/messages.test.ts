import { describe, expect, it } from 'vitest';
import { Localizer } from '@tsmp/core';
import { indicatorsMessages } from '../src/messages.js';
import { indicatorsCommandMessages } from '../../cli/src/messages/indicators.js';
import { placeholderNames } from '../../core/test/i18n/placeholders.js';

describe.each([
  ['library', indicatorsMessages],
  ['command', indicatorsCommandMessages],
])('indicators %s messages', (_name, catalogs) => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.ru).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(catalogs.ru)) {
      const ru = [...placeholderNames(catalogs.ru[key] as string)].sort();
      const en = [...placeholderNames(catalogs.en[key] as string)].sort();
      expect(en, key).toEqual(ru);
    }
  });

  it('render every template with sample values', () => {
    for (const lang of ['ru', 'en'] as const) {
      const localizer = new Localizer(lang, [catalogs]);
      for (const key of Object.keys(catalogs[lang])) {
        const names = placeholderNames(catalogs[lang][key] as string);
        const text = localizer.format(key, Object.fromEntries([...names].map((name) => [name, 3])));
        expect(text, key).not.toMatch(/\{[a-z]+\}/i);
      }
    }
  });
});

describe('row error messages', () => {
  it('name the value and what was expected', () => {
    const localizer = new Localizer('ru', [indicatorsMessages]);
    expect(localizer.format('indicators.row.invalidTimestamp', { value: '31.02.2025' })).toBe(
      'неверная дата и время «31.02.2025»; ожидается ГГГГ-ММ-ДДTчч:мм[:сс][±чч:мм] или дд.мм.гггг[ чч:мм[:сс]]',
    );
  });
});
