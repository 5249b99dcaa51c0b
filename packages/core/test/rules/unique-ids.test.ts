import { uniqueIds } from '../../src/rules/unique-ids.js';
import { testRule } from './rule-cases.js';

// Ids of global elements are unique in the repository, others in their list.
testRule(uniqueIds, {
  'valid-basic': [],
  'valid-field-ids-in-two-forms': [],
  'invalid-operation-repeated': [
    { messageId: 'rules.unique-ids.duplicateLocal', file: 'card.yaml', line: 32, args: { id: 'OP-2', kind: { messageId: 'rules.kind.Operation' }, firstKind: { messageId: 'rules.kind.Operation' }, firstFile: 'card.yaml' } },
  ],
  'invalid-point-named-as-role': [
    { messageId: 'rules.unique-ids.duplicateGlobal', file: 'catalog.yaml', line: 18, args: { id: 'specialist', kind: { messageId: 'rules.kind.Role' }, firstKind: { messageId: 'rules.kind.ControlPoint' }, firstFile: 'card.yaml' } },
  ],
  'invalid-role-in-two-files': [
    { messageId: 'rules.unique-ids.duplicateGlobal', file: 'role.yaml', line: 2, args: { id: 'specialist', kind: { messageId: 'rules.kind.Role' }, firstKind: { messageId: 'rules.kind.Role' }, firstFile: 'catalog.yaml' } },
  ],
});
