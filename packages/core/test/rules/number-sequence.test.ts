import { describe, expect, it } from 'vitest';
import { follows, numberSequence } from '../../src/rules/number-sequence.js';
import { testRule } from './rule-cases.js';

// Numbers go in order without gaps or repeats.
testRule(numberSequence, {
  'valid-basic': [],
  'valid-upper-level-next': [],
  'invalid-indicators-from-two': [
    { messageId: 'rules.number-sequence.notFromOne', file: 'standard.yaml', line: 56, args: { number: '2' } },
  ],
  'invalid-operation-gap': [
    { messageId: 'rules.number-sequence.gap', file: 'card.yaml', line: 33, args: { number: '2.2', previous: '1.2' } },
  ],
  'invalid-procedure-repeat': [
    { messageId: 'rules.number-sequence.repeat', file: 'standard.yaml', line: 41, args: { number: '1' } },
  ],
});

describe('follows', () => {
  const cases: [string, string, boolean][] = [
    ['1.2', '1.3', true],
    ['2', '2.1', true],
    ['2.3', '3', true],
    ['1.2', '2.1', true],
    ['1.2', '1.4', false],
    ['2', '2.2', false],
    ['1.2', '2.2', false],
    ['1.1', '1', false],
    ['3', '2', false],
  ];
  for (const [previous, next, expected] of cases) {
    it(`${previous} then ${next}`, () => {
      expect(follows(previous.split('.').map(Number), next.split('.').map(Number))).toBe(expected);
    });
  }
});
