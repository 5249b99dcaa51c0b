import type { CaseFilter } from '@tsmp/schema';
import type { CompileContext } from './context.js';
import { calendarJoins, needsCalendar, withinDeadlineSql } from './deadline.js';

let aliasCounter = 0;
function alias(prefix: string): string {
  aliasCounter = (aliasCounter + 1) % 1_000_000;
  return `${prefix}${aliasCounter}`;
}

function attributeSql(caseAlias: string, name: string, value: string | number | boolean, context: CompileContext): string {
  const a = alias('a');
  const match =
    typeof value === 'string'
      ? `${a}.text = ${context.dialect.quote(value)}`
      : `${a}.num = ${typeof value === 'boolean' ? (value ? 1 : 0) : value}`;
  return `EXISTS (SELECT 1 FROM event_attributes ${a} WHERE ${a}.case_id = ${caseAlias}.case_id AND ${a}.name = ${context.dialect.quote(name)} AND ${match})`;
}

/**
 * SQL predicate over the case row `caseAlias` that is true when the case
 * belongs to the filter's set: all `reached` points recorded, no
 * `notReached` point recorded, every attribute equal to its value on some
 * event of the case, and the `within` interval inside its deadline.
 */
export function caseFilterSql(filter: CaseFilter | undefined, caseAlias: string, context: CompileContext): string {
  if (!filter) return '1 = 1';
  const parts: string[] = [];
  for (const point of filter.reached) {
    const p = alias('p');
    parts.push(`EXISTS (SELECT 1 FROM points ${p} WHERE ${p}.cp = ${context.nameSql('cp', point)} AND ${p}.case_id = ${caseAlias}.case_id)`);
  }
  for (const point of filter.notReached) {
    const p = alias('p');
    parts.push(`NOT EXISTS (SELECT 1 FROM points ${p} WHERE ${p}.cp = ${context.nameSql('cp', point)} AND ${p}.case_id = ${caseAlias}.case_id)`);
  }
  for (const [name, value] of Object.entries(filter.attributes ?? {})) parts.push(attributeSql(caseAlias, name, value, context));
  if (filter.within) {
    const aliases = { from: alias('f'), to: alias('t'), fromDay: alias('cf'), toDay: alias('ct') };
    const joins = needsCalendar(filter.within.deadline.unit, filter.within.deadline.dayOffShift) ? calendarJoins(aliases) : '';
    parts.push(`EXISTS (SELECT 1 FROM points ${aliases.from} JOIN points ${aliases.to}
        ON ${aliases.to}.case_id = ${aliases.from}.case_id AND ${aliases.to}.cp = ${context.nameSql('cp', filter.within.to)}
      ${joins}
      WHERE ${aliases.from}.case_id = ${caseAlias}.case_id AND ${aliases.from}.cp = ${context.nameSql('cp', filter.within.from)}
        AND ${aliases.to}.ts >= ${aliases.from}.ts AND ${withinDeadlineSql(filter.within.deadline, aliases)})`);
  }
  return parts.length === 0 ? '1 = 1' : parts.join(' AND ');
}
