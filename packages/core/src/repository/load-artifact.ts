import { ARTIFACT_SCHEMAS, type Artifact, type ArtifactKind } from '@tsmp/schema';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/fingerprint.js';
import { parseFile } from './parse-file.js';
import { schemaFindings } from './schema-findings.js';
import type { LoadedArtifact } from './types.js';

export interface ArtifactLoad {
  artifact?: LoadedArtifact;
  findings: Finding[];
}

/**
 * Parses one artifact file and checks it against the schema of its `kind`.
 * The artifact is returned only when it has no errors, so later rules can
 * trust its shape; every problem comes back as a located finding.
 */
export function loadArtifactBytes(bytes: Uint8Array, file: string): ArtifactLoad {
  const parsed = parseFile(bytes, file);
  const findings: Finding[] = parsed.problems.map((problem) => finding({ ...problem }));
  if (parsed.value === undefined) return { findings };

  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    findings.push(finding({ ruleId: 'schema', severity: 'error', messageId: 'load.notAnObject', args: {}, location: parsed.positions.locate([]) }));
    return { findings };
  }
  const kind = (value as Record<string, unknown>)['kind'];
  if (kind === undefined && looksLikeBaseline(value)) {
    findings.push(finding({ ruleId: 'unknown-kind', severity: 'warning', messageId: 'load.baselineNotNamed', args: { file }, location: parsed.positions.locate([]) }));
    return { findings };
  }
  if (typeof kind !== 'string' || !(kind in ARTIFACT_SCHEMAS)) {
    findings.push(
      finding({
        ruleId: 'unknown-kind',
        severity: 'error',
        messageId: kind === undefined ? 'load.kindMissing' : 'load.kindUnknown',
        args: { kind: String(kind ?? ''), kinds: Object.keys(ARTIFACT_SCHEMAS).join(', ') },
        location: parsed.positions.locate(['kind']),
        path: ['kind'],
      }),
    );
    return { findings };
  }

  const schema = ARTIFACT_SCHEMAS[kind as ArtifactKind];
  const result = schema.safeParse(value);
  const rawId = (value as Record<string, unknown>)['id'];
  const artifactId = typeof rawId === 'string' ? rawId : undefined;
  if (!result.success) {
    findings.push(...schemaFindings(result.error.issues, value, parsed.positions, artifactId));
    return { findings };
  }

  const data = result.data as Artifact;
  return {
    artifact: { kind: data.kind, id: data.id, file, data, positions: parsed.positions },
    findings,
  };
}

/** Tells a baseline file of tsmp (`version` and a `findings` list, no `kind`) from a broken artifact. */
function looksLikeBaseline(value: object): boolean {
  const record = value as Record<string, unknown>;
  return typeof record['version'] === 'number' && Array.isArray(record['findings']);
}
