import type { MessageArgs } from '../i18n/types.js';
import { levelRank, maxLevel } from './levels.js';
import type { Audience, Change, ChangeLevel, ElementRef } from './types.js';
import { AUDIENCES } from './types.js';

/** How many changes reach an audience and the most serious of them. */
export interface AudienceImpact {
  audience: Audience;
  count: number;
  level: ChangeLevel;
}

/** One element a role has to study, with what changed in it. */
export interface StudyItem {
  element: ElementRef;
  changes: { ruleId: string; level: ChangeLevel; messageId: string; args: MessageArgs }[];
}

/**
 * A study assignment (задание на изучение изменений): which elements a role
 * must re-learn, what changed in each, and from which date. `role` is null
 * for changes of the document text that concern every specialist.
 */
export interface StudyAssignment {
  role: string | null;
  roleName?: string;
  effectiveFrom?: string;
  level: ChangeLevel;
  items: StudyItem[];
}

/** Counts changes per audience. */
export function audienceImpact(changes: readonly Change[]): AudienceImpact[] {
  const impacts: AudienceImpact[] = [];
  for (const audience of AUDIENCES) {
    const reached = changes.filter((change) => change.audiences.includes(audience));
    const level = maxLevel(reached.map((change) => change.level));
    if (level) impacts.push({ audience, count: reached.length, level });
  }
  return impacts;
}

/**
 * Builds study assignments: every change for specialists goes to each role
 * that performs the element in either edition, or to the common assignment
 * when the element has no performer (a point of the text, a document).
 * Roles in `skipRoles` (the applicant, the platform) study nothing.
 */
export function studyAssignments(
  changes: readonly Change[],
  roleNames: ReadonlyMap<string, string>,
  effectiveFrom: string | undefined,
  skipRoles: ReadonlySet<string> = new Set(),
): StudyAssignment[] {
  const byRole = new Map<string | null, Map<string, StudyItem>>();
  for (const change of changes) {
    if (!change.audiences.includes('specialist')) continue;
    const staff = change.roles.filter((role) => !skipRoles.has(role));
    if (change.roles.length > 0 && staff.length === 0) continue;
    const roles = staff.length > 0 ? staff : [null];
    for (const role of roles) {
      let items = byRole.get(role);
      if (!items) {
        items = new Map();
        byRole.set(role, items);
      }
      const key = `${change.element.artifactId}/${change.element.kind}/${change.element.id}`;
      let item = items.get(key);
      if (!item) {
        item = { element: change.element, changes: [] };
        items.set(key, item);
      }
      item.changes.push({ ruleId: change.ruleId, level: change.level, messageId: change.messageId, args: change.args });
    }
  }

  const assignments: StudyAssignment[] = [];
  for (const [role, items] of byRole) {
    const list = [...items.values()];
    const level = maxLevel(list.flatMap((item) => item.changes.map((change) => change.level))) ?? 'editorial';
    const assignment: StudyAssignment = { role, level, items: list };
    const name = role === null ? undefined : roleNames.get(role);
    if (name) assignment.roleName = name;
    if (effectiveFrom) assignment.effectiveFrom = effectiveFrom;
    assignments.push(assignment);
  }
  return assignments.sort((a, b) => (a.role === null ? 1 : 0) - (b.role === null ? 1 : 0) || levelRank(a.level) - levelRank(b.level) || (a.role ?? '').localeCompare(b.role ?? ''));
}
