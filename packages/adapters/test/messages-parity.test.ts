import { formatTemplate, templateArgNames } from '@tsmp/core';
import { describe, expect, test } from 'vitest';
import { ADAPTERS_CATALOGS } from '../src/catalogs.js';
import { ADAPTERS_RULES } from '../src/rules.js';

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

  test('every template renders for plural samples', () => {
    for (const catalog of ADAPTERS_CATALOGS) {
      for (const lang of ['ru', 'en'] as const) {
        for (const [id, template] of Object.entries(catalog[lang])) {
          for (const sample of [1, 3, 5]) {
            const values = Object.fromEntries([...templateArgNames(template)].map((name) => [name, sample]));
            expect(() => formatTemplate(template, values, lang, String), `${lang} ${id}`).not.toThrow();
          }
        }
      }
    }
  });

  test('message ids are not defined twice', () => {
    const ids = ADAPTERS_CATALOGS.flatMap((catalog) => Object.keys(catalog.ru));
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('adapters rule registry', () => {
  const sources = ['src/xml', 'src/bpmn', 'src/ecp', 'src/mapping'].map((folder) => new URL(`../${folder}/`, import.meta.url));

  test('every rule id raised in the sources is registered', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { join } = await import('node:path');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const raised = new Set<string>();
    for (const source of sources) {
      for (const file of files(fileURLToPath(source))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/(?<!from |module )'((?:xml|bpmn|bpmnlint|ecp|mapping)-[a-z-]+)'/g)) raised.add(match[1]!);
      }
    }
    const registered = new Set(ADAPTERS_RULES.map((rule) => rule.id));
    expect([...raised].filter((id) => !registered.has(id)).sort()).toEqual([]);
    expect([...registered].filter((id) => !raised.has(id)).sort()).toEqual([]);
  });
});
