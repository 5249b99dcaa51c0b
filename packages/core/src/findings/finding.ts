import type { MessageArgs } from '../i18n/types.js';

/** Severity of a finding, from the most to the least serious. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A severity a user may set for a rule; `off` turns the rule off. */
export type SeveritySetting = Severity | 'off';

/** A place in a source file. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One segment of a path inside an artifact: a key or an array index. */
export type PathSegment = string | number;

/**
 * The one diagnostic shape of tsmp. Validation, cross-artifact checks, diff,
 * mapping checks and indicator breaches all return it; formatters render any
 * list of findings. Text is not stored: `messageId` and `args` are rendered
 * in the user's language at output time.
 */
export interface Finding {
  /** Stable rule id, public API: never renamed once published. */
  ruleId: string;
  severity: Severity;
  /** Catalogue key of the message template. */
  messageId: string;
  /** Named values of the template. */
  args: MessageArgs;
  /** Where the problem is; absent for problems of the whole repository. */
  location?: SourceLocation;
  /** Path inside the artifact, e.g. `['operations', 2, 'deadline']`. */
  path?: PathSegment[];
  /** The same path with array elements named by their ids: `operations[OP-3].deadline`. */
  idPath?: string;
  /** Id of the artifact the finding is about. */
  artifactId?: string;
  /** Other places involved, such as the first definition of a duplicate id. */
  related?: SourceLocation[];
  /** Stays the same while the problem is the same; used by baselines and SARIF. */
  fingerprint: string;
}

/** A finding before its fingerprint is computed. */
export type FindingInput = Omit<Finding, 'fingerprint'> & { fingerprint?: string };
