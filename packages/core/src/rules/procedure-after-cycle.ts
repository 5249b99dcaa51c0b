import type { Procedure } from '@tsmp/schema';
import { processStandards } from './process-standards.js';
import type { Rule } from './types.js';

/** Finds the cycles of the `after` graph; each cycle is listed once, starting at its earliest procedure. */
function findCycles(procedures: readonly Procedure[]): number[][] {
  const position = new Map(procedures.map((procedure, i) => [procedure.id, i]));
  const state = new Array<'new' | 'open' | 'done'>(procedures.length).fill('new');
  const stack: number[] = [];
  const cycles: number[][] = [];
  const seen = new Set<string>();

  const visit = (i: number): void => {
    state[i] = 'open';
    stack.push(i);
    for (const afterId of procedures[i]?.after ?? []) {
      const j = position.get(afterId);
      if (j === undefined) continue;
      if (state[j] === 'open') {
        const cycle = stack.slice(stack.indexOf(j));
        const start = cycle.indexOf(Math.min(...cycle));
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        const key = rotated.join(',');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(rotated);
        }
      } else if (state[j] === 'new') {
        visit(j);
      }
    }
    stack.pop();
    state[i] = 'done';
  };

  procedures.forEach((_, i) => {
    if (state[i] === 'new') visit(i);
  });
  return cycles;
}

/** The `after` links of procedures form no cycle: otherwise no procedure of the cycle can start. */
export const procedureAfterCycle: Rule = {
  id: 'procedure-after-cycle',
  defaultSeverity: 'error',
  descriptionId: 'rules.procedure-after-cycle.description',
  messageIds: ['rules.procedure-after-cycle.cycle'],
  check({ index, report }) {
    for (const standard of processStandards(index)) {
      const { procedures } = standard.data;
      for (const cycle of findCycles(procedures)) {
        const first = cycle[0] ?? 0;
        const ids = cycle.map((i) => procedures[i]?.id ?? '');
        report({
          artifact: standard,
          path: ['procedures', first, 'after'],
          messageId: 'rules.procedure-after-cycle.cycle',
          args: { procedure: ids[0] ?? '', cycle: [...ids, ids[0]].join(' → ') },
          related: cycle.slice(1).map((i) => standard.positions.locate(['procedures', i, 'after'])),
        });
      }
    }
  },
};
