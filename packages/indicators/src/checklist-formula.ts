import { TsmpError } from '@tsmp/core';

/** A boolean formula over checklist question ids: `q1 && (q2 || !q3)`. */
export type Formula =
  | { op: 'var'; id: string }
  | { op: 'const'; value: boolean }
  | { op: 'not'; operand: Formula }
  | { op: 'and' | 'or'; left: Formula; right: Formula };

const TOKEN = /\s*(&&|\|\||!|\(|\)|[A-Za-z0-9А-Яа-яЁё_][A-Za-z0-9А-Яа-яЁё._-]*)/uy;
const WORDS: Record<string, string> = { and: '&&', or: '||', not: '!', и: '&&', или: '||', не: '!' };

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new TsmpError('indicators.formula.invalid', { formula: text, position: start + 1 });
    const token = match[1] as string;
    tokens.push(WORDS[token.toLowerCase()] ?? token);
  }
  return tokens;
}

/**
 * Parses a checklist formula. `&&` binds tighter than `||`, and `!` tighter
 * than both. The words `and`, `or`, `not` (and Russian `и`, `или`, `не`) are
 * accepted too, and `true` and `false` are constants. Raises `TsmpError` with
 * the formula on a syntax error.
 */
export function parseFormula(text: string): Formula {
  const tokens = tokenize(text);
  let position = 0;
  const fail = (): never => {
    throw new TsmpError('indicators.formula.invalid', { formula: text, position: position + 1 });
  };
  const parseOr = (): Formula => {
    let left = parseAnd();
    while (tokens[position] === '||') {
      position += 1;
      left = { op: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): Formula => {
    let left = parseUnary();
    while (tokens[position] === '&&') {
      position += 1;
      left = { op: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): Formula => {
    const token = tokens[position];
    if (token === undefined) return fail();
    position += 1;
    if (token === '!') return { op: 'not', operand: parseUnary() };
    if (token === '(') {
      const inner = parseOr();
      if (tokens[position] !== ')') return fail();
      position += 1;
      return inner;
    }
    if (token === ')' || token === '&&' || token === '||') return fail();
    if (token === 'true' || token === 'false') return { op: 'const', value: token === 'true' };
    return { op: 'var', id: token };
  };
  const formula = parseOr();
  if (position !== tokens.length) fail();
  return formula;
}

/** Lists the question ids a formula reads. */
export function formulaVariables(formula: Formula, into = new Set<string>()): Set<string> {
  if (formula.op === 'var') into.add(formula.id);
  else if (formula.op === 'not') formulaVariables(formula.operand, into);
  else if (formula.op === 'and' || formula.op === 'or') {
    formulaVariables(formula.left, into);
    formulaVariables(formula.right, into);
  }
  return into;
}

/** Evaluates a formula; a question without an answer counts as «no». */
export function evaluateFormula(formula: Formula, answer: (id: string) => boolean): boolean {
  switch (formula.op) {
    case 'var':
      return answer(formula.id);
    case 'const':
      return formula.value;
    case 'not':
      return !evaluateFormula(formula.operand, answer);
    case 'and':
      return evaluateFormula(formula.left, answer) && evaluateFormula(formula.right, answer);
    case 'or':
      return evaluateFormula(formula.left, answer) || evaluateFormula(formula.right, answer);
  }
}

/** Renders a formula as an SQL boolean expression; `variable` gives the SQL of one answered question. */
export function formulaToSql(formula: Formula, variable: (id: string) => string): string {
  switch (formula.op) {
    case 'var':
      return variable(formula.id);
    case 'const':
      return formula.value ? '(1 = 1)' : '(1 = 0)';
    case 'not':
      return `(NOT ${formulaToSql(formula.operand, variable)})`;
    case 'and':
      return `(${formulaToSql(formula.left, variable)} AND ${formulaToSql(formula.right, variable)})`;
    case 'or':
      return `(${formulaToSql(formula.left, variable)} OR ${formulaToSql(formula.right, variable)})`;
  }
}
