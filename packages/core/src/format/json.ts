import { countBySeverity } from '../findings/sort.js';
import { displayFile, messageOf } from './paths.js';
import type { Formatter } from './types.js';

/** Findings as JSON: the stored data plus the message rendered in the chosen language. */
export const formatJson: Formatter = (findings, options) => {
  const output = {
    tool: 'tsmp',
    version: options.toolVersion ?? '',
    lang: options.localizer.lang,
    summary: countBySeverity(findings),
    findings: findings.map((item) => ({
      ruleId: item.ruleId,
      severity: item.severity,
      message: messageOf(item, options.localizer),
      messageId: item.messageId,
      args: item.args,
      ...(item.location ? { location: { ...item.location, file: displayFile(item, options.basePath) } } : {}),
      ...(item.idPath ? { idPath: item.idPath } : {}),
      ...(item.path ? { path: item.path } : {}),
      ...(item.artifactId ? { artifactId: item.artifactId } : {}),
      ...(item.related ? { related: item.related } : {}),
      fingerprint: item.fingerprint,
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
