import type { DiffResult, Finding, LoadedSide } from '@tsmp/core';
import { compareArtifactSets, loadSide, pointInTime, TsmpError } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { loadOrFail } from './load.js';

export interface DiffRequest {
  old: string;
  new: string;
  at?: string;
  caseStart?: string;
}

/** Either the comparison, or the findings that kept a side from loading. */
export type DiffOutcome = { kind: 'diff'; result: DiffResult } | { kind: 'invalid'; side: string; findings: Finding[]; root: string };

/** Loads both sides, stops at the first side with errors, and compares them. Temporary folders of git sides are removed. */
export async function runDiff(request: DiffRequest, ctx: CommandContext): Promise<DiffOutcome> {
  const sides: LoadedSide[] = [];
  try {
    for (const source of [request.old, request.new]) {
      const side = await loadOrFail(() => loadSide(source, ctx.cwd), ctx);
      sides.push(side);
      const errors = side.repository.findings.filter((item) => item.severity === 'error');
      if (errors.length > 0) return { kind: 'invalid', side: source, findings: side.repository.findings, root: side.repository.root };
      if (side.repository.artifacts.length === 0) await loadOrFail(() => Promise.reject(new TsmpError('diff.error.sideEmpty', { side: source })), ctx);
    }
    const [before, after] = sides as [LoadedSide, LoadedSide];
    const result = await loadOrFail(() => compareArtifactSets(before.repository.artifacts, after.repository.artifacts, { single: before.single && after.single }), ctx);
    if (request.at) result.pointInTime = pointInTime(result.pairs, request.at, request.caseStart);
    return { kind: 'diff', result };
  } finally {
    for (const side of sides) await side.dispose();
  }
}
