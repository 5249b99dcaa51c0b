import type { TechCard } from '@tsmp/schema';
import type { PathSegment } from '../findings/finding.js';
import type { LoadedArtifact } from '../repository/types.js';
import { kindRef } from './message-refs.js';
import { referenceSiteOf, type ReferenceSite } from './reference-sites.js';
import { GLOBAL_KINDS, STANDARD_KINDS, type RepositoryIndex } from './repository-index.js';
import type { Rule, RuleContext } from './types.js';

/**
 * Calls `visit` for every string value in `value` with its path. The path is
 * one stack shared by all calls, so a visitor that keeps it must copy it:
 * copying it for every string made this rule the slowest of all.
 */
function eachString(value: unknown, path: PathSegment[], visit: (text: string, path: readonly PathSegment[]) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      path.push(i);
      eachString(item, path, visit);
      path.pop();
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      path.push(key);
      eachString(child, path, visit);
      path.pop();
    }
  }
}

/** Returns the artifact to search, undefined for the whole repository, or `null` when that artifact itself is missing. */
function scopeOf(site: ReferenceSite, artifact: LoadedArtifact, index: RepositoryIndex): LoadedArtifact | null | undefined {
  if (site.scope === 'repository') return undefined;
  if (site.scope === 'artifact') return artifact;
  const standardId = (artifact.data as TechCard).standard;
  return index.find(STANDARD_KINDS, standardId)?.artifact ?? null;
}

function checkArtifact(artifact: LoadedArtifact, { index, report }: RuleContext): void {
  eachString(artifact.data, [], (id, livePath) => {
    const site = referenceSiteOf(artifact.kind, livePath);
    if (!site) return;
    const within = scopeOf(site, artifact, index);
    // The tech card's own `standard` reference is reported where it is.
    if (within === null) return;
    if (index.find(site.target, id, within)) return;

    const path = [...livePath];
    const kind = kindRef(site.label ?? site.target[0] ?? 'Element');
    const other = index.elements.find((element) => element.id === id && GLOBAL_KINDS.has(element.kind));
    if (other) {
      report({
        artifact,
        path,
        messageId: 'rules.reference-resolves.wrongKind',
        args: { id, kind, actualKind: kindRef(other.kind) },
        related: [other.artifact.positions.locate(other.path)],
      });
    } else if (within) {
      report({ artifact, path, messageId: 'rules.reference-resolves.missingIn', args: { id, kind, scope: within.id } });
    } else {
      report({ artifact, path, messageId: 'rules.reference-resolves.missing', args: { id, kind } });
    }
  });
}

/** Every reference by id names an element of the expected kind that exists. */
export const referenceResolves: Rule = {
  id: 'reference-resolves',
  defaultSeverity: 'error',
  descriptionId: 'rules.reference-resolves.description',
  messageIds: ['rules.reference-resolves.missing', 'rules.reference-resolves.missingIn', 'rules.reference-resolves.wrongKind'],
  check(context) {
    for (const artifact of context.repository.artifacts) checkArtifact(artifact, context);
  },
};
