// Times the semantic diff of two editions of a generated tech card with
// 1,000 operations, 30 % of them changed, against jsondiffpatch on the same
// pair in the same run. Run: `pnpm bench diff` (no build needed: sources
// are loaded through tsx).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { create } from 'jsondiffpatch';
import { stringify } from 'yaml';
import { diffArtifacts, loadArtifactBytes, type LoadedArtifact } from '@tsmp/core';

const OPERATIONS = 1000;
const CHANGED_SHARE = 0.3;
const RUNS = 21;

/** Returns a deterministic pseudo-random sequence, so every run compares the same pair. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function operation(index: number): Record<string, unknown> {
  const procedure = Math.floor(index / 20) + 1;
  return {
    id: `op-${index}`,
    number: `${procedure}.${(index % 20) + 1}`,
    name: `Операция ${index}: проверка сведений заявления и подготовка решения по этапу ${procedure}`,
    procedure: `pr-${procedure}`,
    performer: `role-${index % 7}`,
    trigger: `Завершена операция ${index - 1}`,
    actions: [`Открыть карточку гражданина ${index}`, `Проверить сведения раздела ${index % 13}`, `Внести отметку о результате ${index}`],
    result: `Результат операции ${index} зафиксирован на ЕЦП`,
    deadline: { amount: (index % 5) + 1, unit: 'workingDays', anchor: { event: `step.${index}.started` }, wording: `не позднее ${(index % 5) + 1} рабочих дней` },
    controlPoint: `cp-${index % 100}`,
  };
}

function techCard(operations: Record<string, unknown>[]): Record<string, unknown> {
  const controlPoints = Array.from({ length: 100 }, (_, index) => ({ id: `cp-${index}`, name: `Контрольная точка ${index}`, event: `event.${index}` }));
  return { kind: 'TechCard', id: 'bench-tc', title: 'Технологическая карта для замера', standard: 'bench', edition: 1, controlPoints, operations };
}

/**
 * Changes 30 % of operations: renames, deadlines, actions, performers,
 * renumbered ids, removals and additions. With `newIds`, every operation also
 * gets a new id, so all of them must be matched by similarity.
 */
function changed(base: Record<string, unknown>[], newIds = false): Record<string, unknown>[] {
  const next = random(42);
  const result: Record<string, unknown>[] = [];
  for (const item of base) {
    const copy = structuredClone(item) as Record<string, any>;
    if (newIds) copy.id = `new-${copy.id}`;
    if (next() >= CHANGED_SHARE) {
      result.push(copy);
      continue;
    }
    const kind = Math.floor(next() * 7);
    if (kind === 0) copy.name = `${copy.name} с уведомлением гражданина`;
    if (kind === 1) copy.deadline.amount += 1;
    if (kind === 2) copy.actions.push('Направить уведомление через ЕЦП');
    if (kind === 3) copy.performer = 'role-9';
    if (kind === 4) Object.assign(copy, { id: `${copy.id}-v2`, number: `${copy.number}.1` });
    if (kind === 5) continue;
    if (kind === 6) result.push(operation(10_000 + result.length));
    result.push(copy);
  }
  return result;
}

function load(data: unknown, file: string): LoadedArtifact {
  const loaded = loadArtifactBytes(new TextEncoder().encode(stringify(data)), file);
  if (!loaded.artifact) throw new Error(`generated ${file} does not load`);
  return loaded.artifact;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const baseOperations = Array.from({ length: OPERATIONS }, (_, index) => operation(index));
const before = load(techCard(baseOperations), 'old.yaml');
const differ = create({ objectHash: (item: object) => (item as { id?: string }).id, arrays: { detectMove: true } });
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);

for (const newIds of [false, true]) {
  const after = load(techCard(changed(baseOperations, newIds)), 'new.yaml');

  // The first diff also builds the source position index of both files, which the loader defers until a location is needed.
  let start = performance.now();
  let changes = diffArtifacts(before, after).changes.length;
  const firstRun = performance.now() - start;

  const semantic: number[] = [];
  const generic: number[] = [];
  for (let i = 0; i < RUNS + 3; i += 1) {
    start = performance.now();
    changes = diffArtifacts(before, after).changes.length;
    const semanticTime = performance.now() - start;
    start = performance.now();
    differ.diff(before.data, after.data);
    const genericTime = performance.now() - start;
    if (i >= 3) {
      semantic.push(semanticTime);
      generic.push(genericTime);
    }
  }

  console.log(`\npair: ${OPERATIONS} operations, ${Math.round(CHANGED_SHARE * 100)} % changed${newIds ? ', every operation with a new id' : ''}; ${changes} classified changes`);
  console.log(`tsmp diffArtifacts, first run with position indexing: ${ms(firstRun)}`);
  console.log(`tsmp diffArtifacts (median of ${RUNS}): ${ms(median(semantic))}`);
  console.log(`jsondiffpatch 0.7.7 (median of ${RUNS}): ${ms(median(generic))}`);
}
