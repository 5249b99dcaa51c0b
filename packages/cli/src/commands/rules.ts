import { Command } from 'commander';
import { RULES } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { formatOption, langOption } from '../options.js';

/** `tsmp rules`: the validation rules with their ids, default levels and descriptions. */
export function rulesCommand(ctx: CommandContext): Command {
  return new Command('rules')
    .description(ctx.t.format('rules.description'))
    .addOption(formatOption(ctx, ['table', 'json'], 'table'))
    .addOption(langOption(ctx))
    .action((options: { format: 'table' | 'json' }) => {
      const rows = [...RULES]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((rule) => ({ id: rule.id, defaultSeverity: rule.defaultSeverity, description: ctx.t.format(rule.descriptionId) }));
      if (options.format === 'json') {
        ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(...rows.map((row) => row.id.length), 10);
      const levelWidth = Math.max(...rows.map((row) => ctx.t.format(`severity.${row.defaultSeverity}`).length), 8);
      ctx.stdout.write(`${ctx.t.format('rules.header.id').padEnd(width)}  ${ctx.t.format('rules.header.level').padEnd(levelWidth)}  ${ctx.t.format('rules.header.description')}\n`);
      for (const row of rows) {
        ctx.stdout.write(`${row.id.padEnd(width)}  ${ctx.t.format(`severity.${row.defaultSeverity}`).padEnd(levelWidth)}  ${row.description}\n`);
      }
    });
}
