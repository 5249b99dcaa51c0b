import type { Audience, ChangeLevel } from '../types.js';

/** A kind of change: its stable id (public API), default level and the audiences it affects. */
export interface ChangeRule {
  id: string;
  level: ChangeLevel;
  audiences: readonly Audience[];
  /** Catalogue key of the message, always `diff.<id>`. */
  messageId: string;
  /**
   * The rule the reverse comparison reports for the same edit: `added` ↔
   * `removed`, `shortened` ↔ `lengthened`. A rule that is its own reverse
   * (`renamed`, `changed`) names itself.
   */
  mirror?: string;
}

/** Declares a rule; `mirror: 'self'` marks a rule that is its own reverse. */
export function rule(id: string, level: ChangeLevel, audiences: readonly Audience[], mirror?: string): ChangeRule {
  return { id, level, audiences, messageId: `diff.${id}`, mirror: mirror === 'self' ? id : mirror };
}
