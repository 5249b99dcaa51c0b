import { checklistFormulaQuestions } from '../../src/rules/checklist-formula-questions.js';
import { testRule } from './rule-cases.js';

// A checklist formula names only questions of its own indicator.
testRule(checklistFormulaQuestions, {
  'valid-basic': [],
  'valid-words-and-brackets': [],
  'invalid-question-of-other-indicator': [
    { messageId: 'rules.checklist-formula-questions.unknown', file: 'standard.yaml', line: 86, args: { indicator: 'I2', number: '2', names: 'q1, q2', count: 2, questions: 'info-1, info-2' } },
  ],
  'invalid-unknown-question': [
    { messageId: 'rules.checklist-formula-questions.unknown', file: 'organization-standard.yaml', line: 28, args: { indicator: 'org-1', number: '1', names: 'q4', count: 1, questions: 'q1, q2, q3' } },
  ],
});
