import { ARTIFACT_KINDS } from '@tsmp/schema';
import type { PathSegment } from '../findings/finding.js';
import type { LoadedArtifact, ModelRepository } from '../repository/types.js';

/**
 * Kind of an element with an id. Artifacts use their `kind`; nested elements
 * get the kind of the list that contains them (`Element` for other lists), so
 * a role from a Catalog and a Role file are both `Role`.
 */
export type IndexKind = string;

/** Kinds of nested elements, by the name of the list that contains them. */
const KIND_BY_LIST: Readonly<Record<string, IndexKind>> = {
  legalActs: 'LegalAct',
  roles: 'Role',
  forms: 'Form',
  informationSystems: 'InformationSystem',
  controlPoints: 'ControlPoint',
  procedures: 'Procedure',
  services: 'Service',
  indicators: 'Indicator',
  operations: 'Operation',
  results: 'Result',
  requiredItems: 'RequiredItem',
  deadlines: 'OrderDeadline',
  informing: 'Informing',
  points: 'TextPoint',
  sections: 'Section',
  terms: 'Term',
  recipients: 'Recipient',
  provisionRequirements: 'ProvisionRequirement',
  questions: 'ChecklistQuestion',
  fields: 'DataField',
  data: 'DataField',
};

/**
 * Kinds whose ids must be unique in the whole repository, because other
 * files refer to them by id alone. Other elements (procedures, operations,
 * points…) are referred to inside their own document, so their ids need to
 * be unique only among their siblings.
 */
export const GLOBAL_KINDS: ReadonlySet<IndexKind> = new Set<IndexKind>([
  ...ARTIFACT_KINDS,
  'LegalAct',
  'Role',
  'Form',
  'InformationSystem',
  'ControlPoint',
]);

/** Every kind an indexed element can have, plus `Standard` for a reference to either kind of standard. */
export const INDEX_KINDS: readonly IndexKind[] = [...new Set([...ARTIFACT_KINDS, ...Object.values(KIND_BY_LIST), 'Element', 'Standard'])];

export const STANDARD_KINDS: readonly IndexKind[] = ['ProcessStandard', 'OrganizationStandard'];

/** An element with an id and the place where it is defined. */
export interface IndexedElement {
  id: string;
  kind: IndexKind;
  artifact: LoadedArtifact;
  /** Path of the element inside `artifact.data`; empty for the artifact itself. */
  path: PathSegment[];
  data: Record<string, unknown>;
}

/** Every element with an id, built once per validation run. */
export interface RepositoryIndex {
  readonly elements: readonly IndexedElement[];
  /** The first element of one of `kinds` with this id; only inside `within` when given. */
  find(kinds: IndexKind | readonly IndexKind[], id: string, within?: LoadedArtifact): IndexedElement | undefined;
  /** All elements of a kind, in file order. */
  ofKind(kind: IndexKind): readonly IndexedElement[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function collect(artifact: LoadedArtifact, value: unknown, path: PathSegment[], listKey: string | undefined, out: IndexedElement[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(artifact, item, [...path, index], listKey, out));
    return;
  }
  if (!isRecord(value)) return;
  const id = value['id'];
  if (path.length > 0 && typeof id === 'string' && typeof path[path.length - 1] === 'number') {
    out.push({ id, kind: KIND_BY_LIST[listKey ?? ''] ?? 'Element', artifact, path, data: value });
  }
  for (const [key, child] of Object.entries(value)) collect(artifact, child, [...path, key], key, out);
}

function keyOf(kind: IndexKind, id: string): string {
  return `${kind}\u0000${id}`;
}

function pushTo<K>(map: Map<K, IndexedElement[]>, key: K, element: IndexedElement): void {
  const list = map.get(key);
  if (list) list.push(element);
  else map.set(key, [element]);
}

/** Indexes the artifacts of a repository and every element with an id inside them. */
export function buildRepositoryIndex(repository: ModelRepository): RepositoryIndex {
  const elements: IndexedElement[] = [];
  for (const artifact of repository.artifacts) {
    const data = artifact.data as unknown as Record<string, unknown>;
    elements.push({ id: artifact.id, kind: artifact.kind, artifact, path: [], data });
    collect(artifact, data, [], undefined, elements);
  }

  const byKind = new Map<IndexKind, IndexedElement[]>();
  const byKey = new Map<string, IndexedElement[]>();
  for (const element of elements) {
    pushTo(byKind, element.kind, element);
    pushTo(byKey, keyOf(element.kind, element.id), element);
  }

  return {
    elements,
    ofKind: (kind) => byKind.get(kind) ?? [],
    find(kinds, id, within) {
      for (const kind of typeof kinds === 'string' ? [kinds] : kinds) {
        const match = byKey.get(keyOf(kind, id))?.find((element) => !within || element.artifact === within);
        if (match) return match;
      }
      return undefined;
    },
  };
}
