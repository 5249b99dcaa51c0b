import type { LoadedArtifact } from '../repository/types.js';
import type { EditionInfo } from './types.js';

/** Reads the edition data of an artifact: standards carry a full edition, tech cards only its number. */
export function editionInfo(artifact: LoadedArtifact): EditionInfo {
  const info: EditionInfo = { artifactId: artifact.id, kind: artifact.kind, file: artifact.file };
  const data = artifact.data;
  if ('title' in data && typeof data.title === 'string') info.title = data.title;
  if (data.kind === 'ProcessStandard' || data.kind === 'OrganizationStandard') {
    info.number = data.edition.number;
    info.status = data.edition.status;
    info.effectiveFrom = data.edition.effectiveFrom;
    if (data.edition.effectiveTo) info.effectiveTo = data.edition.effectiveTo;
    info.transition = data.edition.transition;
  } else if (data.kind === 'TechCard' && data.edition !== undefined) {
    info.number = data.edition;
  }
  return info;
}

/** Returns the id in `edition.supersedes`: the artifact a new edition replaces, when it names one. */
export function supersededId(artifact: LoadedArtifact): string | undefined {
  const data = artifact.data;
  return data.kind === 'ProcessStandard' || data.kind === 'OrganizationStandard' ? data.edition.supersedes : undefined;
}
