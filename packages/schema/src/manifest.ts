import { z } from 'zod';
import { described } from './common.js';

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;

export const Manifest = described(
  z.strictObject({
    tsmp: z.literal(1).meta({ title: 'Версия формата', description: 'Версия формата репозитория модели; сейчас 1.' }),
    name: z.string().min(1).meta({ title: 'Наименование', description: 'Наименование репозитория: чьи стандарты в нём хранятся.' }),
    description: z.string().optional().meta({ title: 'Описание', description: 'Что хранится в репозитории и кто его ведёт.' }),
    include: z.array(z.string().min(1)).default(['**/*.yaml', '**/*.yml', '**/*.json']).meta({
      title: 'Файлы артефактов',
      description: 'Шаблоны путей (glob) файлов артефактов относительно папки репозитория.',
    }),
    exclude: z.array(z.string().min(1)).default([]).meta({ title: 'Исключить', description: 'Шаблоны путей, которые не загружаются.' }),
    rules: z
      .record(z.string(), z.enum(SEVERITY_SETTINGS))
      .default({})
      .meta({ title: 'Уровни правил', description: 'Переопределение уровня по идентификатору правила: error, warning, info, hint или off.' }),
    baseline: z.string().optional().meta({ title: 'Базовый список', description: 'Файл принятых замечаний, которые не показываются.' }),
    region: z.string().regex(/^\d{2}$/).optional().meta({ title: 'Субъект РФ', description: 'Двузначный код субъекта, если репозиторий региональный.' }),
  }),
  'Манифест репозитория модели',
  'Файл tsmp.yaml в корне папки со стандартами: формат, состав, настройки проверки.',
);
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_FILE = 'tsmp.yaml';
