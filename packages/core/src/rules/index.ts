import { checklistFormulaQuestions } from './checklist-formula-questions.js';
import { controlPointReached } from './control-point-reached.js';
import { deadlineUnitsMixed } from './deadline-units-mixed.js';
import { editionDatesOrdered } from './edition-dates-ordered.js';
import { indicatorCalculationPoints } from './indicator-calculation-points.js';
import { indicatorDataSource } from './indicator-data-source.js';
import { indicatorEffectiveDate } from './indicator-effective-date.js';
import { legalBasisPeriod } from './legal-basis-period.js';
import { numberSequence } from './number-sequence.js';
import { operationDeadlineExceedsProcedure } from './operation-deadline-exceeds-procedure.js';
import { operationPerformerResult } from './operation-performer-result.js';
import { procedureAfterCycle } from './procedure-after-cycle.js';
import { procedureDeadlineFit } from './procedure-deadline-fit.js';
import { procedureOrder } from './procedure-order.js';
import { referenceResolves } from './reference-resolves.js';
import { techcardCoversProcedures } from './techcard-covers-procedures.js';
import { techcardEdition } from './techcard-edition.js';
import type { Rule } from './types.js';
import { uniqueIds } from './unique-ids.js';

export type { Rule, RuleContext, RuleProblem } from './types.js';
export { buildRepositoryIndex, INDEX_KINDS, GLOBAL_KINDS, STANDARD_KINDS } from './repository-index.js';
export type { IndexKind, IndexedElement, RepositoryIndex } from './repository-index.js';
export { runRules, RULE_ERROR_ID } from './run-rules.js';
export { LEGAL_BASIS_PERIODS } from './legal-basis-periods.js';
export type { LegalBasisPeriod } from './legal-basis-periods.js';
export { REFERENCE_SITES } from './reference-sites.js';
export { rulesMessages } from './messages.js';

/** Every semantic rule of `tsmp validate`, in the order they run. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  referenceResolves,
  operationPerformerResult,
  numberSequence,
  procedureOrder,
  procedureAfterCycle,
  operationDeadlineExceedsProcedure,
  procedureDeadlineFit,
  deadlineUnitsMixed,
  techcardCoversProcedures,
  techcardEdition,
  controlPointReached,
  indicatorDataSource,
  indicatorCalculationPoints,
  checklistFormulaQuestions,
  indicatorEffectiveDate,
  editionDatesOrdered,
  legalBasisPeriod,
];

/** Finds the rule with this id. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
