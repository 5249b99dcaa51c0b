import { templateArgNames } from '@tsmp/core';
import { describe, expect, test } from 'vitest';
import { ADAPTERS_CATALOGS } from '../src/catalogs.js';

describe('adapters message catalogues', () => {
  test.each(ADAPTERS_CATALOGS.map((catalog) => [Object.keys(catalog.ru)[0] ?? '', catalog]))('%s… has the same keys in ru and en', (_, catalog) => {
    expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.ru).sort());
  });

  test('ru and en templates use the same values', () => {
    for (const catalog of ADAPTERS_CATALOGS) {
      for (const [id, template] of Object.entries(catalog.ru)) {
        expect([...templateArgNames(catalog.en[id] ?? '')].sort(), id).toEqual([...templateArgNames(template)].sort());
      }
    }
  });

  test('message ids are not defined twice', () => {
    const ids = ADAPTERS_CATALOGS.flatMap((catalog) => Object.keys(catalog.ru));
    expect(ids.length).toBe(new Set(ids).size);
  });
});
