import type { z } from 'zod';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/fingerprint.js';
import { toIdPath } from '../findings/id-path.js';
import { schemaProblems } from './schema-issues.js';
import type { PositionIndex } from './types.js';

/** Turns the zod issues of one parsed file into located `schema` findings. */
export function schemaFindings(issues: readonly z.core.$ZodIssue[], value: unknown, positions: PositionIndex, artifactId?: string): Finding[] {
  return schemaProblems(issues, value).map((problem) =>
    finding({
      ruleId: 'schema',
      severity: 'error',
      messageId: problem.messageId,
      args: problem.args,
      location: positions.locate(problem.path),
      path: problem.path,
      idPath: toIdPath(value, problem.path),
      ...(artifactId ? { artifactId } : {}),
    }),
  );
}
