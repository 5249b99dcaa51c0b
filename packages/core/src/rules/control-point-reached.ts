import type { TechCard } from '@tsmp/schema';
import type { LoadedArtifact } from '../repository/types.js';
import type { Rule } from './types.js';

/**
 * A control point defined in a tech card is the `controlPoint` of some
 * operation, unless it is marked `external`: otherwise no step of the
 * process records the event, and the indicators that read it stay empty.
 */
export const controlPointReached: Rule = {
  id: 'control-point-reached',
  defaultSeverity: 'warning',
  descriptionId: 'rules.control-point-reached.description',
  messageIds: ['rules.control-point-reached.unreached'],
  check({ index, report }) {
    const cards = index.ofKind('TechCard').map((element) => element.artifact as LoadedArtifact<TechCard>);
    const reached = new Set(cards.flatMap((card) => card.data.operations.map((operation) => operation.controlPoint)));
    for (const card of cards) {
      card.data.controlPoints.forEach((point, i) => {
        if (point.external || reached.has(point.id)) return;
        report({ artifact: card, path: ['controlPoints', i, 'id'], messageId: 'rules.control-point-reached.unreached', args: { controlPoint: point.id, event: point.event } });
      });
    }
  },
};
