import { z } from 'zod';

/** Attaches the Russian title and description that editors show on hover. */
export function described<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description }) as T;
}

/** A stable identifier: letters, digits, dots, hyphens and underscores. */
export const Id = described(
  z.string().regex(/^[A-Za-z0-9А-Яа-яЁё][A-Za-z0-9А-Яа-яЁё._-]*$/u),
  'Идентификатор',
  'Постоянный идентификатор элемента: буквы, цифры, точка, дефис, подчёркивание. По нему на элемент ссылаются другие файлы; после публикации не меняется.',
);

/** Builds the schema of a reference to an element by its id. */
export function ref(target: string) {
  return described(
    z.string().min(1),
    `Ссылка: ${target}`,
    `Идентификатор элемента вида «${target}», определённого в этом или другом файле репозитория.`,
  );
}

/** Tells whether `YYYY-MM-DD` names a day that exists, so 2024-02-30 and 2023-02-29 are rejected. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date `YYYY-MM-DD` without time or zone. */
export const LocalDate = described(
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .refine(isCalendarDate, { params: { messageId: 'schema.dateNotInCalendar' } }),
  'Дата',
  'Календарная дата в формате ГГГГ-ММ-ДД.',
);

/** Non-empty text as the document words it. */
export const Text = described(z.string().trim().min(1), 'Текст', 'Текст так, как он сформулирован в документе.');

/** Source of a fact: act, point, date, address. */
export const Source = described(
  z.strictObject({
    act: ref('нормативный правовой акт').optional().meta({
      title: 'Акт',
      description: 'Идентификатор акта (LegalAct), из которого взят факт.',
    }),
    point: z.string().optional().meta({ title: 'Пункт', description: 'Пункт, подпункт, приложение акта, например «п. 7» или «прил. 3, п. 1».' }),
    date: LocalDate.optional().meta({ title: 'Дата', description: 'Дата акта или публикации, если акт не указан.' }),
    url: z.url().optional().meta({ title: 'Адрес', description: 'Адрес публикации, где факт можно проверить.' }),
    note: z.string().optional().meta({
      title: 'Примечание',
      description: 'Оговорка об источнике: например, что факт взят из регионального регламента, а не из текста федерального стандарта.',
    }),
  }),
  'Источник',
  'Откуда взят факт: акт, пункт, дата или адрес публикации.',
);
export type Source = z.infer<typeof Source>;

/** A reference to a point of a legal act. */
export const LegalRef = described(
  z.strictObject({
    act: ref('нормативный правовой акт').meta({ title: 'Акт', description: 'Идентификатор акта (LegalAct).' }),
    article: z.string().optional().meta({ title: 'Статья', description: 'Номер статьи.' }),
    part: z.string().optional().meta({ title: 'Часть', description: 'Номер части статьи.' }),
    point: z.string().optional().meta({ title: 'Пункт', description: 'Номер пункта.' }),
    subpoint: z.string().optional().meta({ title: 'Подпункт', description: 'Номер подпункта.' }),
    wording: z.string().optional().meta({ title: 'Формулировка', description: 'Ссылка так, как она записана в документе.' }),
  }),
  'Ссылка на норму',
  'Статья, часть, пункт нормативного правового акта.',
);
export type LegalRef = z.infer<typeof LegalRef>;

/** Notes where the public record is incomplete, instead of inventing the missing part. */
export const RecordGap = described(
  z.strictObject({
    about: z.string().min(1).meta({ title: 'О чём', description: 'Какой части документа касается пробел.' }),
    note: z.string().min(1).meta({ title: 'Пояснение', description: 'Что не удалось установить по открытым источникам и что сделано вместо этого.' }),
  }),
  'Пробел в открытых источниках',
  'Сведения, которые не удалось установить по опубликованным текстам; модель говорит о них прямо, а не придумывает.',
);
export type RecordGap = z.infer<typeof RecordGap>;

export const RecordGaps = z
  .array(RecordGap)
  .optional()
  .meta({ title: 'Пробелы в источниках', description: 'Список сведений, которых нет в открытых источниках.' });

/** Builds the `kind` field that names the artifact a file contains. */
export function artifactKind<K extends string>(kind: K) {
  return z.literal(kind).meta({
    title: 'Вид артефакта',
    description: `Всегда «${kind}»: по этому полю tsmp определяет, какой документ содержит файл.`,
  });
}

/** A free-text description of an element. */
export const Description = z.string().optional().meta({ title: 'Описание', description: 'Пояснение к элементу своими словами.' });
