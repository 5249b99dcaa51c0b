import { countBySeverity } from '../findings/sort.js';
import { displayFile, messageOf } from './paths.js';
import type { Formatter } from './types.js';

/** Escapes the characters that would break a Markdown table cell. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Findings as a Markdown table, for review comments and reports in git. */
export const formatMarkdown: Formatter = (findings, options) => {
  const t = options.localizer;
  if (findings.length === 0) return `${t.format('format.noFindings')}\n`;
  const counts = countBySeverity(findings);
  const header = [
    `| ${t.format('format.column.location')} | ${t.format('format.column.severity')} | ${t.format('format.column.message')} | ${t.format('format.column.rule')} |`,
    '|---|---|---|---|',
  ];
  const rows = findings.map((item) => {
    const file = displayFile(item, options.basePath);
    const where = item.location ? `${file}:${item.location.line}:${item.location.column}` : file;
    const place = item.idPath ? `${where}<br>\`${item.idPath}\`` : where;
    return `| ${markdownCell(place)} | ${t.format(`severity.${item.severity}`)} | ${markdownCell(messageOf(item, t))} | \`${item.ruleId}\` |`;
  });
  const summary = t.format('format.summary', { total: findings.length, errors: counts.error, warnings: counts.warning, notes: counts.info + counts.hint });
  return `${[...header, ...rows, '', summary].join('\n')}\n`;
};
