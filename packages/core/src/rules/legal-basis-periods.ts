import type { ArtifactKind, LEGAL_ACT_TYPES } from '@tsmp/schema';

/**
 * A norm that served as the legal basis of standards during a period. The
 * rule `legal-basis-period` reads this table; a new law is a new row, not
 * new code.
 */
export interface LegalBasisPeriod {
  /** The act, matched by the `type` and `number` of a LegalAct of the repository. */
  act: { type: (typeof LEGAL_ACT_TYPES)[number]; number: string };
  article?: string;
  part?: string;
  point?: string;
  /** First and last day (inclusive) of editions that take effect under this basis; open when absent. */
  from?: string;
  to?: string;
  /** Kinds of standards the basis is required for. */
  appliesTo: readonly ArtifactKind[];
  /** The norm as standards cite it, shown in messages. */
  wording: string;
}

/**
 * Bases of process standards. Standards that take effect from 1 January
 * 2024 on are issued under part 2 of article 16 of 565-ФЗ; the standards of
 * 2022–2023 under point 8 of article 15 of the law 1032-1. The periods are
 * narrowed further by the acts' own `effectiveFrom` and `repealedOn` when
 * the repository's catalogue gives them.
 */
export const LEGAL_BASIS_PERIODS: readonly LegalBasisPeriod[] = [
  {
    act: { type: 'law', number: '1032-1' },
    article: '15',
    point: '8',
    // NOTE: point 8 was added by 219-ФЗ of 28.06.2021; the day it took effect is not verified, so no lower bound.
    to: '2023-12-31',
    appliesTo: ['ProcessStandard'],
    wording: 'пункт 8 статьи 15 Закона Российской Федерации от 19.04.1991 № 1032-1 «О занятости населения в Российской Федерации»',
  },
  {
    act: { type: 'federalLaw', number: '565-ФЗ' },
    article: '16',
    part: '2',
    from: '2024-01-01',
    appliesTo: ['ProcessStandard'],
    wording: 'часть 2 статьи 16 Федерального закона от 12.12.2023 № 565-ФЗ «О занятости населения в Российской Федерации»',
  },
];
