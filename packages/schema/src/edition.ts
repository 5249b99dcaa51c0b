import { z } from 'zod';
import { described, LegalRef, LocalDate, ref } from './common.js';

export const EDITION_STATUSES = ['draft', 'review', 'approved', 'inForce', 'repealed'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export const Edition = described(
  z.strictObject({
    number: z.number().int().positive().meta({ title: 'Номер редакции', description: '1 — первоначальная редакция, далее по порядку изменений.' }),
    status: z.enum(EDITION_STATUSES).meta({
      title: 'Статус',
      description: 'draft — проект, review — на согласовании, approved — утверждена, inForce — действует, repealed — утратила силу.',
    }),
    approvedBy: LegalRef.optional().meta({ title: 'Утверждена актом', description: 'Акт, которым утверждена редакция (приказ и пункт).' }),
    amendedBy: z.array(LegalRef).default([]).meta({ title: 'Изменена актами', description: 'Акты, которыми внесены изменения, вошедшие в эту редакцию.' }),
    effectiveFrom: LocalDate.meta({ title: 'Действует с', description: 'Дата вступления редакции в силу.' }),
    effectiveTo: LocalDate.optional().meta({ title: 'Действует по', description: 'Последний день действия редакции, если известен.' }),
    transition: z
      .enum(['editionAtCaseStart', 'editionInForce'])
      .default('editionAtCaseStart')
      .meta({
        title: 'Переходное правило',
        description: 'editionAtCaseStart — случай, начатый при прежней редакции, ведётся по ней до конца; editionInForce — по редакции, действующей на дату операции.',
      }),
    supersedes: ref('стандарт').optional().meta({ title: 'Заменяет', description: 'Идентификатор стандарта или редакции, которую заменяет эта.' }),
  }),
  'Редакция',
  'Номер, статус, утверждающий акт и даты действия редакции документа.',
);
export type Edition = z.infer<typeof Edition>;
