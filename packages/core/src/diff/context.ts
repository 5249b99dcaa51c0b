import type { LoadedArtifact } from '../repository/types.js';
import type { PathSegment } from '../findings/finding.js';
import type { MessageArgs } from '../i18n/types.js';
import { idPathOf } from './paths.js';
import { changeRule } from './rules/index.js';
import type { Change, ElementRef } from './types.js';
import { elementArg } from './values.js';

/** Paths of a change in both editions, its old and new values, and the roles it touches. */
export interface ChangeSite {
  oldPath?: PathSegment[];
  newPath?: PathSegment[];
  oldValue?: unknown;
  newValue?: unknown;
  args?: MessageArgs;
  roles?: readonly string[];
  matchedBy?: 'id' | 'similarity';
  effectiveFrom?: string;
}

/** A wording change waiting for the terminology pass, which may explain it by a term replaced throughout. */
export interface TextCandidate {
  ruleId: string;
  element: ElementRef;
  site: ChangeSite;
  oldText: string;
  newText: string;
}

/** Collects the changes between two editions of one artifact. */
export class DiffContext {
  readonly changes: Change[] = [];
  readonly texts: TextCandidate[] = [];

  constructor(
    readonly oldArtifact: LoadedArtifact,
    readonly newArtifact: LoadedArtifact,
  ) {}

  /** Builds the reference to an element of this artifact. */
  element(kind: ElementRef['kind'], id: string, number?: string | number, name?: string): ElementRef {
    const ref: ElementRef = { kind, id, artifactId: this.newArtifact.id };
    if (number !== undefined) ref.number = String(number);
    if (name !== undefined) ref.name = name;
    return ref;
  }

  /** Records a change classified by the rule `ruleId`. */
  add(ruleId: string, element: ElementRef, site: ChangeSite = {}): Change {
    const rule = changeRule(ruleId);
    const change: Change = {
      ruleId,
      level: rule.level,
      audiences: [...rule.audiences],
      messageId: rule.messageId,
      args: { element: elementArg(element), ...site.args },
      element,
      idPath: site.newPath ? idPathOf(this.newArtifact.data, site.newPath) : idPathOf(this.oldArtifact.data, site.oldPath ?? []),
      roles: [...new Set(site.roles ?? [])].sort(),
    };
    if (site.matchedBy) change.matchedBy = site.matchedBy;
    if (site.oldPath) {
      change.oldPath = site.oldPath;
      change.oldLocation = this.oldArtifact.positions.locate(site.oldPath);
    }
    if (site.newPath) {
      change.newPath = site.newPath;
      change.newLocation = this.newArtifact.positions.locate(site.newPath);
    }
    if (site.oldValue !== undefined) change.oldValue = site.oldValue;
    if (site.newValue !== undefined) change.newValue = site.newValue;
    if (site.effectiveFrom) change.effectiveFrom = site.effectiveFrom;
    this.changes.push(change);
    return change;
  }

  /** Records a wording change when the two texts differ beyond white space. */
  text(ruleId: string, element: ElementRef, oldText: string, newText: string, site: ChangeSite): void {
    if (oldText === newText || oldText.replace(/\s+/g, ' ').trim() === newText.replace(/\s+/g, ' ').trim()) return;
    this.texts.push({ ruleId, element, site: { ...site, oldValue: oldText, newValue: newText }, oldText, newText });
  }
}
