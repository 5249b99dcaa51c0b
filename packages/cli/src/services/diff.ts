import type { DiffResult, Finding, LoadedSide } from '@tsmp/core';
import { isAbsolute, posix, relative } from 'node:path';
import { compareArtifactSets, loadSide, parseGitSpec, pointInTime, TsmpError } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { loadOrFail } from './load.js';

export interface DiffRequest {
  old: string;
  new: string;
  at?: string;
  caseStart?: string;
}

/** Either the comparison, or the findings that kept a side from loading. */
export type DiffOutcome = { kind: 'diff'; result: DiffResult } | { kind: 'invalid'; side: string; findings: Finding[]; basePath: string };

/** Names the folder that finding paths of a side are relative to, as the user would type it. */
function basePathOf(side: LoadedSide, cwd: string): string {
  const git = parseGitSpec(side.source);
  if (!git) return isAbsolute(side.source) ? side.repository.root : relative(cwd, side.repository.root) || '.';
  if (!side.single) return side.source;
  return `git:${git.rev}:${posix.dirname(git.path.replace(/\\/g, '/'))}`;
}

/** Loads both sides, stops at the first side with errors, and compares them. Temporary folders of git sides are removed. */
export async function runDiff(request: DiffRequest, ctx: CommandContext): Promise<DiffOutcome> {
  const sides: LoadedSide[] = [];
  try {
    for (const source of [request.old, request.new]) {
      const side = await loadOrFail(() => loadSide(source, ctx.cwd), ctx);
      sides.push(side);
      const errors = side.repository.findings.filter((item) => item.severity === 'error');
      if (errors.length > 0) return { kind: 'invalid', side: source, findings: side.repository.findings, basePath: basePathOf(side, ctx.cwd) };
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
