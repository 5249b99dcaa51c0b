import { describe, expect, it } from 'vitest';
import { Artifact, toJsonSchema } from '@tsmp/schema';

type JsonNode = Record<string, unknown>;

/** Lists the properties of a JSON Schema that lack a title or a description, with their paths. */
function undescribed(node: unknown, path: string, out: string[]): string[] {
  if (!node || typeof node !== 'object') return out;
  const schema = node as JsonNode;
  const properties = (schema['properties'] ?? {}) as Record<string, JsonNode>;
  for (const [key, child] of Object.entries(properties)) {
    if (!(child['title'] && child['description']) && !child['$ref']) out.push(`${path}.${key}`);
    undescribed(child, `${path}.${key}`, out);
  }
  for (const key of ['items', 'additionalProperties']) undescribed(schema[key], `${path}[]`, out);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const branches = (schema[key] ?? []) as unknown[];
    branches.forEach((branch, index) => undescribed(branch, `${path}|${index}`, out));
  }
  return out;
}

describe('JSON Schema for editors', () => {
  it.each(['artifact', 'manifest'] as const)('every %s field has a Russian title and description', (target) => {
    expect(undescribed(toJsonSchema(target), target, [])).toEqual([]);
  });

  it('titles are Russian', () => {
    const schema = toJsonSchema('artifact') as JsonNode;
    expect(String(schema['title'])).toMatch(/[А-Яа-яЁё]/);
  });

  it('is draft 2020-12', () => {
    expect(toJsonSchema('artifact')['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('deadline is a value, not a string', () => {
    const result = Artifact.safeParse({
      kind: 'TechCard',
      id: 'card',
      title: 'Карта',
      standard: 's',
      operations: [{ id: 'op', number: '1', name: 'Приём', procedure: 'p', performer: 'r', trigger: 'т', actions: ['д'], result: 'р', deadline: 'в течение дня' }],
    });
    expect(result.success).toBe(false);
  });
});
