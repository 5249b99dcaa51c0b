import type { PathSegment } from '../findings/finding.js';
import { cardScopes } from './tech-cards.js';
import type { Rule } from './types.js';

/**
 * A tech card details every mandatory procedure of its standard, or of its
 * service when it names one, because a procedure without operations has no
 * performer assigned. Procedures marked `optional` may be left out.
 */
export const techcardCoversProcedures: Rule = {
  id: 'techcard-covers-procedures',
  defaultSeverity: 'warning',
  descriptionId: 'rules.techcard-covers-procedures.description',
  messageIds: ['rules.techcard-covers-procedures.uncovered'],
  check({ index, report }) {
    for (const scope of cardScopes(index)) {
      const { card, standard } = scope;
      if (!standard) continue;
      const service = card.data.service ? standard.data.services.find((item) => item.id === card.data.service) : undefined;
      if (card.data.service && !service) continue;

      const serviceProcedures = service ? new Set(service.procedures) : undefined;
      const covered = new Set(card.data.operations.map((operation) => operation.procedure));
      const path: PathSegment[] = service ? ['service'] : ['standard'];
      for (const [id, { procedure, index: i }] of scope.procedures) {
        if (procedure.optional || covered.has(id) || (serviceProcedures && !serviceProcedures.has(id))) continue;
        report({
          artifact: card,
          path,
          messageId: 'rules.techcard-covers-procedures.uncovered',
          args: { procedure: id, number: procedure.number, name: procedure.name, standard: standard.id },
          related: [standard.positions.locate(['procedures', i])],
        });
      }
    }
  },
};
