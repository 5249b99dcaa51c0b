import { z } from 'zod';
import { artifactKind, described, Id, LegalRef, LocalDate, RecordGaps, Source, Text } from './common.js';
import { Edition } from './edition.js';
import { ChecklistQuestion } from './indicator.js';
import { Annex, TextPoint } from './process-standard.js';

export const ChecklistIndicator = described(
  z.strictObject({
    id: Id,
    number: z.string().min(1).meta({ title: 'Номер', description: 'Номер показателя.' }),
    name: Text.meta({ title: 'Наименование', description: 'Наименование показателя; в мониторинге обычно оканчивается на «, балл».' }),
    section: z.string().optional().meta({ title: 'Раздел', description: 'Раздел стандарта, к которому относится показатель.' }),
    level: z.enum(['authority', 'managingCentre', 'territorialCentre']).meta({
      title: 'Уровень',
      description: 'authority — орган СЗН, managingCentre — управляющий ЦЗН (УЦЗН), territorialCentre — территориальный ЦЗН.',
    }),
    questions: z.array(ChecklistQuestion).min(1).meta({ title: 'Вопросы', description: 'Вопросы чек-листа, на которые ссылается формула.' }),
    formula: z.string().min(1).meta({ title: 'Формула', description: 'Логическое выражение над вопросами: «q1 && q2», «q1 || (q2 && !q3)».' }),
    points: z.number().nonnegative().meta({ title: 'Баллы', description: 'Сколько баллов даёт выполненная формула.' }),
    evidence: z.array(z.string()).default([]).meta({ title: 'Подтверждающие документы', description: 'Документы, по которым проверяется ответ.' }),
    refersTo: z.string().optional().meta({ title: 'Пункт стандарта', description: 'Пункт стандарта, выполнение которого проверяется.' }),
    effectiveFrom: LocalDate.optional().meta({ title: 'Действует с', description: 'Дата, с которой показатель применяется.' }),
    source: Source.optional(),
  }),
  'Показатель-чек-лист',
  'Показатель, оцениваемый в баллах по логической формуле над ответами на вопросы.',
);
export type ChecklistIndicator = z.infer<typeof ChecklistIndicator>;

export const OrganizationStandard = described(
  z.strictObject({
    kind: artifactKind('OrganizationStandard'),
    id: Id,
    title: Text,
    edition: Edition,
    legalBasis: z.array(LegalRef).min(1).meta({ title: 'Правовое основание', description: 'Нормы, на основании которых издан стандарт.' }),
    terms: z
      .array(z.strictObject({ id: Id, term: Text, definition: z.string().optional().meta({ title: 'Определение', description: 'Определение термина, если документ его даёт.' }), source: Source.optional() }))
      .default([])
      .meta({ title: 'Термины', description: 'Термины, которые документ применяет единообразно.' }),
    sections: z
      .array(
        z.strictObject({
          id: Id,
          number: z.string().min(1).meta({ title: 'Номер раздела', description: 'Номер раздела римскими цифрами.' }),
          title: Text,
          points: z.array(TextPoint).default([]).meta({ title: 'Пункты', description: 'Пункты раздела.' }),
          source: Source.optional(),
        }),
      )
      .min(1).meta({ title: 'Разделы', description: 'Разделы требований стандарта.' }),
    indicators: z.array(ChecklistIndicator).default([]).meta({ title: 'Показатели', description: 'Показатели исполнения стандарта, оцениваемые по чек-листам.' }),
    annexes: z.array(Annex).default([]).meta({ title: 'Приложения', description: 'Приложения к стандарту.' }),
    source: Source.optional(),
    gaps: RecordGaps,
  }),
  'Стандарт организации деятельности',
  'Стандарт организации деятельности органов службы занятости: разделы требований и показатели-чек-листы.',
);
export type OrganizationStandard = z.infer<typeof OrganizationStandard>;
