import { promises as fs } from 'node:fs';
import { TsmpError } from '../errors/tsmp-error.js';
import type { Finding } from '../findings/finding.js';
import { sortFindings } from '../findings/sort.js';
import { writeFileAtomic } from '../fs/atomic.js';

export const BASELINE_VERSION = 1;

/** One accepted finding. Only the fingerprint matches; the rest helps a reader of the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  messageId: string;
  file?: string;
  idPath?: string;
}

/** Findings a team has accepted: `tsmp validate --baseline` hides them, new ones still show. */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

/** Builds a baseline that accepts every given finding. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: BASELINE_VERSION,
    findings: sortFindings(findings).map((item) => ({
      fingerprint: item.fingerprint,
      ruleId: item.ruleId,
      messageId: item.messageId,
      ...(item.location ? { file: item.location.file } : {}),
      ...(item.idPath ? { idPath: item.idPath } : {}),
    })),
  };
}

/**
 * Removes the findings a baseline accepts. Each baseline entry accepts one
 * finding, so a problem that now occurs twice still shows once.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const accepted = new Map<string, number>();
  for (const entry of baseline.findings) accepted.set(entry.fingerprint, (accepted.get(entry.fingerprint) ?? 0) + 1);
  return findings.filter((item) => {
    const left = accepted.get(item.fingerprint) ?? 0;
    if (left === 0) return true;
    accepted.set(item.fingerprint, left - 1);
    return false;
  });
}

/** Writes a baseline of the given findings as JSON, through a temporary file. */
export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(createBaseline(findings), null, 2)}\n`);
}

function isEntry(value: unknown): value is BaselineEntry {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return typeof entry['fingerprint'] === 'string' && typeof entry['ruleId'] === 'string' && typeof entry['messageId'] === 'string';
}

/**
 * Reads a baseline written by {@link writeBaseline}. Throws a `TsmpError`
 * naming the file when it is missing, is not JSON or is not a baseline.
 */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TsmpError(code === 'ENOENT' ? 'validate.baseline.notFound' : 'validate.baseline.unreadable', { file, detail: code ?? String(error) }, { cause: error });
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TsmpError('validate.baseline.notJson', { file, detail: (error as Error).message }, { cause: error });
  }

  const root = value as Partial<Baseline> | null;
  if (root === null || typeof root !== 'object' || root.version !== BASELINE_VERSION || !Array.isArray(root.findings)) {
    throw new TsmpError('validate.baseline.invalid', { file, version: BASELINE_VERSION });
  }
  const badIndex = root.findings.findIndex((entry) => !isEntry(entry));
  if (badIndex >= 0) throw new TsmpError('validate.baseline.invalidEntry', { file, index: badIndex + 1 });
  return { version: BASELINE_VERSION, findings: root.findings };
}
