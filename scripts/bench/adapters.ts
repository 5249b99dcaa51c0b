// Times BPMN work of @tsmp/adapters: import of the largest MIWG reference
// model, and generation, import and cross-check of a 1,000-task model made
// from a generated tech card. Run: `pnpm bench adapters` (no build needed:
// sources are loaded through tsx). Reads ../shared/corpora/bpmn-miwg.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadArtifactBytes, Localizer, type LoadedArtifact } from '@tsmp/core';
import type { TechCard } from '@tsmp/schema';
import { ADAPTERS_CATALOGS, checkCardAgainstBpmn, generateBpmn, generationLabels, importBpmn, lintBpmn, summarize, type RoleInfo } from '@tsmp/adapters';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MIWG_C80 = join(ROOT, '..', 'shared', 'corpora', 'bpmn-miwg', 'Reference', 'C.8.0.bpmn');
const OPERATIONS = 1000;
const ROLES = 7;
const RUNS = 11;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time<T>(runs: number, action: () => Promise<T> | T): Promise<{ median: number; first: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    result = await action();
    times.push(performance.now() - start);
  }
  return { median: median(times.slice(runs > 1 ? 1 : 0)), first: times[0]!, result };
}

/** Builds a tech card of OPERATIONS operations in ROLES roles, one in ten with a control point, with mixed deadline units. */
function generatedCard(): LoadedArtifact<TechCard> {
  const units = ['workingDays', 'minutes', 'hours', 'calendarDays'] as const;
  const card = {
    kind: 'TechCard',
    id: 'bench-card',
    title: 'Технологическая карта для замера',
    standard: 'bench-standard',
    controlPoints: Array.from({ length: OPERATIONS / 10 }, (_, index) => ({ id: `cp-${index}`, name: `Контрольная точка ${index}`, event: `bench.point${index}` })),
    operations: Array.from({ length: OPERATIONS }, (_, index) => ({
      id: `op-${index}`,
      number: `${Math.floor(index / 10) + 1}.${(index % 10) + 1}`,
      name: `Операция ${index}: проверка сведений и подготовка решения`,
      procedure: `pr-${Math.floor(index / 10)}`,
      performer: `role-${Math.floor(index / 3) % ROLES}`,
      trigger: index === 0 ? 'Заявление поступило' : `Завершена операция ${index - 1}`,
      actions: ['Проверить сведения'],
      result: `Результат операции ${index}`,
      deadline: { amount: index % 3, unit: units[index % units.length], anchor: { event: `op.${index}.started` }, wording: `срок операции ${index}` },
      ...(index % 10 === 9 ? { controlPoint: `cp-${Math.floor(index / 10)}` } : {}),
    })),
  };
  const loaded = loadArtifactBytes(Buffer.from(JSON.stringify(card, null, 2)), 'bench-card.json');
  if (!loaded.artifact) throw new Error(`Generated card is invalid: ${JSON.stringify(loaded.findings.slice(0, 3))}`);
  return loaded.artifact as LoadedArtifact<TechCard>;
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`Node ${process.version}, ${cpus().length} × ${cpu}\n\n`);

const miwg = readFileSync(MIWG_C80);
const miwgImport = await time(RUNS, () => importBpmn(miwg, 'C.8.0.bpmn'));
const miwgLint = await time(RUNS, () => lintBpmn(miwgImport.result.model!));
process.stdout.write(`MIWG C.8.0.bpmn (${Math.round(miwg.length / 1024)} KB, ${summarize(miwgImport.result.model!).tasks} tasks)\n`);
process.stdout.write(`  import: median ${miwgImport.median.toFixed(1)} ms, first ${miwgImport.first.toFixed(1)} ms\n`);
process.stdout.write(`  bpmnlint recommended: median ${miwgLint.median.toFixed(1)} ms\n\n`);

const card = generatedCard();
const roles = new Map<string, RoleInfo>(Array.from({ length: ROLES }, (_, index) => [`role-${index}`, { name: `Роль ${index}` }]));
const labels = generationLabels(new Localizer('ru', ADAPTERS_CATALOGS));
const generation = await time(3, () => generateBpmn(card.data, { roles, labels }));
const xml = generation.result;
const generatedImport = await time(RUNS, () => importBpmn(xml, 'bench.bpmn'));
const model = generatedImport.result.model!;
const crossCheck = await time(RUNS, () => checkCardAgainstBpmn(card, model, roles));
const summary = summarize(model);
process.stdout.write(`Generated model (${Math.round(xml.length / 1024)} KB, ${summary.tasks} tasks, ${summary.events} events, ${summary.sequenceFlows} flows)\n`);
process.stdout.write(`  generate with layout: slower of 2 runs after the first ${generation.median.toFixed(0)} ms, first ${generation.first.toFixed(0)} ms\n`);
process.stdout.write(`  import: median ${generatedImport.median.toFixed(1)} ms\n`);
process.stdout.write(`  cross-check against the card: median ${crossCheck.median.toFixed(1)} ms, ${crossCheck.result.length} findings\n`);
if (crossCheck.result.length > 0) process.exitCode = 1;
