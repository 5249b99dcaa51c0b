import { z } from 'zod';
import { artifactKind, described, Description, Id, LocalDate, RecordGaps, Source, Text } from './common.js';

export const LEGAL_ACT_TYPES = ['federalLaw', 'law', 'governmentDecree', 'ministryOrder', 'agencyOrder', 'nationalStandard', 'regionalAct', 'other'] as const;

export const LegalAct = described(
  z.strictObject({
    kind: artifactKind('LegalAct'),
    id: Id,
    type: z.enum(LEGAL_ACT_TYPES).meta({
      title: 'Вид акта',
      description: 'federalLaw — федеральный закон, law — закон РФ, governmentDecree — постановление Правительства, ministryOrder — приказ министерства, agencyOrder — приказ службы, nationalStandard — ГОСТ, regionalAct — акт субъекта РФ, other — иное.',
    }),
    issuer: z.string().min(1).meta({ title: 'Принявший орган', description: 'Кто принял акт: «Минтруд России», «Правительство РФ».' }),
    number: z.string().min(1).meta({ title: 'Номер', description: 'Номер акта, например «660н» или «565-ФЗ».' }),
    date: LocalDate.meta({ title: 'Дата принятия', description: 'Дата подписания акта.' }),
    title: Text.meta({ title: 'Наименование', description: 'Полное наименование акта.' }),
    registration: z
      .strictObject({
        by: z.string().min(1).meta({ title: 'Орган регистрации', description: 'Обычно «Минюст России».' }),
        date: LocalDate.meta({ title: 'Дата регистрации', description: 'Дата государственной регистрации акта.' }),
        number: z.string().min(1).meta({ title: 'Регистрационный номер', description: 'Номер государственной регистрации, например «80341».' }),
      })
      .optional()
      .meta({ title: 'Государственная регистрация', description: 'Регистрация в Минюсте России: дата и номер.' }),
    effectiveFrom: LocalDate.optional().meta({ title: 'Вступает в силу', description: 'Дата вступления акта в силу.' }),
    repealedOn: LocalDate.optional().meta({ title: 'Утратил силу', description: 'Дата, с которой акт не действует.' }),
    url: z.url().optional().meta({ title: 'Адрес публикации', description: 'Где опубликован текст акта.' }),
    source: Source.optional(),
    gaps: RecordGaps,
  }),
  'Нормативный правовой акт',
  'Закон, постановление, приказ или ГОСТ, на который ссылаются стандарты.',
);
export type LegalAct = z.infer<typeof LegalAct>;

export const ROLE_LEVELS = ['ministry', 'rostrud', 'authority', 'managingCentre', 'territorialCentre', 'ecp', 'applicant', 'employer', 'other'] as const;

export const Role = described(
  z.strictObject({
    kind: artifactKind('Role'),
    id: Id,
    name: Text.meta({ title: 'Наименование', description: 'Наименование роли так, как в документе: «специалист, ответственный за предоставление услуги».' }),
    level: z.enum(ROLE_LEVELS).meta({
      title: 'Уровень',
      description: 'ministry — Минтруд, rostrud — Роструд, authority — орган СЗН субъекта, managingCentre — управляющий ЦЗН, territorialCentre — территориальный ЦЗН, ecp — ЕЦП «Работа в России» (автоматически), applicant — гражданин, employer — работодатель, other — иное.',
    }),
    description: z.string().optional().meta({ title: 'Описание', description: 'Чем роль занята в процессе.' }),
    source: Source.optional(),
  }),
  'Роль',
  'Исполнитель операций: должностное лицо, участник или информационная система.',
);
export type Role = z.infer<typeof Role>;

export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'dateTime', 'enum', 'reference', 'document'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const DataField = described(
  z.strictObject({
    id: Id,
    name: Text.meta({ title: 'Наименование', description: 'Наименование сведения.' }),
    type: z.enum(FIELD_TYPES).meta({
      title: 'Тип',
      description: 'string — строка, integer — целое, number — число, boolean — да/нет, date — дата, dateTime — дата и время со смещением, enum — значение из списка, reference — идентификатор записи, document — файл документа.',
    }),
    required: z.boolean().default(true).meta({ title: 'Обязательное', description: 'Должно ли сведение присутствовать всегда.' }),
    values: z.array(z.string()).optional().meta({ title: 'Допустимые значения', description: 'Для типа enum: список значений.' }),
    description: Description,
  }),
  'Поле данных',
  'Сведение, которое несёт форма или контрольная точка, с типом.',
);
export type DataField = z.infer<typeof DataField>;

export const FORM_KINDS = ['application', 'conclusion', 'proposal', 'notification', 'plan', 'referral', 'other'] as const;

export const Form = described(
  z.strictObject({
    kind: artifactKind('Form'),
    id: Id,
    name: Text.meta({ title: 'Наименование', description: 'Наименование формы документа.' }),
    formKind: z.enum(FORM_KINDS).meta({
      title: 'Вид формы',
      description: 'application — заявление, conclusion — заключение, proposal — предложение, notification — уведомление, plan — план, referral — направление, other — иное.',
    }),
    annex: z.string().optional().meta({ title: 'Приложение', description: 'Номер приложения к стандарту, в котором приведена форма.' }),
    fields: z.array(DataField).default([]).meta({ title: 'Поля', description: 'Сведения, которые содержит форма.' }),
    source: Source.optional(),
    gaps: RecordGaps,
  }),
  'Форма документа',
  'Форма заявления, заключения или другого документа.',
);
export type Form = z.infer<typeof Form>;

export const INFORMATION_SYSTEM_KINDS = ['ecp', 'regional', 'smev', 'other'] as const;

export const InformationSystem = described(
  z.strictObject({
    kind: artifactKind('InformationSystem'),
    id: Id,
    name: Text,
    systemKind: z.enum(INFORMATION_SYSTEM_KINDS).meta({
      title: 'Вид системы',
      description: 'ecp — ЕЦП «Работа в России», regional — региональная ИС, smev — СМЭВ, other — иное.',
    }),
    source: Source.optional(),
  }),
  'Информационная система',
  'Система, в которой выполняется операция или фиксируется контрольная точка.',
);
export type InformationSystem = z.infer<typeof InformationSystem>;

export const ControlPoint = described(
  z.strictObject({
    id: Id,
    name: Text.meta({ title: 'Наименование', description: 'Наименование контрольной точки.' }),
    event: z.string().min(1).meta({ title: 'Код события', description: 'Код события процесса, которое фиксирует точка, например «application.registered».' }),
    description: Description,
    external: z.boolean().default(false).meta({
      title: 'Фиксируется вне процесса',
      description: 'Событие поступает из другого процесса или системы (например, сведения о трудоустройстве), поэтому ни одна операция карты его не фиксирует.',
    }),
    required: z.boolean().default(true).meta({
      title: 'Обязательная',
      description: 'Должна ли каждая система, реализующая стандарт, передавать это событие.',
    }),
    data: z.array(DataField).default([]).meta({ title: 'Данные', description: 'Сведения, которые передаются вместе с событием.' }),
    source: Source.optional(),
  }),
  'Контрольная точка',
  'Событие процесса, которое фиксирует платформа и по которому считаются показатели.',
);
export type ControlPoint = z.infer<typeof ControlPoint>;

/** A file that contains several small artifacts: roles, forms, acts, systems. */
export const Catalog = described(
  z.strictObject({
    kind: artifactKind('Catalog'),
    id: Id,
    title: z.string().optional().meta({ title: 'Наименование', description: 'Наименование справочника.' }),
    legalActs: z
      .array(LegalAct.omit({ kind: true }).extend({ kind: artifactKind('LegalAct').optional() }))
      .default([])
      .meta({ title: 'Нормативные правовые акты', description: 'Акты, на которые ссылаются стандарты и карты.' }),
    roles: z
      .array(Role.omit({ kind: true }).extend({ kind: artifactKind('Role').optional() }))
      .default([])
      .meta({ title: 'Роли', description: 'Исполнители операций и участники процесса.' }),
    forms: z
      .array(Form.omit({ kind: true }).extend({ kind: artifactKind('Form').optional() }))
      .default([])
      .meta({ title: 'Формы документов', description: 'Формы заявлений, заключений и других документов.' }),
    informationSystems: z
      .array(InformationSystem.omit({ kind: true }).extend({ kind: artifactKind('InformationSystem').optional() }))
      .default([])
      .meta({ title: 'Информационные системы', description: 'Системы, в которых выполняются операции.' }),
  }),
  'Справочник',
  'Файл с несколькими небольшими элементами: актами, ролями, формами, информационными системами.',
);
export type Catalog = z.infer<typeof Catalog>;
