import { z } from 'zod';
import { Artifact } from './artifact.js';
import { Manifest } from './manifest.js';

export type JsonSchemaTarget = 'artifact' | 'manifest';

/**
 * Builds a JSON Schema (draft 2020-12) of artifact files or of the manifest,
 * with the Russian titles and descriptions that YAML editors show.
 */
export function toJsonSchema(target: JsonSchemaTarget = 'artifact'): Record<string, unknown> {
  const schema = target === 'manifest' ? Manifest : Artifact;
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://tsmp.dev/schema/${target}.json`,
    ...json,
  };
}
