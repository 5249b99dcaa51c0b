import { z } from 'zod';
import { artifactKind, described, Description, Id, LegalRef, RecordGaps, ref, Source, Text } from './common.js';
import { Deadline } from './deadline.js';
import { Edition } from './edition.js';
import { Indicator } from './indicator.js';

export const SUBJECT_TYPES = ['power', 'publicService', 'supportMeasure'] as const;
export const PROVISION_CHANNELS = ['ecp', 'inPerson', 'mail', 'mfc'] as const;

/** A numbered point of the document text, kept as the document words it. */
export const TextPoint = described(
  z.strictObject({
    id: Id,
    number: z.string().min(1).meta({ title: 'Номер пункта', description: 'Номер пункта в документе, например «7» или «12.1».' }),
    text: Text,
    paraphrase: z.boolean().optional().meta({
      title: 'Пересказ',
      description: 'true — текст пункта не опубликован и записан пересказом по источнику; при выводе он помечается как пересказ, а не официальная формулировка.',
    }),
    source: Source.optional(),
  }),
  'Пункт',
  'Нумерованный пункт текста документа.',
);
export type TextPoint = z.infer<typeof TextPoint>;

export const RequiredItem = described(
  z.strictObject({
    id: Id,
    name: Text,
    itemKind: z.enum(['document', 'dataItem']).meta({ title: 'Вид', description: 'document — документ, dataItem — сведения.' }),
    origin: z.enum(['applicant', 'interagencyRequest', 'ecp']).meta({
      title: 'Кто представляет',
      description: 'applicant — заявитель по собственной инициативе или обязательно, interagencyRequest — запрашивается по межведомственному запросу (СМЭВ), ecp — имеется на ЕЦП.',
    }),
    required: z.boolean().default(true).meta({ title: 'Обязательный', description: 'Обязательно ли представление: false — представляется по желанию заявителя.' }),
    form: ref('форма').optional(),
    condition: z.string().optional().meta({ title: 'Условие', description: 'В каком случае требуется.' }),
    source: Source.optional(),
  }),
  'Документ или сведения',
  'Документ или сведения, необходимые для осуществления полномочия, с указанием, кто их представляет.',
);

export const Result = described(
  z.strictObject({
    id: Id,
    name: Text,
    form: ref('форма').optional(),
    source: Source.optional(),
  }),
  'Результат',
  'Результат осуществления полномочия или процедуры.',
);

export const Service = described(
  z.strictObject({
    id: Id,
    name: Text.meta({ title: 'Наименование сервиса', description: 'Наименование так, как в стандарте: «Настрой на поиск работы».' }),
    description: Description,
    eligibility: z.array(z.string().min(1)).default([]).meta({ title: 'Условия получения', description: 'Кому и при каких условиях предоставляется сервис.' }),
    procedures: z.array(ref('процедура')).default([]).meta({ title: 'Процедуры сервиса', description: 'Процедуры, из которых состоит процесс сервиса.' }),
    techCard: ref('технологическая карта').optional(),
    source: Source.optional(),
  }),
  'Сервис',
  'Отдельно получаемый результат внутри полномочия со своим процессом и условиями.',
);
export type Service = z.infer<typeof Service>;

export const Procedure = described(
  z.strictObject({
    id: Id,
    number: z.number().int().positive().meta({ title: 'Порядковый номер', description: 'Номер процедуры в последовательности.' }),
    name: Text,
    composition: z.array(z.string().min(1)).default([]).meta({ title: 'Состав', description: 'Действия, из которых состоит процедура.' }),
    after: z.array(ref('процедура')).default([]).meta({ title: 'Выполняется после', description: 'Процедуры, которые должны завершиться до начала этой.' }),
    deadline: Deadline,
    performers: z.array(ref('роль')).min(1).meta({ title: 'Исполнители', description: 'Роли, выполняющие процедуру.' }),
    result: Text.meta({ title: 'Результат', description: 'Результат процедуры.' }),
    controlPoints: z.array(ref('контрольная точка')).default([]).meta({ title: 'Контрольные точки', description: 'Точки, которые фиксируются в ходе процедуры.' }),
    optional: z.boolean().default(false).meta({ title: 'Необязательная', description: 'Процедура выполняется не во всех случаях (например, при необходимости).' }),
    source: Source.optional(),
  }),
  'Административная процедура',
  'Процедура (действие) с составом, последовательностью, сроком и исполнителями.',
);
export type Procedure = z.infer<typeof Procedure>;

export const Annex = described(
  z.strictObject({
    number: z.string().min(1).meta({ title: 'Номер приложения', description: 'Номер приложения к стандарту, например «1».' }),
    title: Text.meta({ title: 'Наименование', description: 'Наименование приложения.' }),
    annexKind: z.enum(['indicators', 'form', 'brandGuide', 'other']).meta({ title: 'Вид приложения', description: 'indicators — показатели, form — форма документа, brandGuide — руководство по фирменному стилю, other — иное.' }),
    form: ref('форма').optional(),
    source: Source.optional(),
  }),
  'Приложение',
  'Приложение к стандарту: таблица показателей, форма документа или иное.',
);

export const ProcessStandard = described(
  z.strictObject({
    kind: artifactKind('ProcessStandard'),
    id: Id,
    title: Text.meta({ title: 'Наименование', description: 'Полное наименование стандарта.' }),
    subject: z
      .strictObject({
        type: z.enum(SUBJECT_TYPES).meta({
          title: 'Вид',
          description: 'power — полномочие, publicService — государственная услуга (до 565-ФЗ), supportMeasure — мера государственной поддержки (по 565-ФЗ).',
        }),
        name: Text,
      })
      .meta({ title: 'Предмет стандарта', description: 'Полномочие, государственная услуга или мера государственной поддержки.' }),
    edition: Edition,
    legalBasis: z.array(LegalRef).min(1).meta({ title: 'Правовое основание', description: 'Нормы, на основании которых издан стандарт.' }),
    points: z.array(TextPoint).default([]).meta({ title: 'Пункты общих положений', description: 'Текст общих положений по пунктам.' }),
    generalProvisions: z.strictObject({
      recipients: z.array(z.strictObject({ id: Id, name: Text, source: Source.optional() })).min(1).meta({
        title: 'Получатели',
        description: 'Категории граждан или работодателей, которым предоставляется мера.',
      }),
      provisionForms: z
        .array(
          z.strictObject({
            channel: z.enum(PROVISION_CHANNELS).meta({ title: 'Канал', description: 'ecp — в электронной форме через ЕЦП, inPerson — при личном обращении, mail — почтой, mfc — через МФЦ.' }),
            description: Description,
            source: Source.optional(),
          }),
        )
        .min(1)
        .meta({ title: 'Формы предоставления', description: 'Электронная через ЕЦП, при личном обращении и иные.' }),
      performers: z.array(ref('роль')).default([]).meta({ title: 'Осуществляют', description: 'Органы и учреждения, осуществляющие полномочие.' }),
    }).meta({ title: 'Общие положения', description: 'Получатели, формы предоставления и исполнители полномочия.' }),
    order: z.strictObject({
      requiredItems: z.array(RequiredItem).default([]).meta({ title: 'Документы и сведения', description: 'Документы и сведения, необходимые для осуществления полномочия.' }),
      results: z.array(Result).min(1).meta({ title: 'Результаты', description: 'Результаты осуществления полномочия.' }),
      deadlines: z
        .array(z.strictObject({ id: Id, name: Text, deadline: Deadline, source: Source.optional() }))
        .default([]).meta({ title: 'Сроки', description: 'Сроки осуществления полномочия в целом и его этапов.' }),
      informing: z
        .array(
          z.strictObject({
            id: Id,
            text: Text,
            channel: z.enum(PROVISION_CHANNELS).optional().meta({ title: 'Канал', description: 'ecp — через ЕЦП, inPerson — при личном обращении, mail — почтой, mfc — через МФЦ.' }),
            deadline: Deadline.optional(),
            source: Source.optional(),
          }),
        )
        .default([]).meta({ title: 'Информирование', description: 'Как и когда заявитель узнаёт о ходе и результате.' }),
    }).meta({ title: 'Порядок осуществления полномочия', description: 'Документы и сведения, результаты, сроки, информирование заявителя.' }),
    services: z.array(Service).default([]).meta({ title: 'Сервисы', description: 'Сервисы внутри полномочия.' }),
    procedures: z.array(Procedure).min(1).meta({ title: 'Процедуры', description: 'Административные процедуры в порядке выполнения.' }),
    provisionRequirements: z
      .array(
        z.strictObject({
          id: Id,
          area: z
            .enum(['organizational', 'staffing', 'materialTechnical', 'financial', 'informational', 'reporting']).meta({ title: 'Область', description: 'organizational — организационные, staffing — кадровые, materialTechnical — материально-технические, financial — финансовые, informational — информационные, reporting — отчётность.' }),
          text: Text,
          source: Source.optional(),
        }),
      )
      .default([]).meta({ title: 'Требования к обеспечению', description: 'Требования к обеспечению осуществления полномочия.' }),
    indicators: z.array(Indicator).default([]).meta({ title: 'Показатели', description: 'Показатели исполнения стандарта.' }),
    reporting: z
      .strictObject({
        collection: z.enum(['monthly', 'quarterly']).meta({ title: 'Сбор сведений', description: 'monthly — ежемесячно, quarterly — ежеквартально.' }),
        reports: z.array(z.enum(['halfYear', 'year'])).default([]).meta({ title: 'Отчёты', description: 'halfYear — полугодовой, year — годовой.' }),
        source: Source.optional(),
      })
      .optional()
      .meta({ title: 'Отчётность', description: 'Периодичность сбора сведений и отчётов об исполнении стандарта.' }),
    annexes: z.array(Annex).default([]).meta({ title: 'Приложения', description: 'Приложения к стандарту.' }),
    source: Source.optional(),
    gaps: RecordGaps,
  }),
  'Стандарт процесса осуществления полномочия',
  'Стандарт деятельности по осуществлению полномочия (меры государственной поддержки) в сфере занятости населения.',
);
export type ProcessStandard = z.infer<typeof ProcessStandard>;
