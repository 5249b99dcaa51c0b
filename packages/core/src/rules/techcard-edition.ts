import { cardScopes } from './tech-cards.js';
import type { Rule } from './types.js';

/**
 * A tech card that names the edition of its standard names the edition the
 * repository contains, because a card written for another edition may detail
 * procedures and deadlines that have since changed.
 */
export const techcardEdition: Rule = {
  id: 'techcard-edition',
  defaultSeverity: 'warning',
  descriptionId: 'rules.techcard-edition.description',
  messageIds: ['rules.techcard-edition.mismatch'],
  check({ index, report }) {
    for (const { card, standard } of cardScopes(index)) {
      const edition = card.data.edition;
      if (!standard || edition === undefined || edition === standard.data.edition.number) continue;
      report({
        artifact: card,
        path: ['edition'],
        messageId: 'rules.techcard-edition.mismatch',
        args: { card: card.id, edition, standard: standard.id, standardEdition: standard.data.edition.number },
        related: [standard.positions.locate(['edition', 'number'])],
      });
    }
  },
};
