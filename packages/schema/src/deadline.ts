import { z } from 'zod';
import { described, ref } from './common.js';

export const DEADLINE_UNITS = ['minutes', 'hours', 'workingDays', 'calendarDays'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

/** Upper bound of a deadline amount in any unit: ten thousand days or minutes is already far beyond any standard. */
export const MAX_DEADLINE_AMOUNT = 10_000;
const DAY_UNITS: readonly DeadlineUnit[] = ['workingDays', 'calendarDays'];

/** The event a deadline is counted from. */
export const DeadlineAnchor = described(
  z.strictObject({
    event: z.string().min(1).meta({
      title: 'Событие',
      description: 'Код события, от которого отсчитывается срок, например «application.registered» (регистрация заявления).',
    }),
    controlPoint: ref('контрольная точка').optional().meta({
      title: 'Контрольная точка',
      description: 'Контрольная точка, фиксирующая это событие, если она определена.',
    }),
    wording: z.string().optional().meta({ title: 'Формулировка', description: 'Как событие названо в документе: «со дня регистрации заявления».' }),
  }),
  'Начало отсчёта',
  'Событие, от которого отсчитывается срок.',
);
export type DeadlineAnchor = z.infer<typeof DeadlineAnchor>;

/**
 * A deadline as a value. `amount: 0` with `workingDays` means «в день
 * события»; `amount: 1` with `workingDays` means «не позднее следующего
 * рабочего дня».
 */
const DeadlineShape = described(
  z.strictObject({
    amount: z
      .number()
      .nonnegative()
      .max(MAX_DEADLINE_AMOUNT)
      .meta({ title: 'Величина', description: 'Число единиц срока. 0 рабочих дней — в день события. Дни — целое число.' }),
    unit: z.enum(DEADLINE_UNITS).meta({
      title: 'Единица',
      description: 'minutes — минуты, hours — часы, workingDays — рабочие дни по производственному календарю, calendarDays — календарные дни.',
    }),
    anchor: DeadlineAnchor,
    wording: z.string().min(1).meta({ title: 'Формулировка', description: 'Срок так, как он записан в документе, для показа и печати.' }),
    dayOffShift: z.boolean().optional().meta({
      title: 'Перенос с выходного',
      description: 'Если событие пришлось на нерабочий день, отсчёт начинается со следующего рабочего дня.',
    }),
    assumed: z.boolean().optional().meta({
      title: 'Условный срок',
      description: 'Срок не установлен открытым источником и принят в модели условно; true — показывать его как условный.',
    }),
    excludes: z.array(z.string()).optional().meta({
      title: 'Не включается',
      description: 'Что не входит в срок, например время межведомственного запроса.',
    }),
  }),
  'Срок',
  'Срок как значение: величина, единица, событие начала отсчёта и исходная формулировка.',
);

/** Days are counted whole: «1,5 рабочего дня» is not a deadline a centre can meet or a calendar can count. */
export const Deadline = DeadlineShape.refine((deadline) => !DAY_UNITS.includes(deadline.unit) || Number.isInteger(deadline.amount), {
  path: ['amount'],
  params: { messageId: 'schema.wholeDays' },
});
export type Deadline = z.infer<typeof Deadline>;
