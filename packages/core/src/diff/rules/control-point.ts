import { rule } from './types.js';

/**
 * Changes of control points and of the data fields that control points and
 * forms carry. Systems of ЕЦП and regions emit these events and fields, so a
 * removal or a change of a code breaks them.
 */
export const CONTROL_POINT_RULES = [
  rule('controlPoint.added', 'major', ['integrator', 'monitoring'], 'controlPoint.removed'),
  rule('controlPoint.removed', 'breaking', ['integrator', 'monitoring'], 'controlPoint.added'),
  rule('controlPoint.renamed', 'minor', ['integrator', 'monitoring'], 'self'),
  rule('controlPoint.idChanged', 'breaking', ['integrator', 'monitoring'], 'self'),
  rule('controlPoint.eventChanged', 'breaking', ['integrator', 'monitoring'], 'self'),
  rule('controlPoint.madeRequired', 'breaking', ['integrator'], 'controlPoint.madeOptional'),
  rule('controlPoint.madeOptional', 'minor', ['integrator'], 'controlPoint.madeRequired'),
  rule('dataField.added', 'major', ['integrator'], 'dataField.removed'),
  rule('dataField.removed', 'breaking', ['integrator'], 'dataField.added'),
  rule('dataField.renamed', 'editorial', ['integrator'], 'self'),
  rule('dataField.typeChanged', 'breaking', ['integrator'], 'self'),
  rule('dataField.madeRequired', 'breaking', ['integrator'], 'dataField.madeOptional'),
  rule('dataField.madeOptional', 'minor', ['integrator'], 'dataField.madeRequired'),
  rule('dataField.value.added', 'minor', ['integrator'], 'dataField.value.removed'),
  rule('dataField.value.removed', 'breaking', ['integrator'], 'dataField.value.added'),
];
