import { z } from 'zod';
import { artifactKind, described, Id, RecordGaps, ref, Source, Text } from './common.js';
import { ControlPoint } from './catalog.js';
import { Deadline } from './deadline.js';

export const Operation = described(
  z.strictObject({
    id: Id,
    number: z.string().min(1).meta({ title: 'Номер', description: 'Номер операции в карте, например «2.3».' }),
    name: Text,
    procedure: ref('процедура').meta({ title: 'Процедура', description: 'Процедура стандарта, к которой относится операция.' }),
    performer: ref('роль').meta({ title: 'Исполнитель', description: 'Роль, выполняющая операцию.' }),
    trigger: Text.meta({ title: 'Основание начала', description: 'Событие или условие, с которого начинается операция.' }),
    actions: z.array(z.string().min(1)).min(1).meta({ title: 'Действия', description: 'Что делает исполнитель.' }),
    result: Text.meta({ title: 'Результат', description: 'Результат операции.' }),
    deadline: Deadline,
    forms: z.array(ref('форма')).default([]).meta({ title: 'Формы', description: 'Формы документов, которые использует операция.' }),
    informationSystem: ref('информационная система').optional(),
    controlPoint: ref('контрольная точка').optional().meta({ title: 'Контрольная точка', description: 'Точка, которую фиксирует завершение операции.' }),
    next: z.array(ref('операция')).default([]).meta({ title: 'Следующие операции', description: 'Операции, которые начинаются после этой; пусто — по порядку номеров.' }),
    source: Source.optional(),
  }),
  'Операция',
  'Операция технологической карты на уровне роли.',
);
export type Operation = z.infer<typeof Operation>;

export const TechCard = described(
  z.strictObject({
    kind: artifactKind('TechCard'),
    id: Id,
    title: Text,
    standard: ref('стандарт').meta({ title: 'Стандарт', description: 'Стандарт, процесс которого детализирует карта.' }),
    service: ref('сервис').optional(),
    edition: z.number().int().positive().optional().meta({ title: 'Редакция стандарта', description: 'Номер редакции стандарта, к которой относится карта.' }),
    controlPoints: z.array(ControlPoint).default([]).meta({ title: 'Контрольные точки', description: 'События процесса, которые фиксирует платформа.' }),
    operations: z.array(Operation).min(1).meta({ title: 'Операции', description: 'Операции карты в порядке выполнения.' }),
    source: Source.optional(),
    gaps: RecordGaps,
  }),
  'Технологическая карта',
  'Операции процесса до уровня ролей с исполнителями, сроками, формами и контрольными точками.',
);
export type TechCard = z.infer<typeof TechCard>;
