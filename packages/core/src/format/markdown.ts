import { countBySeverity } from '../findings/sort.js';
import { displayFile, messageOf } from './paths.js';
import type { Formatter } from './types.js';

/**
 * Escapes text for a Markdown table cell: HTML is shown as text, and pipes,
 * backslashes, backticks and line breaks cannot end the cell or open code.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/\r?\n/g, '<br>');
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
    const place = item.idPath ? `${markdownCell(where)}<br><code>${markdownCell(item.idPath)}</code>` : markdownCell(where);
    return `| ${place} | ${t.format(`severity.${item.severity}`)} | ${markdownCell(messageOf(item, t))} | \`${item.ruleId}\` |`;
  });
  const summary = t.format('format.summary', { total: findings.length, errors: counts.error, warnings: counts.warning, infos: counts.info, hints: counts.hint });
  return `${[...header, ...rows, '', summary].join('\n')}\n`;
};
