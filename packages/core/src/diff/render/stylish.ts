import type { Localizer } from '../../i18n/localizer.js';
import type { DiffResult } from '../compare-repositories.js';
import type { DiffSources } from './json.js';
import { pointInTimeLines } from './point-in-time.js';
import { assigneeOf, editionLine, groupChanges, markSpans, pairsWithEditions } from './shared.js';

const COLORS = { breaking: '\u001b[31m', major: '\u001b[33m', minor: '\u001b[36m', editorial: '\u001b[90m', delete: '\u001b[31m', insert: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

export interface StylishOptions {
  color?: boolean;
}

/**
 * Renders a diff for a terminal: changes grouped by artifact and element,
 * word-level wording changes, audiences, study assignments, version policy
 * and a summary line.
 */
export function formatDiffStylish(result: DiffResult, sources: DiffSources, t: Localizer, options: StylishOptions = {}): string {
  const paint = (color: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  const lines: string[] = [paint('bold', t.format('diff.render.title', { old: sources.old, new: sources.new }))];
  for (const pair of pairsWithEditions(result.pairs)) {
    lines.push(`${pair.new.title ?? pair.new.artifactId} (${pair.new.artifactId}): ${editionLine(pair.old, t)} → ${editionLine(pair.new, t)}`);
  }
  lines.push('');
  if (result.changes.length === 0) {
    if (result.pointInTime) lines.push(...pointInTimeLines(result.pointInTime, t), '');
    lines.push(t.format('diff.render.noChanges'));
    return `${lines.join('\n')}\n`;
  }

  for (const [artifact, groups] of groupChanges(result.changes, t)) {
    lines.push(paint('bold', artifact));
    for (const group of groups) {
      lines.push(`  ${group.label}${group.location ? `  ${paint('dim', group.location)}` : ''}`);
      for (const change of group.changes) {
        const level = paint(change.level, t.format(`diff.level.${change.level}`).padEnd(15));
        lines.push(`    ${level}${t.format(change.messageId, change.args)}  ${paint('dim', change.ruleId)}`);
        if (change.spans && change.ruleId !== 'text.term.replaced') {
          lines.push(`      ${markSpans(change.spans, options.color ? (op, text) => paint(op, op === 'delete' ? `[-${text}-]` : `{+${text}+}`) : undefined)}`);
        }
      }
    }
    lines.push('');
  }

  if (result.audiences.length > 0) {
    lines.push(paint('bold', t.format('diff.render.audiences')));
    for (const impact of result.audiences) {
      lines.push(`  ${t.format(`diff.audience.${impact.audience}`)}: ${t.format('diff.render.audienceLine', { count: impact.count, level: { messageId: `diff.level.${impact.level}` } })}`);
    }
    lines.push('');
  }

  if (result.assignments.length > 0) {
    lines.push(paint('bold', t.format('diff.render.assignments')));
    for (const assignment of result.assignments) {
      lines.push(`  ${t.format('diff.render.assignmentHead', { who: assigneeOf(assignment, t, (id) => id), date: assignment.effectiveFrom ?? '—' })}`);
      for (const item of assignment.items) {
        const label = t.format(`diff.element.${item.element.kind}`, { number: item.element.number ?? item.element.id, name: item.element.name ?? item.element.id });
        lines.push(`    • ${label}`);
        for (const change of item.changes) lines.push(`      – ${t.format(change.messageId, change.args)}`);
      }
    }
    lines.push('');
  }

  if (result.pointInTime && result.pointInTime.length > 0) {
    lines.push(paint('bold', t.format('diff.render.pointInTime')), ...pointInTimeLines(result.pointInTime, t).map((line) => `  ${line}`), '');
  }

  if (result.policy.length > 0) {
    lines.push(paint('bold', t.format('diff.render.policy')));
    for (const item of result.policy) {
      const where = item.location ? `${item.location.file}:${item.location.line}  ` : '';
      lines.push(`  ${paint('breaking', '✖')} ${where}${t.format(item.messageId, item.args)}  ${paint('dim', item.ruleId)}`);
    }
    lines.push('');
  }

  const counts = result.summary.byLevel;
  lines.push(t.format('diff.render.summary', { total: result.summary.total, breaking: counts.breaking, major: counts.major, minor: counts.minor, editorial: counts.editorial }));
  return `${lines.join('\n')}\n`;
}
