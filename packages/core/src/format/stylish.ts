import type { Finding } from '../findings/finding.js';
import { countBySeverity } from '../findings/sort.js';
import { displayFile, messageOf } from './paths.js';
import { printable } from './terminal.js';
import type { Formatter } from './types.js';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', hint: '\u001b[90m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** Groups findings by file, one line per finding: position, severity, message, rule id, id path. */
export const formatStylish: Formatter = (findings, options) => {
  const { localizer: t } = options;
  const paint = (color: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  if (findings.length === 0) return `${t.format('format.noFindings')}\n`;

  const groups = new Map<string, Finding[]>();
  for (const item of findings) {
    const file = printable(displayFile(item, options.basePath)) || t.format('format.noFile');
    groups.set(file, [...(groups.get(file) ?? []), item]);
  }
  const lines: string[] = [];
  for (const [file, items] of groups) {
    lines.push(paint('bold', file));
    for (const item of items) {
      const position = item.location ? `${item.location.line}:${item.location.column}` : '';
      const severity = paint(item.severity, t.format(`severity.${item.severity}`));
      const where = item.idPath ? `  ${paint('dim', printable(item.idPath))}` : '';
      lines.push(`  ${position.padEnd(8)}${severity}  ${printable(messageOf(item, t))}  ${paint('dim', item.ruleId)}${where}`);
    }
    lines.push('');
  }
  const counts = countBySeverity(findings);
  lines.push(t.format('format.summary', { total: findings.length, errors: counts.error, warnings: counts.warning, infos: counts.info, hints: counts.hint }));
  return `${lines.join('\n')}\n`;
};
