import { techcardEdition } from '../../src/rules/techcard-edition.js';
import { testRule } from './rule-cases.js';

// A tech card names the edition of its standard that the repository contains.
testRule(techcardEdition, {
  'valid-basic': [],
  'valid-same-edition': [],
  'invalid-older-edition': [
    { messageId: 'rules.techcard-edition.mismatch', file: 'card.yaml', line: 5, args: { card: 'card-adaptation', edition: 1, standard: 'std-adaptation', standardEdition: 2 } },
  ],
});
