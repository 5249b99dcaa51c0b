import type { Finding } from '../findings/finding.js';
import { displayFile, messageOf } from './paths.js';
import type { Formatter } from './types.js';
import { escapeXml } from './xml.js';

/**
 * JUnit XML as CI servers read it: a test suite per file, a failing test case
 * per finding at error or warning level, a passing one for notes.
 */
export const formatJunit: Formatter = (findings, options) => {
  const t = options.localizer;
  const groups = new Map<string, Finding[]>();
  for (const item of findings) {
    const file = displayFile(item, options.basePath) || 'tsmp';
    groups.set(file, [...(groups.get(file) ?? []), item]);
  }
  const failing = (item: Finding) => item.severity === 'error' || item.severity === 'warning';
  const total = findings.length;
  const failures = findings.filter(failing).length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="tsmp" tests="${total}" failures="${failures}" errors="0">`];
  for (const [file, items] of groups) {
    const suiteFailures = items.filter(failing).length;
    lines.push(`  <testsuite name="${escapeXml(file)}" tests="${items.length}" failures="${suiteFailures}" errors="0">`);
    for (const item of items) {
      const position = item.location ? `:${item.location.line}:${item.location.column}` : '';
      const name = `${item.ruleId} ${item.idPath ?? ''}`.trim();
      const message = messageOf(item, t);
      lines.push(`    <testcase classname="${escapeXml(file)}" name="${escapeXml(name)}" file="${escapeXml(file)}"${item.location ? ` line="${item.location.line}"` : ''}>`);
      if (failing(item)) {
        const severity = t.format(`severity.${item.severity}`);
        lines.push(`      <failure type="${escapeXml(item.ruleId)}" message="${escapeXml(message)}">${escapeXml(`${file}${position} ${severity}: ${message}`)}</failure>`);
      } else {
        lines.push(`      <system-out>${escapeXml(message)}</system-out>`);
      }
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
