import { open, realpath, stat } from 'node:fs/promises';
import { loadRepository, type LoadedArtifact } from '@tsmp/core';
import {
  computeIndicatorReport,
  loadCompositeMethod,
  loadMapping,
  type IndicatorReport,
  type Level,
  type PeriodRange,
  type PeriodStep,
  type SourceFormat,
} from '@tsmp/indicators';
import type { CommandContext } from '../io.js';
import { UserError } from '../io.js';
import { progressReporter } from '../views/indicators-progress.js';
import { loadOrFail } from './load.js';

export interface IndicatorsRequest {
  repos: string[];
  events: string;
  mapping?: string;
  eventsFormat?: SourceFormat;
  range: PeriodRange;
  step: PeriodStep;
  levels: Level[];
  store?: string;
  ignoreEffectiveDates: boolean;
  /** File with the composite index method; equal weights and min-max by default. */
  composite?: string;
}

/** Loads the repositories and the mapping, then runs the indicator pipeline with progress on stderr. */
export async function runIndicators(request: IndicatorsRequest, ctx: CommandContext): Promise<IndicatorReport> {
  await checkEventsFile(request.events, ctx);
  if (request.store) await checkStoreFile(request.store, request.events, ctx);
  const artifacts: LoadedArtifact[] = [];
  for (const path of request.repos) {
    const repository = await loadOrFail(() => loadRepository(path), ctx);
    const standards = repository.artifacts.filter((artifact) => artifact.kind === 'ProcessStandard' || artifact.kind === 'OrganizationStandard');
    if (standards.length === 0) throw new UserError(ctx.t.format('indicators.error.repo', { path }));
    artifacts.push(...repository.artifacts);
  }
  const mapping = request.mapping ? await loadOrFail(() => loadMapping(request.mapping as string), ctx) : undefined;
  if (mapping?.controlPoints) checkMappedPoints(mapping.controlPoints, request.mapping as string, artifacts, ctx);
  const composite = request.composite ? await loadOrFail(() => loadCompositeMethod(request.composite as string), ctx) : undefined;
  const progress = progressReporter(ctx);
  try {
    return await loadOrFail(
      () =>
        computeIndicatorReport({
          repository: { artifacts },
          eventsFile: request.events,
          ...(mapping ? { mapping } : {}),
          ...(request.eventsFormat ? { format: request.eventsFormat } : {}),
          range: request.range,
          step: request.step,
          levels: request.levels,
          ...(request.store ? { storeFile: request.store } : {}),
          ignoreEffectiveDates: request.ignoreEffectiveDates,
          ...(composite ? { composite } : {}),
          onProgress: (state) => progress.update(state),
        }),
      ctx,
    );
  } finally {
    progress.done();
  }
}

/** Stops with a message in words when the event log is missing or is a folder. */
async function checkEventsFile(file: string, ctx: CommandContext): Promise<void> {
  const entry = await stat(file).catch(() => undefined);
  if (!entry) throw new UserError(ctx.t.format('indicators.error.eventsNotFound', { file }));
  if (!entry.isFile()) throw new UserError(ctx.t.format('indicators.error.eventsNotFile', { file }));
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Allows `--store` to replace only an earlier SQLite store: a store written
 * over the event log, or over any other file, would destroy it.
 */
async function checkStoreFile(file: string, events: string, ctx: CommandContext): Promise<void> {
  const entry = await stat(file).catch(() => undefined);
  if (!entry) return;
  if (!entry.isFile()) throw new UserError(ctx.t.format('indicators.error.storeNotFile', { file }));
  const [storePath, eventsPath] = await Promise.all([realpath(file), realpath(events).catch(() => events)]);
  if (storePath === eventsPath) throw new UserError(ctx.t.format('indicators.error.storeIsEvents', { file }));
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    await handle.read(header, 0, header.length, 0);
    if (header.toString('latin1') !== SQLITE_HEADER) throw new UserError(ctx.t.format('indicators.error.storeNotSqlite', { file }));
  } finally {
    await handle.close();
  }
}

/**
 * Stops when the mapping sends source values to control points no standard
 * defines: a typo there would silently leave an indicator without data.
 * Checklist responses arrive under the id of their indicator, so those ids count too.
 */
function checkMappedPoints(points: Readonly<Record<string, string>>, file: string, artifacts: readonly LoadedArtifact[], ctx: CommandContext): void {
  const known = new Set<string>();
  for (const artifact of artifacts) {
    const data = artifact.data as { controlPoints?: { id: string }[]; indicators?: { id: string }[] };
    for (const point of data.controlPoints ?? []) known.add(point.id);
    for (const indicator of data.indicators ?? []) known.add(indicator.id);
  }
  const unknown = Object.entries(points).filter(([, point]) => !known.has(point));
  if (unknown.length === 0) return;
  const list = unknown.map(([value, point]) => `«${value}» → «${point}»`).join('; ');
  throw new UserError(ctx.t.format('indicators.error.unknownPoints', { file, list, known: [...known].sort().join(', ') }));
}
