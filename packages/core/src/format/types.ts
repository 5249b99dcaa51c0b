import type { Finding, Severity } from '../findings/finding.js';
import type { Localizer } from '../i18n/localizer.js';

export const FINDING_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'markdown'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

/** A rule as formatters describe it (SARIF lists rules; `tsmp rules` prints them). */
export interface RuleDescriptor {
  id: string;
  defaultSeverity: Severity;
  descriptionId: string;
}

export interface FormatOptions {
  localizer: Localizer;
  /** Prepended to every file path of a finding, e.g. the repository folder as the user typed it. */
  basePath?: string;
  /** Rules to describe in SARIF; rules seen only in findings are described by their id. */
  rules?: readonly RuleDescriptor[];
  toolVersion?: string;
  /**
   * Address of a rule's documentation page for SARIF `helpUri`, relative to
   * the repository root or absolute; `undefined` leaves it out for that rule.
   * Defaults to {@link defaultRuleHelpUri}.
   */
  ruleHelpUri?: (ruleId: string, lang: string) => string | undefined;
  /** SARIF: absolute `file://` URI of the folder that relative paths start from (the `SRCROOT` base). */
  baseUri?: string;
  /** ANSI colours in stylish output; the CLI enables them only on a terminal. */
  color?: boolean;
}

export type Formatter = (findings: readonly Finding[], options: FormatOptions) => string;
