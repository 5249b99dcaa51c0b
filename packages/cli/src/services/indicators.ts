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
  const artifacts: LoadedArtifact[] = [];
  for (const path of request.repos) {
    const repository = await loadOrFail(() => loadRepository(path), ctx);
    const standards = repository.artifacts.filter((artifact) => artifact.kind === 'ProcessStandard' || artifact.kind === 'OrganizationStandard');
    if (standards.length === 0) throw new UserError(ctx.t.format('indicators.error.repo', { path }));
    artifacts.push(...repository.artifacts);
  }
  const mapping = request.mapping ? await loadOrFail(() => loadMapping(request.mapping as string), ctx) : undefined;
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
