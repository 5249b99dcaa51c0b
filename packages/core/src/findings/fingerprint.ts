import { createHash } from 'node:crypto';
import type { Finding, FindingInput } from './finding.js';

/**
 * Computes a fingerprint from what identifies the problem — rule, artifact,
 * id path and the message values — and not from line numbers, so that it
 * survives edits elsewhere in the file.
 */
export function fingerprintOf(finding: FindingInput): string {
  const file = finding.location?.file.replace(/\\/g, '/') ?? '';
  const key = JSON.stringify([
    finding.ruleId,
    finding.artifactId ?? '',
    finding.idPath ?? finding.path?.join('.') ?? '',
    finding.idPath || finding.artifactId ? '' : file,
    finding.messageId,
    stableArgs(finding.args),
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function stableArgs(args: Record<string, unknown>): [string, unknown][] {
  return Object.keys(args)
    .sort()
    .map((key) => [key, args[key]]);
}

/** Completes a finding with its fingerprint. */
export function finding(input: FindingInput): Finding {
  return { ...input, fingerprint: input.fingerprint ?? fingerprintOf(input) };
}
