import type { LegalAct, LegalRef } from '@tsmp/schema';
import type { MessageRef } from '../i18n/types.js';
import type { LoadedArtifact } from '../repository/types.js';
import { LEGAL_BASIS_PERIODS, type LegalBasisPeriod } from './legal-basis-periods.js';
import type { RepositoryIndex } from './repository-index.js';
import type { Rule, RuleContext } from './types.js';

type Standard = { id: string; edition: { effectiveFrom: string }; legalBasis: LegalRef[] };

function normalize(value: string | undefined): string {
  return (value ?? '').replace(/[\s№]/g, '').toUpperCase();
}

function citesPeriod(ref: LegalRef, act: LegalAct, period: LegalBasisPeriod): boolean {
  return (
    act.type === period.act.type &&
    normalize(act.number) === normalize(period.act.number) &&
    (period.article === undefined || normalize(ref.article) === normalize(period.article)) &&
    (period.part === undefined || normalize(ref.part) === normalize(period.part)) &&
    (period.point === undefined || normalize(ref.point) === normalize(period.point))
  );
}

function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Computes the period of a basis, narrowed by the act's own dates when the repository has the act. */
function periodBounds(period: LegalBasisPeriod, act: LegalAct | undefined): { from?: string; to?: string } {
  const actTo = act?.repealedOn ? previousDay(act.repealedOn) : undefined;
  const from = [period.from, act?.effectiveFrom].filter((d): d is string => !!d).sort().at(-1);
  const to = [period.to, actTo].filter((d): d is string => !!d).sort()[0];
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Refers to a period's wording: «не ранее …», «не позднее …» or «с … по …». */
function periodRef(bounds: { from?: string; to?: string }): MessageRef {
  if (bounds.from && bounds.to) return { messageId: 'rules.period.between', args: { from: bounds.from, to: bounds.to } };
  if (bounds.from) return { messageId: 'rules.period.from', args: { from: bounds.from } };
  return { messageId: 'rules.period.to', args: { to: bounds.to ?? null } };
}

function inside(date: string, bounds: { from?: string; to?: string }): boolean {
  return (!bounds.from || date >= bounds.from) && (!bounds.to || date <= bounds.to);
}

function actOf(index: RepositoryIndex, period: LegalBasisPeriod): LegalAct | undefined {
  return index
    .ofKind('LegalAct')
    .map((element) => element.data as unknown as LegalAct)
    .find((act) => act.type === period.act.type && normalize(act.number) === normalize(period.act.number));
}

function checkStandard(artifact: LoadedArtifact, index: RepositoryIndex, report: RuleContext['report']): void {
  const standard = artifact.data as unknown as Standard;
  const date = standard.edition.effectiveFrom;
  const periods = LEGAL_BASIS_PERIODS.filter((period) => period.appliesTo.includes(artifact.kind));
  let citesExpected = false;

  standard.legalBasis.forEach((ref, j) => {
    const element = index.find('LegalAct', ref.act);
    if (!element) return;
    const act = element.data as unknown as LegalAct;
    const path = ['legalBasis', j, 'act'];
    const related = [element.artifact.positions.locate(element.path)];
    const actFrom = act.effectiveFrom ?? act.date;
    if (actFrom > date) {
      report({ artifact, path, messageId: 'rules.legal-basis-period.actNotYetInForce', args: { act: act.id, number: act.number, actFrom, date }, related });
    } else if (act.repealedOn && act.repealedOn <= date) {
      report({ artifact, path, messageId: 'rules.legal-basis-period.actRepealed', args: { act: act.id, number: act.number, repealedOn: act.repealedOn, date }, related });
    }

    for (const period of periods.filter((candidate) => citesPeriod(ref, act, candidate))) {
      const bounds = periodBounds(period, act);
      if (inside(date, bounds)) citesExpected = true;
      else report({ artifact, path, messageId: 'rules.legal-basis-period.outsidePeriod', args: { basis: period.wording, date, period: periodRef(bounds) } });
    }
  });

  const expected = periods.filter((period) => inside(date, periodBounds(period, actOf(index, period))));
  if (expected.length > 0 && !citesExpected) {
    report({
      artifact,
      path: ['legalBasis'],
      messageId: 'rules.legal-basis-period.missing',
      args: { date, expected: expected.map((period) => period.wording).join('; ') },
    });
  }
}

/**
 * A standard cites the legal basis in force on the day its edition takes
 * effect, by the table of bases in `legal-basis-periods.ts`, and every act
 * of its basis is in force on that day by the act's own dates.
 */
export const legalBasisPeriod: Rule = {
  id: 'legal-basis-period',
  defaultSeverity: 'error',
  descriptionId: 'rules.legal-basis-period.description',
  messageIds: ['rules.legal-basis-period.missing', 'rules.legal-basis-period.outsidePeriod', 'rules.legal-basis-period.actNotYetInForce', 'rules.legal-basis-period.actRepealed'],
  check({ index, report }) {
    for (const element of [...index.ofKind('ProcessStandard'), ...index.ofKind('OrganizationStandard')]) checkStandard(element.artifact, index, report);
  },
};
