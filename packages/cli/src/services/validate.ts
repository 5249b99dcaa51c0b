import { resolve } from 'node:path';
import type { Finding, SeveritySetting } from '@tsmp/core';
import { applyBaseline, loadRepository, readBaseline, validateRepository, writeBaseline } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { loadOrFail } from './load.js';

export interface ValidateRequest {
  overrides: Record<string, SeveritySetting>;
  baseline?: string;
  writeBaseline?: string;
}

export interface ValidateOutcome {
  root: string;
  findings: Finding[];
  /** Findings hidden because the baseline accepts them. */
  suppressed: number;
  baselineWritten?: string;
  baselineCount: number;
}

/** Loads and validates a repository or a file, applying the baseline given on the command line or in the manifest. */
export async function validatePath(path: string, request: ValidateRequest, ctx: CommandContext): Promise<ValidateOutcome> {
  const skipFiles = [request.baseline, request.writeBaseline].filter((file): file is string => Boolean(file)).map((file) => resolve(ctx.cwd, file));
  const repository = await loadOrFail(() => loadRepository(resolve(ctx.cwd, path), { skipFiles }), ctx);
  const baselineFile = request.baseline ? resolve(ctx.cwd, request.baseline) : repository.manifest.baseline ? resolve(repository.root, repository.manifest.baseline) : undefined;
  const baseline = baselineFile ? await loadOrFail(() => readBaseline(baselineFile), ctx) : undefined;

  const all = validateRepository(repository, { overrides: request.overrides });
  const findings = baseline ? applyBaseline(all, baseline) : all;
  const outcome: ValidateOutcome = { root: repository.root, findings, suppressed: all.length - findings.length, baselineCount: 0 };
  if (request.writeBaseline) {
    const target = resolve(ctx.cwd, request.writeBaseline);
    await loadOrFail(() => writeBaseline(target, all), ctx);
    outcome.baselineWritten = request.writeBaseline;
    outcome.baselineCount = all.length;
  }
  return outcome;
}
