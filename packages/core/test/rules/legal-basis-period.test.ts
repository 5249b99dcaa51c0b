import { legalBasisPeriod } from '../../src/rules/legal-basis-period.js';
import { testRule } from './rule-cases.js';

// The legal basis is the one in force when the edition takes effect.
testRule(legalBasisPeriod, {
  'valid-2022-edition-under-1032-1': [],
  'valid-basic': [],
  'invalid-2023-edition-under-565': [
    { messageId: 'rules.legal-basis-period.actNotYetInForce', file: 'standard.yaml', line: 12, args: { act: 'law-565', number: '565-ФЗ', actFrom: '2024-01-01', date: '2023-06-01' } },
    { messageId: 'rules.legal-basis-period.outsidePeriod', file: 'standard.yaml', line: 12, args: { basis: 'часть 2 статьи 16 Федерального закона от 12.12.2023 № 565-ФЗ «О занятости населения в Российской Федерации»', date: '2023-06-01', period: { messageId: 'rules.period.from', args: { from: '2024-01-01' } } } },
    { messageId: 'rules.legal-basis-period.missing', file: 'standard.yaml', line: 12, args: { date: '2023-06-01', expected: 'пункт 8 статьи 15 Закона Российской Федерации от 19.04.1991 № 1032-1 «О занятости населения в Российской Федерации»' } },
  ],
  'invalid-2025-edition-under-1032-1': [
    { messageId: 'rules.legal-basis-period.actRepealed', file: 'standard.yaml', line: 14, args: { act: 'law-1032', number: '1032-1', repealedOn: '2024-01-01', date: '2025-03-01' } },
    { messageId: 'rules.legal-basis-period.outsidePeriod', file: 'standard.yaml', line: 14, args: { basis: 'пункт 8 статьи 15 Закона Российской Федерации от 19.04.1991 № 1032-1 «О занятости населения в Российской Федерации»', date: '2025-03-01', period: { messageId: 'rules.period.to', args: { to: '2023-12-31' } } } },
    { messageId: 'rules.legal-basis-period.missing', file: 'standard.yaml', line: 14, args: { date: '2025-03-01', expected: 'часть 2 статьи 16 Федерального закона от 12.12.2023 № 565-ФЗ «О занятости населения в Российской Федерации»' } },
  ],
  'invalid-wrong-part-of-565': [
    { messageId: 'rules.legal-basis-period.missing', file: 'standard.yaml', line: 14, args: { date: '2025-03-01', expected: 'часть 2 статьи 16 Федерального закона от 12.12.2023 № 565-ФЗ «О занятости населения в Российской Федерации»' } },
  ],
});
