import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '@tsmp/schema';
import { ROOT } from './helpers.js';

// The YAML files under examples/ point editors at these files; they must match the schema in code.
describe('published JSON Schema', () => {
  for (const target of ['artifact', 'manifest'] as const) {
    it(`examples/schema/${target}.json is up to date`, () => {
      const published = JSON.parse(readFileSync(join(ROOT, 'examples', 'schema', `${target}.json`), 'utf8')) as unknown;
      expect(published, 'regenerate with: pnpm tsmp schema --out-dir examples/schema').toEqual(toJsonSchema(target));
    });
  }
});
