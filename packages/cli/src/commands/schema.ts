import { Command, Option } from 'commander';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { toJsonSchema, type JsonSchemaTarget } from '@tsmp/schema';
import { writeFileAtomic } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { langOption, writeError } from '../options.js';

/** `tsmp schema`: the JSON Schema of artifact files and of the manifest, for editor completion. */
export function schemaCommand(ctx: CommandContext): Command {
  return new Command('schema')
    .description(ctx.t.format('schema.description'))
    .addOption(new Option('--target <target>', ctx.t.format('schema.option.target')).choices(['artifact', 'manifest']).default('artifact'))
    .addOption(new Option('-o, --out-dir <folder>', ctx.t.format('schema.option.outDir')))
    .addOption(langOption(ctx))
    .action(async (options: { target: JsonSchemaTarget; outDir?: string }) => {
      if (!options.outDir) {
        ctx.stdout.write(`${JSON.stringify(toJsonSchema(options.target), null, 2)}\n`);
        return;
      }
      try {
        await mkdir(options.outDir, { recursive: true });
        for (const target of ['artifact', 'manifest'] as const) {
          const file = join(options.outDir, `${target}.json`);
          await writeFileAtomic(file, `${JSON.stringify(toJsonSchema(target), null, 2)}\n`);
          ctx.stderr.write(`${ctx.t.format('schema.written', { file })}\n`);
        }
      } catch (error) {
        throw writeError(ctx, options.outDir, error);
      }
    });
}
