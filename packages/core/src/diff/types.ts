import type { PathSegment, SourceLocation } from '../findings/finding.js';
import type { MessageArgs, MessageRef } from '../i18n/types.js';

/**
 * How much a change matters, from the most to the least serious:
 * - `breaking`: systems built on the old edition stop working (a removed
 *   control point, a changed event code or data field);
 * - `major`: obligations change and people must act differently (a new
 *   required document, a shorter deadline, a new procedure, a new method);
 * - `minor`: a substantive change that needs no new work (a reworded point,
 *   an optional document, an added role);
 * - `editorial`: wording and numbering only (a term replaced throughout,
 *   a renumbered operation).
 */
export const CHANGE_LEVELS = ['breaking', 'major', 'minor', 'editorial'] as const;
export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

/**
 * Audiences that must react to a change: the applicant (burden of documents and waiting),
 * the specialist of the centre (their operations), monitoring (indicators,
 * methods, control points), integrators of ЕЦП and regional systems.
 */
export const AUDIENCES = ['applicant', 'specialist', 'monitoring', 'integrator'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Kinds of model elements a change can be about. */
export const ELEMENT_KINDS = [
  'artifact',
  'point',
  'section',
  'term',
  'annex',
  'legalBasis',
  'recipient',
  'channel',
  'requirement',
  'informing',
  'procedure',
  'deadline',
  'document',
  'result',
  'service',
  'indicator',
  'operation',
  'controlPoint',
  'dataField',
  'role',
  'form',
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** The element a change is about, as both editions name it. */
export interface ElementRef {
  kind: ElementKind;
  id: string;
  /** Number in the document (point, procedure, operation), if any. */
  number?: string;
  name?: string;
  artifactId: string;
}

/** One segment of a word-level comparison. */
export interface WordSpan {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One change between two editions, classified by a rule of the registry. */
export interface Change {
  ruleId: string;
  level: ChangeLevel;
  audiences: Audience[];
  messageId: string;
  args: MessageArgs;
  element: ElementRef;
  /** `id` when the element kept its id, `similarity` when it was matched by content. */
  matchedBy?: 'id' | 'similarity';
  oldPath?: PathSegment[];
  newPath?: PathSegment[];
  /** The same path with array elements named by id, in the new edition when it exists there. */
  idPath: string;
  oldValue?: unknown;
  newValue?: unknown;
  oldLocation?: SourceLocation;
  newLocation?: SourceLocation;
  /** Ids of the roles whose work the change touches (performers in either edition). */
  roles: string[];
  /** Word-level comparison of a wording change. */
  spans?: WordSpan[];
  /** For a term replaced throughout: how many times the old wording occurred. */
  occurrences?: number;
  /** Points and elements where a term replacement was applied, by id path. */
  places?: string[];
  /** Date from which the change applies. */
  effectiveFrom?: string;
}

/** Edition data of one side, as far as the artifact records it. */
export interface EditionInfo {
  artifactId: string;
  kind: string;
  file: string;
  title?: string;
  number?: number;
  status?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  transition?: string;
}

/** A message with its values, rendered in the user's language at output time. */
export type Message = MessageRef & { args: MessageArgs };
