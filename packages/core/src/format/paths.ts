import type { Finding } from '../findings/finding.js';

/** Joins the display base and a finding's file with forward slashes. */
export function displayFile(finding: Finding, basePath: string | undefined): string {
  const file = finding.location?.file ?? '';
  if (!basePath || basePath === '.' || file === '') return file;
  return `${basePath.replace(/[\\/]+$/, '')}/${file}`;
}

/** Renders a finding's message in the localizer's language. */
export function messageOf(finding: Finding, localizer: { format(id: string, args?: Finding['args']): string }): string {
  return localizer.format(finding.messageId, finding.args);
}
