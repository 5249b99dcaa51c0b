import type { Finding } from '../findings/finding.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FindingFormat, FormatOptions, Formatter } from './types.js';

export * from './types.js';
export { escapeXml, withoutIllegalXml } from './xml.js';
export { markdownCell } from './markdown.js';
export { defaultRuleHelpUri } from './sarif.js';
export { formatMessages } from './messages.js';

const FORMATTERS: Record<FindingFormat, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
};

/** Renders findings in one of the formats; the text is in the localizer's language. */
export function formatFindings(findings: readonly Finding[], format: FindingFormat, options: FormatOptions): string {
  return FORMATTERS[format](findings, options);
}
