import type { OrganizationStandard, ProcessStandard } from '@tsmp/schema';
import type { LoadedArtifact } from '../repository/types.js';
import { STANDARD_KINDS } from './repository-index.js';
import type { Rule } from './types.js';

/**
 * An indicator with its own `effectiveFrom` (some 2024 standards bring an
 * indicator into force in 2026) starts inside the period of its edition.
 * ISO dates compare as strings.
 */
export const indicatorEffectiveDate: Rule = {
  id: 'indicator-effective-date',
  defaultSeverity: 'error',
  descriptionId: 'rules.indicator-effective-date.description',
  messageIds: ['rules.indicator-effective-date.beforeEdition', 'rules.indicator-effective-date.afterEdition'],
  check({ index, report }) {
    for (const element of STANDARD_KINDS.flatMap((kind) => index.ofKind(kind))) {
      const standard = element.artifact as LoadedArtifact<ProcessStandard | OrganizationStandard>;
      const { edition } = standard.data;
      const editionLocation = standard.positions.locate(['edition', 'effectiveFrom']);
      standard.data.indicators.forEach((indicator, i) => {
        const from = indicator.effectiveFrom;
        if (!from) return;
        const path = ['indicators', i, 'effectiveFrom'];
        const args = { indicator: indicator.id, number: indicator.number, date: from, editionFrom: edition.effectiveFrom, editionTo: edition.effectiveTo ?? null };
        if (from < edition.effectiveFrom) {
          report({ artifact: standard, path, messageId: 'rules.indicator-effective-date.beforeEdition', args, related: [editionLocation] });
        } else if (edition.effectiveTo && from > edition.effectiveTo) {
          report({ artifact: standard, path, messageId: 'rules.indicator-effective-date.afterEdition', args, related: [standard.positions.locate(['edition', 'effectiveTo'])] });
        }
      });
    }
  },
};
