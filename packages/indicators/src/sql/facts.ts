import type { CaseFilter } from '@tsmp/schema';
import { formulaToSql, parseFormula, formulaVariables } from '../checklist-formula.js';
import type { IndicatorDefinition } from '../definitions.js';
import type { CompileContext } from './context.js';
import { calendarJoins, durationSql, needsCalendar, withinDeadlineSql } from './deadline.js';
import { caseFilterSql } from './filter.js';
import { periodSql } from './period.js';

/**
 * Rows of one definition, one per counted case or event, with the columns
 * `region, centre, service, period` and either `num, den` (shape `ratio`,
 * additive) or `value` (shape `sample`, a duration in base units).
 */
export interface FactQuery {
  shape: 'ratio' | 'sample';
  sql: string;
}

const GROUP_COLUMNS = 'c.region AS region, c.centre AS centre, c.service AS service';

function scopeSql(definition: IndicatorDefinition, context: CompileContext): string {
  return `c.standard = ${context.nameSql('standard', definition.standard)} AND c.edition = ${definition.edition} AND c.start_day >= ${definition.fromDay}`;
}

function rangeSql(monthSql: string, context: CompileContext): string {
  return `${monthSql} BETWEEN ${context.range.fromMonth} AND ${context.range.toMonth}`;
}

function caseFacts(definition: IndicatorDefinition, context: CompileContext, numerator: string, denominatorFilter: string): string {
  return `SELECT ${GROUP_COLUMNS}, ${periodSql('c.start_ym', context.step, context.dialect)} AS period,
      ${numerator} AS num, 1 AS den
    FROM cases c
    WHERE ${scopeSql(definition, context)} AND ${rangeSql('c.start_ym', context)} AND ${denominatorFilter}`;
}

interface IntervalParts {
  from: string;
  to: string;
  calendar: boolean;
  cases: CaseFilter | undefined;
}

/** Cases with both points, the `to` point in the report range; the period is the month of `to`. */
function intervalFacts(definition: IndicatorDefinition, context: CompileContext, parts: IntervalParts, select: string): string {
  const aliases = { from: 'f', to: 't', fromDay: 'cf', toDay: 'ct' };
  return `SELECT ${GROUP_COLUMNS}, ${periodSql('t.ym', context.step, context.dialect)} AS period, ${select}
    FROM cases c
    JOIN points f ON f.case_id = c.case_id AND f.cp = ${context.nameSql('cp', parts.from)}
    JOIN points t ON t.case_id = c.case_id AND t.cp = ${context.nameSql('cp', parts.to)}
    ${parts.calendar ? calendarJoins(aliases) : ''}
    WHERE ${scopeSql(definition, context)} AND ${rangeSql('t.ym', context)} AND t.ts >= f.ts
      AND ${caseFilterSql(parts.cases, 'c', context)}`;
}

function checklistFacts(definition: IndicatorDefinition, context: CompileContext, formulaText: string): string {
  const formula = parseFormula(formulaText);
  const variables = [...formulaVariables(formula)];
  const columnOf = new Map(variables.map((id, index) => [id, `q${index}`]));
  const pivots = variables.map((id) => `MAX(CASE WHEN name = ${context.dialect.quote(id)} THEN num END) AS ${columnOf.get(id)}`);
  const condition = formulaToSql(formula, (id) => `COALESCE(a.${columnOf.get(id)}, 0) <> 0`);
  return `SELECT ${GROUP_COLUMNS}, ${periodSql('a.ym', context.step, context.dialect)} AS period,
      CASE WHEN ${condition} THEN 1 ELSE 0 END AS num, 1 AS den
    FROM (SELECT case_id, ts, MAX(ym) AS ym${pivots.length > 0 ? `, ${pivots.join(', ')}` : ''}
          FROM event_attributes WHERE cp = ${context.nameSql('cp', definition.indicatorId)} GROUP BY case_id, ts) a
    JOIN cases c ON c.case_id = a.case_id
    WHERE ${scopeSql(definition, context)} AND ${rangeSql('a.ym', context)}`;
}

/** Compiles one definition to the SQL of its fact rows. */
export function compileFacts(definition: IndicatorDefinition, context: CompileContext): FactQuery {
  const calculation = definition.calculation;
  switch (calculation.kind) {
    case 'count':
      return { shape: 'ratio', sql: caseFacts(definition, context, '1', caseFilterSql(calculation.cases, 'c', context)) };
    case 'share': {
      const numerator = `CASE WHEN ${caseFilterSql(calculation.numerator, 'c', context)} THEN 1 ELSE 0 END`;
      return { shape: 'ratio', sql: caseFacts(definition, context, numerator, caseFilterSql(calculation.denominator, 'c', context)) };
    }
    case 'duration':
    case 'relativeToNationalMean': {
      const parts = { from: calculation.from, to: calculation.to, calendar: needsCalendar(calculation.unit), cases: calculation.cases };
      const value = durationSql(calculation.unit, { from: 'f', to: 't', fromDay: 'cf', toDay: 'ct' }, context.dialect);
      return { shape: 'sample', sql: intervalFacts(definition, context, parts, `${value} AS value`) };
    }
    case 'shareWithinDeadline': {
      const deadline = definition.deadline;
      if (!deadline) throw new Error(`Definition ${definition.indicatorId} has no deadline`);
      const parts = { from: calculation.from, to: calculation.to, calendar: needsCalendar(deadline.unit, deadline.dayOffShift), cases: calculation.cases };
      const within = withinDeadlineSql(deadline, { from: 'f', to: 't', fromDay: 'cf', toDay: 'ct' });
      return { shape: 'ratio', sql: intervalFacts(definition, context, parts, `CASE WHEN ${within} THEN 1 ELSE 0 END AS num, 1 AS den`) };
    }
    case 'checklist':
      return { shape: 'ratio', sql: checklistFacts(definition, context, calculation.formula) };
    case 'surveyAverage':
      return {
        shape: 'ratio',
        sql: `SELECT ${GROUP_COLUMNS}, ${periodSql('a.ym', context.step, context.dialect)} AS period, a.num AS num, 1 AS den
          FROM event_attributes a JOIN cases c ON c.case_id = a.case_id
          WHERE a.cp = ${context.nameSql('cp', calculation.controlPoint)} AND a.name = ${context.dialect.quote(calculation.field)}
            AND a.num >= 1 AND a.num <= ${calculation.scaleMax}
            AND ${scopeSql(definition, context)} AND ${rangeSql('a.ym', context)}`,
      };
  }
}
