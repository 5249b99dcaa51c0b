import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { DiffResult } from '@tsmp/core';
import { compareArtifactSets, CORE_CATALOGS, diffJsonSchema, diffToJson, formatDiffMarkdown, formatDiffStylish, Localizer, loadRepository, pointInTime } from '@tsmp/core';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SCHEMA_FILE = `${ROOT}packages/core/schema/diff-result.schema.json`;
const sources = { old: 'examples/editions/social-adaptation/2022', new: 'examples/editions/social-adaptation/2024' };

async function socialAdaptation(): Promise<DiffResult> {
  const before = await loadRepository(`${ROOT}${sources.old}`);
  const after = await loadRepository(`${ROOT}${sources.new}`);
  const result = compareArtifactSets(before.artifacts, after.artifacts);
  result.pointInTime = pointInTime(result.pairs, '2025-01-15', '2024-11-01');
  return result;
}

describe('diff output', () => {
  it('published JSON Schema is up to date', () => {
    const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as unknown;
    expect(published, 'regenerate with: pnpm exec tsx scripts/write-diff-schema.ts').toEqual(diffJsonSchema());
  });

  it('JSON output matches the published schema', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    for (const lang of ['ru', 'en'] as const) {
      const json = JSON.parse(JSON.stringify(diffToJson(await socialAdaptation(), sources, new Localizer(lang, CORE_CATALOGS))));
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(json.changes.length).toBeGreaterThan(20);
    }
  });

  it('JSON output with a broken field fails the schema', async () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    const json = JSON.parse(JSON.stringify(diffToJson(await socialAdaptation(), sources, new Localizer('ru', CORE_CATALOGS))));
    json.changes[0].level = 'huge';
    expect(validate(json)).toBe(false);
  });

  it('stylish output is Russian by default', async () => {
    const text = formatDiffStylish(await socialAdaptation(), sources, new Localizer('ru', CORE_CATALOGS));
    expect(text).toContain('Сравнение редакций: examples/editions/social-adaptation/2022 → examples/editions/social-adaptation/2024');
    expect(text).toContain('Исключена контрольная точка');
    expect(text).toContain('Задания на изучение изменений');
    expect(text).toContain('Случай, начатый 01.11.2024, на 15.01.2025 ведётся по редакции: ред. 1 от 27.04.2022');
    expect(text).toMatch(/Итого \d+ изменени/);
    expect(text).not.toContain('\u001b[');
  });

  it('stylish output in English', async () => {
    const text = formatDiffStylish(await socialAdaptation(), sources, new Localizer('en', CORE_CATALOGS));
    expect(text).toContain('Study assignments');
    expect(text).toContain('Deadline lengthened');
  });

  it('markdown has the comparison table', async () => {
    const text = formatDiffMarkdown(await socialAdaptation(), sources, new Localizer('ru', CORE_CATALOGS));
    expect(text).toContain('## Сравнительная таблица');
    expect(text).toContain('| Пункт | Прежняя редакция | Новая редакция | Комментарий |');
    expect(text).toMatch(/~~[^~]+~~/);
    expect(text).toMatch(/\*\*[^*]+\*\*/);
  });
});
