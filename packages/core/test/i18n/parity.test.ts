import { describe, expect, it } from 'vitest';
import { CORE_CATALOGS, formatTemplate, LANGUAGES, type Catalogs } from '@tsmp/core';
import { placeholderNames } from './placeholders.js';

/** Sample values that exercise plural forms (1, 3, 5 in Russian) and select branches. */
const SAMPLES = [1, 3, 5];

function describeCatalog(catalogs: Catalogs): string {
  const first = Object.keys(catalogs.ru)[0] ?? Object.keys(catalogs.en)[0] ?? '(empty)';
  return first.split('.').slice(0, 2).join('.');
}

/** Lists every parity problem of one catalogue: a missing key, different placeholders, a template that fails to render. */
function problemsOf(catalogs: Catalogs): string[] {
  const problems: string[] = [];
  const keys = new Set(LANGUAGES.flatMap((lang) => Object.keys(catalogs[lang])));

  for (const key of [...keys].sort()) {
    const names = LANGUAGES.map((lang) => {
      const template = catalogs[lang][key];
      if (typeof template !== 'string') {
        problems.push(`${key}: no ${lang} translation`);
        return undefined;
      }
      try {
        const found = placeholderNames(template);
        for (const sample of SAMPLES) formatTemplate(template, Object.fromEntries([...found].map((name) => [name, sample])), lang, String);
        return [...found].sort().join(', ');
      } catch (error) {
        problems.push(`${key} (${lang}): ${(error as Error).message}`);
        return undefined;
      }
    });

    const [ru, en] = names;
    if (ru !== undefined && en !== undefined && ru !== en) problems.push(`${key}: placeholders differ, ru {${ru}} en {${en}}`);
  }
  return problems;
}

async function allCatalogs(): Promise<readonly Catalogs[]> {
  // The CLI's list gathers the catalogues of every package; core cannot import it statically.
  const cli = (await import('../../../cli/src/catalogs.js')) as { ALL_CATALOGS: readonly Catalogs[] };
  return [...new Set([...CORE_CATALOGS, ...cli.ALL_CATALOGS])];
}

describe('message catalogues', () => {
  it('include every core catalogue in the CLI list', async () => {
    const all = await allCatalogs();
    for (const catalogs of CORE_CATALOGS) expect(all).toContain(catalogs);
    expect(all.length).toBeGreaterThan(CORE_CATALOGS.length);
  });

  it('translate every key with the same placeholders', async () => {
    const problems = (await allCatalogs()).flatMap((catalogs) => problemsOf(catalogs).map((problem) => `[${describeCatalog(catalogs)}] ${problem}`));
    expect(problems).toEqual([]);
  });

  it('catch a missing translation', () => {
    const broken: Catalogs = { ru: { 'x.a': 'Файл {file}', 'x.b': 'только по-русски' }, en: { 'x.a': 'File {path}' } };
    expect(problemsOf(broken)).toEqual(['x.a: placeholders differ, ru {file} en {path}', 'x.b: no en translation']);
  });

  it('read select branches as text', () => {
    const select: Catalogs = { ru: { 'x.a': '{kind, select, monthly {ежемесячно} other {{count} раз}}' }, en: { 'x.a': '{kind, select, monthly {monthly} other {{count} times}}' } };
    expect([...placeholderNames(select.en['x.a'] ?? '')].sort()).toEqual(['count', 'kind']);
    expect(problemsOf(select)).toEqual([]);
  });

  it('catch a template that does not render', () => {
    const broken: Catalogs = { ru: { 'x.a': '{count, plural, one {# строка}' }, en: { 'x.a': '{count, plural, one {# line} other {# lines}}' } };
    expect(problemsOf(broken)).toEqual([expect.stringMatching(/^x\.a \(ru\): Unbalanced braces/)]);
  });
});
