import { z } from 'zod';
import { FIELD_TYPES } from './catalog.js';
import { artifactKind, described, Id, ref, Text } from './common.js';

export const MappedField = described(
  z.strictObject({
    field: ref('поле данных контрольной точки').meta({
      title: 'Поле контрольной точки',
      description: 'Идентификатор сведения (поля данных), которое передаётся с контрольной точкой стандарта.',
    }),
    source: z.string().min(1).meta({
      title: 'Поле региональной системы',
      description: 'Имя поля в событии региональной системы, из которого берётся сведение, например «app_date».',
    }),
    type: z.enum(FIELD_TYPES).meta({
      title: 'Тип в региональной системе',
      description: 'Тип поля в региональной системе: string, integer, number, boolean, date, dateTime, enum, reference или document. Должен совпадать с типом поля контрольной точки.',
    }),
    note: z.string().optional().meta({ title: 'Примечание', description: 'Пояснение разработчика региональной системы, например о преобразовании значения.' }),
  }),
  'Сопоставление поля',
  'Какое поле события региональной системы несёт сведение контрольной точки.',
);
export type MappedField = z.infer<typeof MappedField>;

export const ControlPointMapping = described(
  z.strictObject({
    controlPoint: ref('контрольная точка').meta({
      title: 'Контрольная точка',
      description: 'Идентификатор контрольной точки стандарта, которую реализует событие региональной системы.',
    }),
    event: z.string().min(1).meta({
      title: 'Код события региональной системы',
      description: 'Код события, которым региональная система фиксирует контрольную точку, например «ZAYAV_REG».',
    }),
    fields: z.array(MappedField).default([]).meta({ title: 'Поля', description: 'Сопоставление сведений контрольной точки полям события.' }),
    note: z.string().optional().meta({ title: 'Примечание', description: 'Пояснение к сопоставлению.' }),
  }),
  'Сопоставление контрольной точки',
  'Событие региональной системы, которое реализует контрольную точку стандарта, и его поля.',
);
export type ControlPointMapping = z.infer<typeof ControlPointMapping>;

export const RegionalMapping = described(
  z.strictObject({
    kind: artifactKind('RegionalMapping'),
    id: Id,
    system: z
      .strictObject({
        name: Text.meta({ title: 'Наименование системы', description: 'Наименование региональной информационной системы.' }),
        regionCode: z.string().regex(/^\d{2}$/).optional().meta({ title: 'Субъект РФ', description: 'Двузначный код субъекта РФ.' }),
        informationSystem: ref('информационная система').optional().meta({
          title: 'Информационная система',
          description: 'Идентификатор системы (InformationSystem) в справочнике, если она там описана.',
        }),
        description: z.string().optional().meta({ title: 'Описание', description: 'Кто ведёт систему и для чего.' }),
      })
      .meta({ title: 'Региональная система', description: 'Система, события которой сопоставлены контрольным точкам.' }),
    standard: ref('стандарт').meta({ title: 'Стандарт', description: 'Идентификатор стандарта, контрольные точки которого сопоставлены.' }),
    edition: z.number().int().positive().meta({
      title: 'Редакция стандарта',
      description: 'Номер редакции стандарта, по которой составлено сопоставление. Проверка против другой редакции покажет строки, которые нужно изменить.',
    }),
    // Null is allowed because a fresh template lists every point as a comment
    // under `mappings:`, which YAML reads as null until one is uncommented.
    mappings: z
      .array(ControlPointMapping)
      .nullable()
      .default([])
      .meta({ title: 'Сопоставления', description: 'По одному элементу на каждую реализованную контрольную точку; пустой список можно оставить без элементов.' }),
  }),
  'Региональное сопоставление контрольных точек',
  'Какие события и поля региональной информационной системы реализуют контрольные точки редакции стандарта.',
);
export type RegionalMapping = z.infer<typeof RegionalMapping>;
