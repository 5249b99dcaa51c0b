import type { ArtifactKind } from '@tsmp/schema';
import type { PathSegment } from '../findings/finding.js';
import { STANDARD_KINDS, type IndexKind } from './repository-index.js';

/**
 * Search scope of a reference: the whole repository, the same artifact, or
 * the standard that a tech card details.
 */
export type ReferenceScope = 'repository' | 'artifact' | 'cardStandard';

/** A place in the schema that holds a reference by id. */
export interface ReferenceSite {
  /** Path segments at the end of the reference's path; `*` matches any key or index. */
  pattern: readonly string[];
  /** The pattern must match the whole path, not only its end. */
  anchored?: boolean;
  /** Artifact kinds the site applies to; all when absent. */
  artifactKinds?: readonly ArtifactKind[];
  target: readonly IndexKind[];
  /** Kind named in the message; the first target when absent. */
  label?: IndexKind;
  scope: ReferenceScope;
}

const ACT = ['LegalAct'];
const POINT = ['ControlPoint'];

/** Every reference of the schema, first match wins. */
export const REFERENCE_SITES: readonly ReferenceSite[] = [
  { pattern: ['standard'], anchored: true, artifactKinds: ['TechCard', 'RegionalMapping'], target: STANDARD_KINDS, label: 'Standard', scope: 'repository' },
  { pattern: ['system', 'informationSystem'], anchored: true, artifactKinds: ['RegionalMapping'], target: ['InformationSystem'], scope: 'repository' },
  { pattern: ['service'], anchored: true, artifactKinds: ['TechCard'], target: ['Service'], scope: 'cardStandard' },
  { pattern: ['operations', '*', 'procedure'], anchored: true, artifactKinds: ['TechCard'], target: ['Procedure'], scope: 'cardStandard' },
  { pattern: ['operations', '*', 'next', '*'], anchored: true, target: ['Operation'], scope: 'artifact' },
  { pattern: ['operations', '*', 'informationSystem'], anchored: true, target: ['InformationSystem'], scope: 'repository' },
  { pattern: ['operations', '*', 'forms', '*'], anchored: true, target: ['Form'], scope: 'repository' },
  { pattern: ['procedures', '*', 'after', '*'], anchored: true, target: ['Procedure'], scope: 'artifact' },
  { pattern: ['services', '*', 'procedures', '*'], anchored: true, target: ['Procedure'], scope: 'artifact' },
  { pattern: ['services', '*', 'techCard'], anchored: true, target: ['TechCard'], scope: 'repository' },
  { pattern: ['edition', 'supersedes'], anchored: true, target: STANDARD_KINDS, label: 'Standard', scope: 'repository' },
  { pattern: ['source', 'act'], target: ACT, scope: 'repository' },
  { pattern: ['legalBasis', '*', 'act'], target: ACT, scope: 'repository' },
  { pattern: ['approvedBy', 'act'], target: ACT, scope: 'repository' },
  { pattern: ['amendedBy', '*', 'act'], target: ACT, scope: 'repository' },
  { pattern: ['performers', '*'], target: ['Role'], scope: 'repository' },
  { pattern: ['performer'], target: ['Role'], scope: 'repository' },
  { pattern: ['form'], target: ['Form'], scope: 'repository' },
  { pattern: ['controlPoints', '*'], target: POINT, scope: 'repository' },
  { pattern: ['controlPoint'], target: POINT, scope: 'repository' },
  { pattern: ['reached', '*'], target: POINT, scope: 'repository' },
  { pattern: ['notReached', '*'], target: POINT, scope: 'repository' },
  { pattern: ['within', 'from'], target: POINT, scope: 'repository' },
  { pattern: ['within', 'to'], target: POINT, scope: 'repository' },
  { pattern: ['calculation', 'from'], target: POINT, scope: 'repository' },
  { pattern: ['calculation', 'to'], target: POINT, scope: 'repository' },
];

function matches(site: ReferenceSite, path: readonly PathSegment[]): boolean {
  const { pattern } = site;
  if (pattern.length > path.length || (site.anchored && pattern.length !== path.length)) return false;
  const offset = path.length - pattern.length;
  return pattern.every((segment, i) => segment === '*' || segment === path[offset + i]);
}

// Sites grouped by the last segment of their pattern: every string of a repository is looked up,
// and most strings (names, texts) end in a key that no site has.
const SITES_BY_LAST = new Map<PathSegment, ReferenceSite[]>();
for (const site of REFERENCE_SITES) {
  const last = site.pattern[site.pattern.length - 1] ?? '*';
  SITES_BY_LAST.set(last, [...(SITES_BY_LAST.get(last) ?? []), site]);
}

/** Finds the reference site of a string value at `path`, if it is a reference; the first site in list order wins. */
export function referenceSiteOf(kind: ArtifactKind, path: readonly PathSegment[]): ReferenceSite | undefined {
  const last = path[path.length - 1];
  const candidates = [...(last === undefined ? [] : (SITES_BY_LAST.get(last) ?? [])), ...(SITES_BY_LAST.get('*') ?? [])];
  let found: ReferenceSite | undefined;
  for (const site of candidates) {
    if ((site.artifactKinds && !site.artifactKinds.includes(kind)) || !matches(site, path)) continue;
    if (!found || REFERENCE_SITES.indexOf(site) < REFERENCE_SITES.indexOf(found)) found = site;
  }
  return found;
}
