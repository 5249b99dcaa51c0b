import { finding, loadArtifactBytes, type Finding, type LoadedArtifact } from '@tsmp/core';
import type { RegionalMapping } from '@tsmp/schema';

/** A mapping file read on its own: the mapping when the file contains a valid one, and findings either way. */
export interface MappingLoad {
  mapping?: LoadedArtifact<RegionalMapping>;
  findings: Finding[];
}

/**
 * Reads one regional mapping file. The file is read alone, not as part of a
 * repository, because a mapping usually lives next to a standard's files
 * without being selected by its manifest.
 */
export function readRegionalMapping(bytes: Uint8Array, file: string): MappingLoad {
  const loaded = loadArtifactBytes(bytes, file);
  if (!loaded.artifact) return { findings: loaded.findings };
  if (loaded.artifact.data.kind !== 'RegionalMapping') {
    const wrongKind = finding({
      ruleId: 'mapping-wrong-kind',
      severity: 'error',
      messageId: 'mapping.wrongKind',
      args: { kind: loaded.artifact.kind },
      location: loaded.artifact.positions.locate(['kind']),
      path: ['kind'],
    });
    return { findings: [...loaded.findings, wrongKind] };
  }
  return { mapping: loaded.artifact as LoadedArtifact<RegionalMapping>, findings: loaded.findings };
}
