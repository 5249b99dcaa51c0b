import type { Finding } from '../findings/finding.js';
import type { LoadedArtifact } from '../repository/types.js';
import type { ComparisonTable } from './comparison-table.js';
import { comparisonTable } from './comparison-table.js';
import type { ArtifactDiff } from './engine.js';
import { artifactPresenceChange, diffArtifacts, diffSingleArtifacts, pairArtifacts } from './engine.js';
import type { AudienceImpact, StudyAssignment } from './impact.js';
import { audienceImpact, studyAssignments } from './impact.js';
import { maxLevel } from './levels.js';
import { checkVersionPolicy } from './policy.js';
import type { PointInTimeEntry } from './point-in-time.js';
import type { Change, ChangeLevel, EditionInfo } from './types.js';
import { CHANGE_LEVELS } from './types.js';

/** Everything `tsmp diff` reports about two sides. */
export interface DiffResult {
  /** Artifacts compared pairwise, old and new edition. */
  pairs: { old: EditionInfo; new: EditionInfo }[];
  changes: Change[];
  summary: { total: number; byLevel: Record<ChangeLevel, number>; level: ChangeLevel | null };
  audiences: AudienceImpact[];
  assignments: StudyAssignment[];
  /** Version policy findings: edition number and dates against the level of changes. */
  policy: Finding[];
  tables: ComparisonTable[];
  /** Set on request: which edition applies on a date and to a case started earlier. */
  pointInTime?: PointInTimeEntry[];
}

export interface CompareOptions {
  /**
   * True when each side is one artifact the user named: then two artifacts
   * of different kinds or unrelated ones are an error, not a removal plus an addition.
   */
  single?: boolean;
}

/** Compares the artifacts of two sides, each a repository or a single file. */
export function compareArtifactSets(oldArtifacts: readonly LoadedArtifact[], newArtifacts: readonly LoadedArtifact[], options: CompareOptions = {}): DiffResult {
  const diffs: ArtifactDiff[] = [];
  const extra: Change[] = [];
  const [onlyOld] = oldArtifacts;
  const [onlyNew] = newArtifacts;
  if (options.single && onlyOld && onlyNew && oldArtifacts.length === 1 && newArtifacts.length === 1) {
    diffs.push(diffSingleArtifacts(onlyOld, onlyNew));
  } else {
    const pairing = pairArtifacts(oldArtifacts, newArtifacts);
    for (const pair of pairing.pairs) diffs.push(diffArtifacts(pair.old, pair.new));
    for (const artifact of pairing.removed) extra.push(artifactPresenceChange(artifact, 'artifact.removed'));
    for (const artifact of pairing.added) extra.push(artifactPresenceChange(artifact, 'artifact.added'));
  }

  const changes = [...diffs.flatMap((diff) => diff.changes), ...extra];
  const byLevel = Object.fromEntries(CHANGE_LEVELS.map((level) => [level, 0])) as Record<ChangeLevel, number>;
  for (const change of changes) byLevel[change.level] += 1;

  return {
    pairs: diffs.map((diff) => ({ old: diff.old, new: diff.new })),
    changes,
    summary: { total: changes.length, byLevel, level: maxLevel(changes.map((change) => change.level)) ?? null },
    audiences: audienceImpact(changes),
    assignments: studyAssignments(changes, roleNames([...oldArtifacts, ...newArtifacts]), effectiveDate(diffs), nonStaffRoles([...oldArtifacts, ...newArtifacts])),
    policy: diffs.flatMap(checkVersionPolicy),
    tables: diffs.filter((diff) => diff.changes.length > 0).map(comparisonTable),
  };
}

/** Finds the date the new side takes effect: the latest effective date of its standards. */
function effectiveDate(diffs: readonly ArtifactDiff[]): string | undefined {
  const dates = diffs.map((diff) => diff.new.effectiveFrom).filter((date): date is string => date !== undefined);
  return dates.sort().at(-1);
}

/** Role levels whose members are not staff of a centre and get no study assignment. */
const NOT_STAFF = new Set(['applicant', 'employer', 'ecp']);

/** Names of staff roles by id, from role files and catalogues; the new side wins. */
function roleNames(artifacts: readonly LoadedArtifact[]): Map<string, string> {
  const names = new Map<string, string>();
  const add = (role: { id: string; name: string; level: string }) => {
    if (NOT_STAFF.has(role.level)) names.delete(role.id);
    else names.set(role.id, role.name);
  };
  for (const artifact of artifacts) {
    const data = artifact.data;
    if (data.kind === 'Role') add(data);
    if (data.kind === 'Catalog') for (const role of data.roles) add(role);
  }
  return names;
}

/** Ids of roles that are not staff (applicant, employer, the platform itself). */
function nonStaffRoles(artifacts: readonly LoadedArtifact[]): Set<string> {
  const ids = new Set<string>();
  for (const artifact of artifacts) {
    const data = artifact.data;
    if (data.kind === 'Role' && NOT_STAFF.has(data.level)) ids.add(data.id);
    if (data.kind !== 'Catalog') continue;
    for (const role of data.roles) if (NOT_STAFF.has(role.level)) ids.add(role.id);
  }
  return ids;
}
