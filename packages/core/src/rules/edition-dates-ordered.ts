import type { Edition, LegalAct } from '@tsmp/schema';
import type { LoadedArtifact } from '../repository/types.js';
import { STANDARD_KINDS, type IndexedElement, type RepositoryIndex } from './repository-index.js';
import type { Rule, RuleContext } from './types.js';

type WithEdition = { id: string; edition: Edition };

function checkEdition(element: IndexedElement, index: RepositoryIndex, report: RuleContext['report']): void {
  const artifact = element.artifact as LoadedArtifact & { data: WithEdition };
  const { edition } = artifact.data;
  const standard = artifact.data.id;

  if (edition.effectiveTo && edition.effectiveTo < edition.effectiveFrom) {
    report({ artifact, path: ['edition', 'effectiveTo'], messageId: 'rules.edition-dates-ordered.endBeforeStart', args: { standard, from: edition.effectiveFrom, to: edition.effectiveTo } });
  }

  const approval = edition.approvedBy && index.find('LegalAct', edition.approvedBy.act);
  const act = approval?.data as LegalAct | undefined;
  if (approval && act && act.date > edition.effectiveFrom) {
    report({
      artifact,
      path: ['edition', 'effectiveFrom'],
      messageId: 'rules.edition-dates-ordered.beforeApproval',
      args: { standard, from: edition.effectiveFrom, act: act.id, number: act.number, actDate: act.date },
      related: [approval.artifact.positions.locate([...approval.path, 'date'])],
    });
  }

  const superseded = edition.supersedes ? index.find(STANDARD_KINDS, edition.supersedes) : undefined;
  const previous = (superseded?.artifact.data as WithEdition | undefined)?.edition;
  if (!superseded || !previous) return;
  const related = [superseded.artifact.positions.locate(['edition', 'effectiveFrom'])];
  const args = { standard, from: edition.effectiveFrom, previous: superseded.id, previousFrom: previous.effectiveFrom, previousTo: previous.effectiveTo ?? null };
  if (edition.effectiveFrom <= previous.effectiveFrom) {
    report({ artifact, path: ['edition', 'supersedes'], messageId: 'rules.edition-dates-ordered.supersedesLater', args, related });
  } else if (previous.effectiveTo && previous.effectiveTo >= edition.effectiveFrom) {
    report({ artifact, path: ['edition', 'supersedes'], messageId: 'rules.edition-dates-ordered.overlap', args, related });
  }
}

function checkAct(element: IndexedElement, report: RuleContext['report']): void {
  const act = element.data as unknown as LegalAct;
  const args = { act: act.id, number: act.number, date: act.date, effectiveFrom: act.effectiveFrom ?? null, repealedOn: act.repealedOn ?? null };
  if (act.effectiveFrom && act.effectiveFrom < act.date) {
    report({ artifact: element.artifact, path: [...element.path, 'effectiveFrom'], messageId: 'rules.edition-dates-ordered.actEffectiveBeforeSigned', args });
  }
  if (act.repealedOn && act.repealedOn <= (act.effectiveFrom ?? act.date)) {
    report({ artifact: element.artifact, path: [...element.path, 'repealedOn'], messageId: 'rules.edition-dates-ordered.actRepealedBeforeEffective', args });
  }
}

/**
 * Dates of editions and acts go in order. An edition ends after it starts,
 * and starts no earlier than the act that approved it was signed. A new
 * edition starts after the one it supersedes, and the old one ends before
 * that. An act takes effect no earlier than it was signed and is repealed
 * after it took effect. ISO dates compare as strings.
 */
export const editionDatesOrdered: Rule = {
  id: 'edition-dates-ordered',
  defaultSeverity: 'error',
  descriptionId: 'rules.edition-dates-ordered.description',
  messageIds: [
    'rules.edition-dates-ordered.endBeforeStart',
    'rules.edition-dates-ordered.beforeApproval',
    'rules.edition-dates-ordered.supersedesLater',
    'rules.edition-dates-ordered.overlap',
    'rules.edition-dates-ordered.actEffectiveBeforeSigned',
    'rules.edition-dates-ordered.actRepealedBeforeEffective',
  ],
  check({ index, report }) {
    for (const kind of STANDARD_KINDS) for (const element of index.ofKind(kind)) checkEdition(element, index, report);
    for (const element of index.ofKind('LegalAct')) checkAct(element, report);
  },
};
