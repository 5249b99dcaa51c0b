// Times the indicators of the shipped standards end to end from a generated
// CSV of 1 million events (85 regions, 2,500 centres, 12 months of 2025).
// End to end means reading, mapping, the SQLite store and every indicator by
// region × centre × month, with corridors, assignments and the composite
// index. In the same run
// it times (a) parsing the CSV alone, the floor, and (b) DuckDB computing
// the same indicators from the same file with the same SQL compiler. Each
// phase runs in its own process so that its peak memory is its own.
//
// Run: `pnpm bench indicators`; `-- --events 10000000` for the memory check
// at 10 million events. The CSV goes to .bench/ (git-ignored) and is reused.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  computeIndicatorReport,
  generatedMapping,
  openCsv,
  parseMapping,
  planFromRepository,
  sortValues,
  writeGeneratedCsv,
  type IndicatorValue,
} from '@tsmp/indicators';
import { evaluateWithDuckDb } from './indicators/duckdb.js';
import { loadBenchRepository } from './indicators/repository.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RANGE = { fromMonth: 202501, toMonth: 202512 };
const SEED = 20250101;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Hashes the values at the centre, region and country levels, to check that two engines agree. */
function digest(values: readonly IndicatorValue[]): { count: number; hash: string } {
  const lines = sortValues([...values])
    .filter((value) => value.level !== 'service')
    .map((value) =>
      [value.standard, value.indicatorId, value.level, value.period, value.region, value.centre, value.num, value.den, value.value?.toPrecision(12)].join('|'),
    );
  return { count: lines.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16) };
}

async function phase(name: string, file: string): Promise<Record<string, unknown>> {
  const repository = await loadBenchRepository(ROOT);
  const plan = planFromRepository(repository);
  const started = performance.now();
  let result: Record<string, unknown> = {};
  if (name === 'parse') {
    const csv = await openCsv(file, { delimiter: ';', encoding: 'utf-8' });
    let rows = 0;
    for await (const batch of csv.batches) rows += batch.length;
    result = { rows };
  } else if (name === 'sqlite') {
    const report = await computeIndicatorReport({
      repository,
      eventsFile: file,
      mapping: parseMapping(generatedMapping(plan), 'generated'),
      range: RANGE,
      step: 'month',
      levels: ['centre', 'region', 'country'],
    });
    result = {
      events: report.ingest.events,
      cases: report.ingest.cases,
      errors: report.ingest.errorCount,
      values: report.values.length,
      assignments: report.assignments.length,
      composite: report.composite.length,
      timings: report.timings,
      digest: digest(report.values),
    };
  } else if (name === 'duckdb') {
    const values = await evaluateWithDuckDb(file, repository, plan, RANGE);
    result = { values: values.length, digest: digest(values) };
  }
  const seconds = (performance.now() - started) / 1000;
  return { phase: name, seconds: Number(seconds.toFixed(2)), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), ...result };
}

async function main(): Promise<void> {
  const phaseName = argument('--phase');
  const events = Number(argument('--events') ?? 1_000_000);
  const file = join(ROOT, '.bench', `indicators-${events}.csv`);
  if (phaseName) {
    process.stdout.write(`${JSON.stringify(await phase(phaseName, file))}\n`);
    return;
  }

  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const started = performance.now();
    const repository = await loadBenchRepository(ROOT);
    await writeGeneratedCsv(file, planFromRepository(repository), { events, seed: SEED, year: 2025, regions: 85, centres: 2500 });
    process.stdout.write(`generated ${file} (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const phases = process.argv.includes('--skip-duckdb') ? ['parse', 'sqlite'] : ['parse', 'sqlite', 'duckdb'];
  const results: Array<Record<string, unknown>> = [];
  for (const name of phases) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', name, '--events', String(events)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) {
      process.stdout.write(`phase ${name} failed:\n${child.stderr}\n`);
      process.exitCode = 1;
      continue;
    }
    const result = JSON.parse(child.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
    results.push(result);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  const seconds = (name: string) => results.find((result) => result.phase === name)?.['seconds'] as number | undefined;
  const parse = seconds('parse');
  const sqlite = seconds('sqlite');
  const duckdb = seconds('duckdb');
  process.stdout.write(`\nmachine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}, ${events} events\n`);
  if (parse && sqlite) process.stdout.write(`end to end / bare parse: ${(sqlite / parse).toFixed(2)}\n`);
  if (duckdb && sqlite) process.stdout.write(`end to end SQLite / DuckDB: ${(sqlite / duckdb).toFixed(2)}\n`);
  const sqliteDigest = JSON.stringify(results.find((result) => result.phase === 'sqlite')?.['digest']);
  const duckdbDigest = JSON.stringify(results.find((result) => result.phase === 'duckdb')?.['digest']);
  if (duckdb) process.stdout.write(`SQLite and DuckDB values ${sqliteDigest === duckdbDigest ? 'agree' : 'DIFFER'}: ${sqliteDigest} / ${duckdbDigest}\n`);
}

await main();
