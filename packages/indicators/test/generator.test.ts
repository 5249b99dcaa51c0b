import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRepository, type LoadedArtifact } from '@tsmp/core';
import { compositeIndex } from '../src/composite/composite-index.js';
import { loadCompositeMethod, parseCompositeMethod } from '../src/composite/method-file.js';
import { collectDefinitions } from '../src/definitions.js';
import { emptyStats, ingestEvents } from '../src/events/ingest.js';
import { parseMapping } from '../src/events/mapping.js';
import type { ControlPointEvent } from '../src/events/model.js';
import { generatedMapping } from '../src/generate/events.js';
import { planFromRepository, type GenerationPlan } from '../src/generate/plan.js';
import { writeGeneratedCsv } from '../src/generate/write.js';
import { computeIndicatorReport, zoneOfRegion, type IndicatorReport } from '../src/report.js';
import { dayToIso } from '../src/time/zone.js';
import { runOracle, runSql } from './support/engines.js';

const EXAMPLES = resolve(__dirname, '../../../examples');
const FOLDERS = ['social-adaptation', 'public-works', 'vocational-guidance', 'editions/standard-156/2024'];
const folder = mkdtempSync(join(tmpdir(), 'tsmp-generated-'));

let repository: { artifacts: LoadedArtifact[] };
let plan: GenerationPlan;
let file: string;
let report: IndicatorReport;

beforeAll(async () => {
  const artifacts: LoadedArtifact[] = [];
  for (const name of FOLDERS) artifacts.push(...(await loadRepository(join(EXAMPLES, name))).artifacts);
  repository = { artifacts };
  plan = planFromRepository(repository);
  file = join(folder, 'events.csv');
  await writeGeneratedCsv(file, plan, { events: 30_000, seed: 5, regions: 85, centres: 300 });
  report = await computeIndicatorReport({
    repository,
    eventsFile: file,
    mapping: parseMapping(generatedMapping(plan), 'generated'),
    range: { fromMonth: 202501, toMonth: 202512 },
    step: 'month',
    levels: ['centre', 'region', 'country'],
  });
});

describe('generated events for the shipped standards', () => {
  it('plan every standard of the repositories from their tech cards', () => {
    expect(plan.standards.map((standard) => standard.standard).sort()).toEqual(['public-works', 'social-adaptation', 'vocational-guidance']);
    expect(plan.standards.find((standard) => standard.standard === 'social-adaptation')?.caseAttributes).toEqual([['unemployedAtStart', true]]);
    expect(plan.checklists.map((checklist) => checklist.indicatorId)).toContain('ind-org-structure');
  });

  it('are the same for the same seed', async () => {
    const again = join(folder, 'again.csv');
    await writeGeneratedCsv(again, plan, { events: 30_000, seed: 5, regions: 85, centres: 300 });
    const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(hash(again)).toBe(hash(file));
  });

  it('yield every computable indicator in every month', () => {
    // Generation stops after the case that reaches the requested count.
    expect(report.ingest.events).toBeGreaterThanOrEqual(30_000);
    expect(report.ingest.events).toBeLessThan(30_012);
    expect(report.ingest).toMatchObject({ errorCount: 0, unknownStandards: [] });
    const computed = new Set(report.values.filter((value) => value.level === 'country').map((value) => `${value.indicatorId}/${value.period}`));
    for (const indicator of ['sa-ind-1', 'pw-ind-1', 'ind-org-structure']) {
      for (let month = 1; month <= 12; month += 1) expect(computed).toContain(`${indicator}/${202500 + month}`);
    }
    expect(new Set(report.values.filter((value) => value.level === 'region').map((value) => value.region)).size).toBe(85);
    expect(report.skipped.map((item) => item.indicatorId)).toEqual(['sa-ind-2']);
  });

  it('give corridors, assignments and a ranked composite index', () => {
    expect(report.corridors.length).toBeGreaterThan(0);
    expect(report.assignments.every((assignment) => assignment.zone !== ('green' as string))).toBe(true);
    const january = report.composite.filter((result) => result.period === 202501);
    expect(january).toHaveLength(85);
    expect(january.map((result) => result.rank)).toContain(1);
    expect(report.sensitivity.filter((row) => row.period === 202501)).toHaveLength(85);
  });

  it('rank regions by the shipped 2017-style method', async () => {
    const method = await loadCompositeMethod(join(EXAMPLES, 'composite', 'method-2017.yaml'));
    const results = compositeIndex(report.values, report.definitions, method, 'region').filter((result) => result.period === 202503);
    expect(results).toHaveLength(85);
    for (const result of results) {
      expect(result.method).toBe(method);
      // With few cases per region and month, a region may lack a value of an indicator.
      expect(result.missing).toContain('budget/active-to-passive-ratio');
      expect(result.components.length + result.missing.length).toBe(4);
      expect(result.value).toBeGreaterThanOrEqual(0);
      expect(result.value).toBeLessThanOrEqual(1);
    }
    expect(results[0]?.rank).toBe(1);
    expect(results.some((result) => result.components.length === 3)).toBe(true);
    expect(() => parseCompositeMethod({ aggregation: 'median' }, 'm.yaml')).toThrowError(/indicators.composite.invalid/);
  });

  it('agree with the oracle on the shipped definitions', async () => {
    const mapping = parseMapping(generatedMapping(plan), 'generated');
    const events: ControlPointEvent[] = [];
    const stats = emptyStats();
    for await (const batch of ingestEvents(file, { mapping, zoneOf: zoneOfRegion }, stats)) events.push(...batch.slice(0, 2000));
    const { definitions, editions } = collectDefinitions(repository);
    const run = {
      step: 'month' as const,
      range: { fromMonth: 202501, toMonth: 202512 },
      editions: editions.map((edition) => ({ standard: edition.standard, edition: edition.edition, fromDate: dayToIso(edition.fromDay) })),
    };
    const sql = await runSql(events, definitions, run);
    expect(sql.length).toBeGreaterThan(100);
    expect(sql).toEqual(runOracle(events, definitions, run));
  });
});
