import { z } from 'zod';
import { DEADLINE_UNITS, EDITION_STATUSES, FIELD_TYPES } from '@tsmp/schema';

/** Format name written into every exported catalogue. */
export const ECP_CATALOG_FORMAT = 'tsmp.ecp-catalog';
/** Version of the catalogue format; a change that old readers cannot read raises it. */
export const ECP_CATALOG_FORMAT_VERSION = 1;
/** Namespace of the XML form of the catalogue. */
export const ECP_CATALOG_XML_NAMESPACE = 'https://tsmp.dev/schema/ecp-catalog/1';

const NonEmpty = z.string().min(1);

export const EcpField = z
  .strictObject({
    id: NonEmpty.meta({ title: 'Идентификатор', description: 'Идентификатор сведения в контрольной точке.' }),
    name: NonEmpty.meta({ title: 'Наименование', description: 'Наименование сведения.' }),
    type: z.enum(FIELD_TYPES).meta({
      title: 'Тип',
      description: 'string — строка, integer — целое, number — число, boolean — да/нет, date — дата, dateTime — дата и время со смещением, enum — значение из списка, reference — идентификатор записи, document — файл документа.',
    }),
    required: z.boolean().meta({ title: 'Обязательное', description: 'Передаётся ли сведение всегда.' }),
    values: z.array(NonEmpty).optional().meta({ title: 'Допустимые значения', description: 'Для типа enum: список значений.' }),
    description: NonEmpty.optional().meta({ title: 'Описание', description: 'Пояснение к сведению.' }),
  })
  .meta({ title: 'Сведение', description: 'Сведение, которое передаётся вместе с событием контрольной точки.' });
export type EcpField = z.infer<typeof EcpField>;

export const EcpControlPoint = z
  .strictObject({
    id: NonEmpty.meta({ title: 'Идентификатор', description: 'Постоянный идентификатор контрольной точки.' }),
    name: NonEmpty.meta({ title: 'Наименование', description: 'Наименование контрольной точки.' }),
    event: NonEmpty.meta({ title: 'Код события', description: 'Код события процесса, которое фиксирует точка.' }),
    required: z.boolean().meta({ title: 'Обязательная', description: 'Должна ли каждая система, реализующая стандарт, передавать событие.' }),
    description: NonEmpty.optional().meta({ title: 'Описание', description: 'Когда фиксируется точка.' }),
    techCard: NonEmpty.meta({ title: 'Технологическая карта', description: 'Идентификатор карты, в которой определена точка.' }),
    operation: z
      .strictObject({
        id: NonEmpty,
        number: NonEmpty,
        name: NonEmpty,
        performer: NonEmpty.meta({ title: 'Исполнитель', description: 'Идентификатор роли, выполняющей операцию.' }),
      })
      .optional()
      .meta({ title: 'Операция', description: 'Операция технологической карты, завершение которой фиксирует точка.' }),
    deadline: z
      .strictObject({
        amount: z.number().nonnegative(),
        unit: z.enum(DEADLINE_UNITS).meta({ description: 'minutes, hours, workingDays (рабочие дни по производственному календарю) или calendarDays.' }),
        anchorEvent: NonEmpty.meta({ title: 'Начало отсчёта', description: 'Код события, от которого отсчитывается срок.' }),
        wording: NonEmpty.meta({ title: 'Формулировка', description: 'Срок так, как он записан в документе.' }),
      })
      .optional()
      .meta({ title: 'Срок', description: 'Срок операции, завершение которой фиксирует точка.' }),
    fields: z.array(EcpField).meta({ title: 'Сведения', description: 'Сведения, которые передаются вместе с событием.' }),
  })
  .meta({ title: 'Контрольная точка', description: 'Событие процесса, которое фиксирует ЕЦП «Работа в России».' });
export type EcpControlPoint = z.infer<typeof EcpControlPoint>;

export const EcpCatalog = z
  .strictObject({
    format: z.literal(ECP_CATALOG_FORMAT).meta({ title: 'Формат', description: `Всегда «${ECP_CATALOG_FORMAT}».` }),
    formatVersion: z.literal(ECP_CATALOG_FORMAT_VERSION).meta({ title: 'Версия формата', description: 'Версия формата каталога.' }),
    standard: z
      .strictObject({
        id: NonEmpty,
        title: NonEmpty,
        edition: z.number().int().positive().meta({ title: 'Редакция', description: 'Номер редакции стандарта, к которой относится каталог.' }),
        status: z.enum(EDITION_STATUSES),
        effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ title: 'Действует с', description: 'Дата вступления редакции в силу, ГГГГ-ММ-ДД.' }),
        effectiveTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      })
      .meta({ title: 'Стандарт', description: 'Стандарт и редакция, контрольные точки которой перечислены.' }),
    controlPoints: z.array(EcpControlPoint),
  })
  .meta({
    title: 'Каталог контрольных точек ЕЦП',
    description: 'Контрольные точки редакции стандарта для ЕЦП «Работа в России» и региональных систем: операция, срок и передаваемые сведения с типами.',
  });
export type EcpCatalog = z.infer<typeof EcpCatalog>;

/** Builds the published JSON Schema (draft 2020-12) of the catalogue. */
export function ecpCatalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(EcpCatalog, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://tsmp.dev/schema/ecp-catalog-1.json', ...schema };
}
