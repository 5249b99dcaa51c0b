import type { Localizer } from '../../i18n/localizer.js';
import type { DiffResult } from '../compare-repositories.js';
import { renderComparisonTable } from '../comparison-table.js';
import type { DiffJson } from '../result-schema.js';
import type { Change, ElementRef } from '../types.js';
import { elementArg } from '../values.js';

/** The two sides as the user named them. */
export interface DiffSources {
  old: string;
  new: string;
}

function elementJson(element: ElementRef, localizer: Localizer): DiffJson['changes'][number]['element'] {
  const ref = elementArg(element);
  return { ...element, label: localizer.format(ref.messageId, ref.args ?? {}) };
}

function changeJson(change: Change, localizer: Localizer): DiffJson['changes'][number] {
  const { args: _args, oldPath: _oldPath, newPath: _newPath, element, ...rest } = change;
  return { ...rest, message: localizer.format(change.messageId, change.args), element: elementJson(element, localizer) };
}

/** Builds the JSON output: the diff result with every message rendered in the localizer's language. */
export function diffToJson(result: DiffResult, sources: DiffSources, localizer: Localizer): DiffJson {
  return {
    tool: 'tsmp',
    formatVersion: 1,
    lang: localizer.lang,
    old: { source: sources.old },
    new: { source: sources.new },
    pairs: result.pairs,
    summary: result.summary,
    changes: result.changes.map((change) => changeJson(change, localizer)),
    audiences: result.audiences,
    assignments: result.assignments.map((assignment) => ({
      ...assignment,
      items: assignment.items.map((item) => ({
        element: elementJson(item.element, localizer),
        changes: item.changes.map((change) => ({ ruleId: change.ruleId, level: change.level, message: localizer.format(change.messageId, change.args) })),
      })),
    })),
    policy: result.policy.map((item) => ({
      ruleId: item.ruleId,
      severity: item.severity,
      message: localizer.format(item.messageId, item.args),
      ...(item.location ? { location: item.location } : {}),
    })),
    tables: result.tables.map((table) => renderComparisonTable(table, localizer)),
    ...(result.pointInTime ? { pointInTime: result.pointInTime } : {}),
  };
}

/** Formats the JSON output as text, two-space indented with a final newline. */
export function formatDiffJson(result: DiffResult, sources: DiffSources, localizer: Localizer): string {
  return `${JSON.stringify(diffToJson(result, sources, localizer), null, 2)}\n`;
}
