// Writes the JSON Schema of `tsmp diff --format json` to
// packages/core/schema/diff-result.schema.json from the zod schema in code.
// Run: pnpm exec tsx scripts/write-diff-schema.ts
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffJsonSchema, writeFileAtomic } from '@tsmp/core';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'schema', 'diff-result.schema.json');
await writeFileAtomic(target, `${JSON.stringify(diffJsonSchema(), null, 2)}\n`);
process.stdout.write(`${target}\n`);
