import { z } from 'zod';
import { AUDIENCES, CHANGE_LEVELS, ELEMENT_KINDS } from './types.js';

const Level = z.enum(CHANGE_LEVELS).meta({ description: 'breaking — несовместимое, major — существенное, minor — незначительное, editorial — редакционное.' });
const Audience = z.enum(AUDIENCES);
const Location = z.strictObject({ file: z.string(), line: z.number().int(), column: z.number().int(), endLine: z.number().int().optional(), endColumn: z.number().int().optional() });
const Span = z.strictObject({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() });
const Element = z.strictObject({
  kind: z.enum(ELEMENT_KINDS),
  id: z.string(),
  number: z.string().optional(),
  name: z.string().optional(),
  artifactId: z.string(),
  label: z.string().meta({ description: 'Элемент так, как его называет сообщение.' }),
});
const Edition = z.strictObject({
  artifactId: z.string(),
  kind: z.string(),
  file: z.string(),
  title: z.string().optional(),
  number: z.number().int().optional(),
  status: z.string().optional(),
  effectiveFrom: z.string().optional(),
  effectiveTo: z.string().optional(),
  transition: z.string().optional(),
});

const Change = z.strictObject({
  ruleId: z.string(),
  level: Level,
  audiences: z.array(Audience),
  message: z.string().meta({ description: 'Сообщение на языке вывода.' }),
  messageId: z.string(),
  element: Element,
  idPath: z.string(),
  matchedBy: z.enum(['id', 'similarity']).optional(),
  oldLocation: Location.optional(),
  newLocation: Location.optional(),
  oldValue: z.unknown().optional(),
  newValue: z.unknown().optional(),
  roles: z.array(z.string()),
  spans: z.array(Span).optional(),
  occurrences: z.number().int().optional(),
  places: z.array(z.string()).optional(),
  effectiveFrom: z.string().optional(),
});

const Assignment = z.strictObject({
  role: z.string().nullable().meta({ description: 'Идентификатор роли; null — изменения текста, которые касаются всех специалистов.' }),
  roleName: z.string().optional(),
  effectiveFrom: z.string().optional(),
  level: Level,
  items: z.array(z.strictObject({ element: Element, changes: z.array(z.strictObject({ ruleId: z.string(), level: Level, message: z.string() })) })),
});

const PolicyFinding = z.strictObject({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info', 'hint']),
  message: z.string(),
  location: Location.optional(),
});

const TableRow = z.strictObject({
  point: z.string(),
  number: z.string().optional(),
  oldText: z.string(),
  newText: z.string(),
  comment: z.string(),
  ruleId: z.string(),
  spans: z.array(Span),
});

/** The JSON output of `tsmp diff --format json`. */
export const DiffJson = z
  .strictObject({
    tool: z.literal('tsmp'),
    formatVersion: z.literal(1),
    lang: z.enum(['ru', 'en']),
    old: z.strictObject({ source: z.string() }),
    new: z.strictObject({ source: z.string() }),
    pairs: z.array(z.strictObject({ old: Edition, new: Edition })),
    summary: z.strictObject({
      total: z.number().int(),
      byLevel: z.strictObject({ breaking: z.number().int(), major: z.number().int(), minor: z.number().int(), editorial: z.number().int() }),
      level: Level.nullable(),
    }),
    changes: z.array(Change),
    audiences: z.array(z.strictObject({ audience: Audience, count: z.number().int(), level: Level })),
    assignments: z.array(Assignment),
    policy: z.array(PolicyFinding),
    tables: z.array(z.strictObject({ artifactId: z.string(), title: z.string().optional(), old: Edition, new: Edition, rows: z.array(TableRow) })),
    pointInTime: z
      .array(
        z.strictObject({
          artifactId: z.string(),
          date: z.string(),
          inForce: Edition.nullable(),
          caseStart: z.string().optional(),
          governing: Edition.nullable().optional(),
          rule: z.enum(['editionAtCaseStart', 'editionInForce']).optional(),
        }),
      )
      .optional()
      .meta({ description: 'Какая редакция действует на дату и какая применяется к случаю, начатому раньше (--at, --case-start).' }),
  })
  .meta({ title: 'Результат сравнения редакций tsmp', description: 'Изменения между двумя редакциями, затронутые аудитории, задания на изучение и сравнительные таблицы.' });
export type DiffJson = z.infer<typeof DiffJson>;

/** Builds the JSON Schema of the JSON output, published as packages/core/schema/diff-result.schema.json. */
export function diffJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(DiffJson, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://tsmp.dev/schema/diff-result.json', ...json };
}
