import { markdownCell } from '../../format/markdown.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { DiffResult } from '../compare-repositories.js';
import { renderComparisonTable } from '../comparison-table.js';
import type { DiffSources } from './json.js';
import { pointInTimeLines } from './point-in-time.js';
import { assigneeOf, editionLine, groupChanges, markSpans, pairsWithEditions } from './shared.js';

/** Marks deleted words as struck through and inserted words as bold; spaces stay unmarked. */
function markdownSpan(op: 'delete' | 'insert', text: string): string {
  const core = text.trim();
  if (core === '') return text;
  // Markdown ignores emphasis that starts or ends with a space, so spaces go outside the marks.
  const start = text.slice(0, text.indexOf(core));
  const end = text.slice(text.indexOf(core) + core.length);
  const mark = op === 'delete' ? '~~' : '**';
  return `${start}${mark}${core}${mark}${end}`;
}

/** Renders a diff as Markdown: changes by element, audiences, study assignments and the comparison tables. */
export function formatDiffMarkdown(result: DiffResult, sources: DiffSources, t: Localizer): string {
  const lines: string[] = [`# ${t.format('diff.render.title', { old: sources.old, new: sources.new })}`, ''];
  for (const pair of pairsWithEditions(result.pairs)) lines.push(`- ${pair.new.title ?? pair.new.artifactId}: ${editionLine(pair.old, t)} → ${editionLine(pair.new, t)}`);
  lines.push('');
  if (result.changes.length === 0) return `${[...lines, t.format('diff.render.noChanges')].join('\n')}\n`;

  const counts = result.summary.byLevel;
  lines.push(t.format('diff.render.summary', { total: result.summary.total, breaking: counts.breaking, major: counts.major, minor: counts.minor, editorial: counts.editorial }), '');

  lines.push(`## ${t.format('diff.render.changes')}`, '');
  for (const [artifact, groups] of groupChanges(result.changes, t)) {
    lines.push(`### ${artifact}`, '');
    for (const group of groups) {
      lines.push(`- **${group.label}**${group.location ? ` (\`${group.location}\`)` : ''}`);
      for (const change of group.changes) lines.push(`  - ${t.format(`diff.level.${change.level}`)}: ${t.format(change.messageId, change.args)} \`${change.ruleId}\``);
    }
    lines.push('');
  }

  if (result.audiences.length > 0) {
    lines.push(`## ${t.format('diff.render.audiences')}`, '');
    for (const impact of result.audiences) {
      lines.push(`- ${t.format(`diff.audience.${impact.audience}`)}: ${t.format('diff.render.audienceLine', { count: impact.count, level: { messageId: `diff.level.${impact.level}` } })}`);
    }
    lines.push('');
  }

  if (result.assignments.length > 0) {
    lines.push(`## ${t.format('diff.render.assignments')}`, '');
    for (const assignment of result.assignments) {
      lines.push(`### ${t.format('diff.render.assignmentHead', { who: assigneeOf(assignment, t, (id) => `\`${id}\``), date: assignment.effectiveFrom ?? '—' })}`, '');
      for (const item of assignment.items) {
        for (const change of item.changes) lines.push(`- ${t.format(change.messageId, change.args)}`);
      }
      lines.push('');
    }
  }

  if (result.pointInTime && result.pointInTime.length > 0) {
    lines.push(`## ${t.format('diff.render.pointInTime')}`, '', ...pointInTimeLines(result.pointInTime, t).map((line) => `- ${line}`), '');
  }

  if (result.policy.length > 0) {
    lines.push(`## ${t.format('diff.render.policy')}`, '');
    for (const item of result.policy) lines.push(`- ${t.format(item.messageId, item.args)} \`${item.ruleId}\``);
    lines.push('');
  }

  for (const table of result.tables.map((item) => renderComparisonTable(item, t))) {
    if (table.rows.length === 0) continue;
    lines.push(`## ${t.format('diff.render.table', { title: table.title ?? table.artifactId })}`, '');
    lines.push(`| ${t.format('diff.render.column.point')} | ${t.format('diff.render.column.old')} | ${t.format('diff.render.column.new')} | ${t.format('diff.render.column.comment')} |`, '|---|---|---|---|');
    for (const row of table.rows) {
      const oldCell = markSpans(row.spans.filter((span) => span.op !== 'insert'), markdownSpan);
      const newCell = markSpans(row.spans.filter((span) => span.op !== 'delete'), markdownSpan);
      lines.push(`| ${markdownCell(row.point)} | ${markdownCell(oldCell)} | ${markdownCell(newCell)} | ${markdownCell(row.comment)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
