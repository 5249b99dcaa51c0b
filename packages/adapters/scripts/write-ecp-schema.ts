// Writes the published JSON Schema of the control-point catalogue from its zod
// schema. Run after changing the catalogue schema: pnpm --filter @tsmp/adapters run schema
import { writeFileAtomic } from '@tsmp/core';
import { fileURLToPath } from 'node:url';
import { ecpCatalogJsonSchema } from '../src/ecp/catalog-schema.js';

const target = fileURLToPath(new URL('../schema/ecp-catalog.schema.json', import.meta.url));
await writeFileAtomic(target, `${JSON.stringify(ecpCatalogJsonSchema(), null, 2)}\n`);
process.stdout.write(`${target}\n`);
