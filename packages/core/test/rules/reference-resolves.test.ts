import { referenceResolves } from '../../src/rules/reference-resolves.js';
import { testRule } from './rule-cases.js';

// Every reference by id leads to an element of the expected kind.
testRule(referenceResolves, {
  'valid-basic': [],
  'invalid-act-missing': [
    { messageId: 'rules.reference-resolves.missing', file: 'standard.yaml', line: 14, args: { id: 'law-1032', kind: { messageId: 'rules.kind.LegalAct' }} },
  ],
  'invalid-procedure-not-in-standard': [
    { messageId: 'rules.reference-resolves.missingIn', file: 'card.yaml', line: 35, args: { id: 'P9', kind: { messageId: 'rules.kind.Procedure' }, scope: 'std-adaptation' } },
  ],
  'invalid-role-given-as-form': [
    { messageId: 'rules.reference-resolves.wrongKind', file: 'card.yaml', line: 41, args: { id: 'specialist', kind: { messageId: 'rules.kind.Form' }, actualKind: { messageId: 'rules.kind.Role' }} },
  ],
  'invalid-role-misspelt': [
    { messageId: 'rules.reference-resolves.missing', file: 'card.yaml', line: 17, args: { id: 'specialst', kind: { messageId: 'rules.kind.Role' }} },
  ],
  'invalid-standard-missing': [
    { messageId: 'rules.reference-resolves.missing', file: 'card.yaml', line: 4, args: { id: 'std-unknown', kind: { messageId: 'rules.kind.Standard' }} },
  ],
});
