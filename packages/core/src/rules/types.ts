import type { ProductionCalendar } from '../calendar/types.js';
import type { PathSegment, Severity, SourceLocation } from '../findings/finding.js';
import type { MessageArgs } from '../i18n/types.js';
import type { LoadedArtifact, ModelRepository } from '../repository/types.js';
import type { RepositoryIndex } from './repository-index.js';

/** A problem a rule found, before the engine adds the rule id, severity and location. */
export interface RuleProblem {
  artifact: LoadedArtifact;
  /** Path inside `artifact.data` of the node the methodologist must edit. */
  path: PathSegment[];
  messageId: string;
  args?: MessageArgs;
  /** Other places involved, such as the first definition of a duplicate id. */
  related?: SourceLocation[];
}

/** Input of a rule: the repository, its element index and a function to report problems. */
export interface RuleContext {
  repository: ModelRepository;
  index: RepositoryIndex;
  /** The production calendar that relates working and calendar days; rules skip such comparisons without it. */
  calendar?: ProductionCalendar;
  report(problem: RuleProblem): void;
}

/**
 * A semantic check of a model repository. The id is public API: users name
 * it in `tsmp.yaml` and baselines, so it is never renamed.
 */
export interface Rule {
  /** Kebab-case id, e.g. `unique-ids`. */
  id: string;
  defaultSeverity: Severity;
  /** Catalogue key of the one-line description shown by `tsmp rules`. */
  descriptionId: string;
  /** Every message id the rule may report; the registry test checks them against the catalogues. */
  messageIds: readonly string[];
  check(context: RuleContext): void;
}
