import { procedureDeadlineFit } from '../../src/rules/procedure-deadline-fit.js';
import { testRule } from './rule-cases.js';

// The operations of a procedure, one after another, fit into its deadline.
testRule(procedureDeadlineFit, {
  'valid-basic': [],
  'valid-parallel-operations': [],
  'invalid-minutes-overflow-day': [
    { messageId: 'rules.procedure-deadline-fit.exceeds', file: 'card.yaml', line: 16, args: { procedure: 'P1', procedureDeadline: 'в день подачи заявления', count: 2, total: { messageId: 'rules.deadline.total', args: { scale: 'time', days: 0, minutes: 500 }} } },
  ],
  'invalid-two-days-in-one': [
    { messageId: 'rules.procedure-deadline-fit.exceeds', file: 'card.yaml', line: 35, args: { procedure: 'P2', procedureDeadline: 'не позднее следующего рабочего дня', count: 2, total: { messageId: 'rules.deadline.total', args: { scale: 'working', days: 2, minutes: 0 }} } },
  ],
});
