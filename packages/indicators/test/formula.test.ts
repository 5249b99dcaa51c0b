import { describe, expect, it } from 'vitest';
import { TsmpError } from '@tsmp/core';
import { evaluateFormula, formulaToSql, formulaVariables, parseFormula } from '../src/checklist-formula.js';

describe('checklist formula', () => {
  const answers = { q1: true, q2: false, q3: true };
  const answer = (id: string) => answers[id as keyof typeof answers] ?? false;

  it.each([
    ['q1 && q2', false],
    ['q1 || q2', true],
    ['q1 && (q2 || !q3)', false],
    ['!q2 && q3', true],
    ['q2 || q1 && q3', true],
    ['q1 и не q2', true],
    ['true && q4', false],
  ])('evaluates %s', (formula, expected) => {
    expect(evaluateFormula(parseFormula(formula), answer)).toBe(expected);
  });

  it('lists variables and renders SQL', () => {
    const formula = parseFormula('q1 && (q2 || !q3)');
    expect([...formulaVariables(formula)]).toEqual(['q1', 'q2', 'q3']);
    expect(formulaToSql(formula, (id) => id)).toBe('(q1 AND (q2 OR (NOT q3)))');
  });

  it.each(['q1 &&', '(q1', 'q1 q2', '&& q1', 'q1 # q2'])('rejects %s', (formula) => {
    expect(() => parseFormula(formula)).toThrowError(TsmpError);
  });
});
