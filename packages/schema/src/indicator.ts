import { z } from 'zod';
import { described, Id, LocalDate, RecordGaps, ref, Source, Text } from './common.js';
import { Deadline } from './deadline.js';

/** A set of cases, chosen by the control points they reached and their attributes. */
export const CaseFilter = described(
  z.strictObject({
    reached: z.array(ref('контрольная точка')).default([]).meta({
      title: 'Достигнуты точки',
      description: 'Случай входит в множество, если по нему зафиксированы все эти контрольные точки.',
    }),
    notReached: z.array(ref('контрольная точка')).default([]).meta({
      title: 'Не достигнуты точки',
      description: 'Случай входит в множество, если ни одна из этих точек по нему не зафиксирована.',
    }),
    attributes: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .meta({ title: 'Атрибуты', description: 'Равенство атрибутов случая заданным значениям.' }),
    within: z
      .strictObject({
        from: ref('контрольная точка'),
        to: ref('контрольная точка'),
        deadline: Deadline,
      })
      .optional()
      .meta({ title: 'В пределах срока', description: 'Интервал между двумя точками не превышает срок.' }),
  }),
  'Отбор случаев',
  'Множество случаев (обращений), заданное достигнутыми контрольными точками и атрибутами.',
);
export type CaseFilter = z.infer<typeof CaseFilter>;

const DurationUnit = z.enum(['minutes', 'hours', 'workingDays', 'calendarDays']).meta({
  title: 'Единица длительности',
  description: 'minutes — минуты, hours — часы, workingDays — рабочие дни, calendarDays — календарные дни.',
});

const Scale = z.number().positive().default(100).meta({ title: 'Множитель', description: '100 — доля в процентах, 1 — в долях единицы.' });

export const ChecklistQuestion = described(
  z.strictObject({
    id: Id,
    text: Text,
    type: z.enum(['boolean', 'number']).default('boolean').meta({ title: 'Тип ответа', description: 'boolean — да/нет, number — число.' }),
    zone: z.string().optional().meta({ title: 'Зона', description: 'Зона или уровень, к которым относится вопрос.' }),
  }),
  'Вопрос чек-листа',
  'Вопрос, на который отвечает проверяющий или учреждение.',
);
export type ChecklistQuestion = z.infer<typeof ChecklistQuestion>;

/** Calculation of an indicator; `kind` names the reference method. */
export const Calculation = described(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('count').meta({ title: 'Вид расчёта', description: 'count — число случаев, отобранных фильтром.' }),
      cases: CaseFilter,
    }),
    z.strictObject({
      kind: z.literal('share').meta({ title: 'Вид расчёта', description: 'share — доля: случаи числителя к случаям знаменателя.' }),
      numerator: CaseFilter,
      denominator: CaseFilter,
      scale: Scale,
    }),
    z.strictObject({
      kind: z.literal('duration').meta({ title: 'Вид расчёта', description: 'duration — длительность между двумя контрольными точками.' }),
      from: ref('контрольная точка'),
      to: ref('контрольная точка'),
      unit: DurationUnit,
      statistic: z.enum(['mean', 'median', 'p90']).meta({ title: 'Статистика', description: 'mean — среднее, median — медиана, p90 — 90-й процентиль.' }),
      cases: CaseFilter.optional(),
    }),
    z.strictObject({
      kind: z.literal('shareWithinDeadline').meta({ title: 'Вид расчёта', description: 'shareWithinDeadline — доля случаев, уложившихся в срок.' }),
      from: ref('контрольная точка'),
      to: ref('контрольная точка'),
      deadline: Deadline.optional().meta({ description: 'Срок; если не задан — срок операции технологической карты, завершающейся точкой «to».' }),
      cases: CaseFilter.optional(),
      scale: Scale,
    }),
    z.strictObject({
      kind: z.literal('relativeToNationalMean').meta({ title: 'Вид расчёта', description: 'relativeToNationalMean — доля случаев не хуже среднероссийского значения.' }),
      from: ref('контрольная точка'),
      to: ref('контрольная точка'),
      unit: DurationUnit,
      comparison: z.enum(['notAbove', 'notBelow']).default('notAbove').meta({
        title: 'Сравнение',
        description: 'notAbove — доля случаев, у которых длительность не превысила среднероссийскую; notBelow — не ниже её.',
      }),
      cases: CaseFilter.optional(),
      scale: Scale,
    }),
    z.strictObject({
      kind: z.literal('checklist').meta({ title: 'Вид расчёта', description: 'checklist — баллы по логической формуле над ответами чек-листа.' }),
      questions: z.array(ChecklistQuestion).min(1).meta({ title: 'Вопросы', description: 'Вопросы чек-листа, на которые ссылается формула.' }),
      formula: z.string().min(1).meta({ title: 'Формула', description: 'Логическое выражение над идентификаторами вопросов, например «q1 && q2».' }),
      points: z.number().nonnegative().meta({ title: 'Баллы', description: 'Сколько баллов даёт выполненная формула.' }),
    }),
    z.strictObject({
      kind: z.literal('surveyAverage').meta({ title: 'Вид расчёта', description: 'surveyAverage — средняя оценка по пятибалльной шкале.' }),
      controlPoint: ref('контрольная точка').meta({ description: 'Точка, в данных которой передаётся оценка.' }),
      field: z.string().min(1).meta({ title: 'Поле оценки', description: 'Поле данных точки с оценкой от 1 до 5.' }),
      scaleMax: z.number().int().positive().default(5).meta({ title: 'Высшая оценка', description: 'Наибольшая оценка шкалы, обычно 5.' }),
    }),
    z
      .strictObject({
        kind: z.literal('notPublished').meta({ title: 'Вид расчёта', description: 'notPublished — методика не опубликована, значение не вычисляется.' }),
        note: z.string().min(1).meta({ title: 'Пояснение', description: 'Что известно о показателе и где искать методику.' }),
      })
      .meta({
        title: 'Методика не опубликована',
        description: 'Показатель есть в стандарте, но его методика не видна в открытых источниках; значение не вычисляется.',
      }),
  ]),
  'Методика расчёта',
  'Как вычисляется показатель: вид расчёта и его параметры.',
);
export type Calculation = z.infer<typeof Calculation>;
export type CalculationKind = Calculation['kind'];

export const Corridor = described(
  z.strictObject({
    green: z.number().meta({ title: 'Зелёная граница', description: 'Значение, начиная с которого (в сторону улучшения) результат в норме.' }),
    yellow: z.number().meta({ title: 'Жёлтая граница', description: 'Значение, начиная с которого результат требует внимания; хуже — красная зона.' }),
    relativeTo: z.enum(['fixed', 'nationalMean', 'target']).default('fixed').meta({
      title: 'Относительно',
      description: 'fixed — границы заданы числами; nationalMean — границы задают отклонение от среднероссийского значения; target — от целевого значения.',
    }),
    source: Source.optional(),
  }),
  'Коридор',
  'Границы зелёной, жёлтой и красной зон показателя с учётом направления улучшения.',
);
export type Corridor = z.infer<typeof Corridor>;

export const INDICATOR_UNITS = ['percent', 'count', 'minutes', 'hours', 'workingDays', 'calendarDays', 'points', 'score'] as const;

export const Indicator = described(
  z.strictObject({
    id: Id,
    number: z.string().min(1).meta({ title: 'Номер', description: 'Номер показателя в приложении к стандарту.' }),
    name: Text.meta({ title: 'Наименование', description: 'Наименование показателя так, как в стандарте.' }),
    unit: z.enum(INDICATOR_UNITS).meta({
      title: 'Единица измерения',
      description: 'percent — процент, count — единицы, minutes/hours/workingDays/calendarDays — время, points — баллы, score — средняя оценка.',
    }),
    dataSource: z
      .strictObject({
        kind: z.enum(['controlPoints', 'ecp', 'form', 'statisticalReport', 'survey', 'checklist']).meta({
          title: 'Вид источника',
          description: 'controlPoints — контрольные точки, ecp — данные ЕЦП, form — форма документа, statisticalReport — статистическая отчётность, survey — опрос, checklist — чек-лист.',
        }),
        controlPoints: z.array(ref('контрольная точка')).default([]).meta({ title: 'Контрольные точки', description: 'Точки, события которых служат данными показателя.' }),
        form: ref('форма').optional(),
        description: z.string().min(1).meta({ title: 'Описание', description: 'Источник данных так, как он записан в стандарте.' }),
      })
      .meta({ title: 'Источник данных', description: 'Откуда берутся данные для расчёта.' }),
    method: z
      .strictObject({
        wording: Text.meta({ title: 'Формулировка', description: 'Методика расчёта так, как она записана в стандарте.' }),
        formula: z.string().optional().meta({ title: 'Формула', description: 'Формула в записи стандарта, например «ЧЗ / ЧО × 100».' }),
        calculation: Calculation,
      })
      .meta({ title: 'Методика расчёта', description: 'Формулировка методики и её машинное представление.' }),
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']).meta({
      title: 'Направление улучшения',
      description: 'higherIsBetter — чем больше, тем лучше; lowerIsBetter — чем меньше, тем лучше.',
    }),
    effectiveFrom: LocalDate.optional().meta({
      title: 'Действует с',
      description: 'Дата, с которой показатель применяется; если не указана — с даты вступления редакции в силу.',
    }),
    target: z.number().optional().meta({ title: 'Целевое значение', description: 'Целевое значение показателя, если оно установлено.' }),
    corridor: Corridor.optional(),
    level: z.enum(['service', 'centre', 'region', 'country']).optional().meta({
      title: 'Уровень расчёта',
      description: 'На каком уровне показатель считается и сравнивается.',
    }),
    source: Source.optional(),
    gaps: RecordGaps,
  }),
  'Показатель исполнения стандарта',
  'Показатель с номером, единицей, источником данных, методикой и датой начала действия.',
);
export type Indicator = z.infer<typeof Indicator>;
