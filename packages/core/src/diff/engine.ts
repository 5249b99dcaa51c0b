import type { LoadedArtifact } from '../repository/types.js';
import { TsmpError } from '../errors/tsmp-error.js';
import { compareArtifactData } from './compare/index.js';
import { DiffContext } from './context.js';
import { editionInfo, supersededId } from './edition-info.js';
import { matchElements } from './match.js';
import { textSimilarity } from './similarity.js';
import { resolveTexts } from './terminology.js';
import type { Change, EditionInfo } from './types.js';

/** The changes between two editions of one artifact. */
export interface ArtifactDiff {
  old: EditionInfo;
  new: EditionInfo;
  changes: Change[];
  oldArtifact: LoadedArtifact;
  newArtifact: LoadedArtifact;
}

/** Compares two editions of one artifact; the kinds must match. */
export function diffArtifacts(oldArtifact: LoadedArtifact, newArtifact: LoadedArtifact): ArtifactDiff {
  if (oldArtifact.kind !== newArtifact.kind) {
    throw new TsmpError('diff.error.kindMismatch', {
      oldFile: oldArtifact.file,
      oldKind: oldArtifact.kind,
      newFile: newArtifact.file,
      newKind: newArtifact.kind,
    });
  }
  const ctx = new DiffContext(oldArtifact, newArtifact);
  compareArtifactData(ctx, oldArtifact.data, newArtifact.data);
  resolveTexts(ctx);
  return { old: editionInfo(oldArtifact), new: editionInfo(newArtifact), changes: sortChanges(ctx.changes), oldArtifact, newArtifact };
}

/** The result of pairing the artifacts of two sides. */
export interface ArtifactPairing {
  pairs: { old: LoadedArtifact; new: LoadedArtifact }[];
  removed: LoadedArtifact[];
  added: LoadedArtifact[];
}

/**
 * Returns the name used to pair documents: the subject of a process standard
 * (their titles share long standard wording), otherwise the title or name.
 */
function pairingName(artifact: LoadedArtifact): string {
  return artifact.data.kind === 'ProcessStandard' ? artifact.data.subject.name : titleOf(artifact);
}

function titleOf(artifact: LoadedArtifact): string {
  const data = artifact.data as { title?: unknown; name?: unknown };
  return typeof data.title === 'string' ? data.title : typeof data.name === 'string' ? data.name : artifact.id;
}

/**
 * Pairs the artifacts of two sides: by id, then a new edition that names the
 * old one in `supersedes`, then the same kind with a similar subject or title.
 */
export function pairArtifacts(oldArtifacts: readonly LoadedArtifact[], newArtifacts: readonly LoadedArtifact[]): ArtifactPairing {
  const match = matchElements(oldArtifacts, newArtifacts, (artifact) => `${artifact.kind}:${artifact.id}`, (a, b) => {
    if (a.kind !== b.kind) return 0;
    if (supersededId(b) === a.id) return 1;
    return textSimilarity(pairingName(a), pairingName(b));
  });
  return {
    pairs: match.pairs.map((pair) => ({ old: pair.old, new: pair.new })),
    removed: match.removed.map((entry) => entry.item),
    added: match.added.map((entry) => entry.item),
  };
}

/**
 * Compares two single artifacts given by the user. Different kinds or two
 * unrelated artifacts (different ids, no `supersedes`, dissimilar titles)
 * are an error rather than a diff of everything.
 */
export function diffSingleArtifacts(oldArtifact: LoadedArtifact, newArtifact: LoadedArtifact): ArtifactDiff {
  const pairing = pairArtifacts([oldArtifact], [newArtifact]);
  if (oldArtifact.kind === newArtifact.kind && pairing.pairs.length === 0) {
    throw new TsmpError('diff.error.unrelated', {
      oldFile: oldArtifact.file,
      oldId: oldArtifact.id,
      newFile: newArtifact.file,
      newId: newArtifact.id,
    });
  }
  return diffArtifacts(oldArtifact, newArtifact);
}

/** Builds the change for an artifact present on one side only. */
export function artifactPresenceChange(artifact: LoadedArtifact, ruleId: 'artifact.added' | 'artifact.removed'): Change {
  const ctx = new DiffContext(artifact, artifact);
  const element = ctx.element('artifact', artifact.id, undefined, titleOf(artifact));
  return ctx.add(ruleId, element, ruleId === 'artifact.added' ? { newPath: [], args: { file: artifact.file } } : { oldPath: [], args: { file: artifact.file } });
}

/** Orders changes by artifact, place in the new (or old) file and rule, so that output is stable. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(
    (a, b) =>
      a.element.artifactId.localeCompare(b.element.artifactId) ||
      (a.newLocation?.line ?? a.oldLocation?.line ?? 0) - (b.newLocation?.line ?? b.oldLocation?.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.idPath.localeCompare(b.idPath),
  );
}
