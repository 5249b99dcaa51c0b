import { Command, Option } from 'commander';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FindingFormat, Severity, SeveritySetting } from '@tsmp/core';
import { closestRuleId, formatFindings, LOAD_RULE_IDS, reachesThreshold, RULES } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../io.js';
import { emit, failOnOption, formatOption, langOption, outOption } from '../options.js';
import { validatePath } from '../services/validate.js';
import { VERSION } from '../version.js';

interface ValidateOptions {
  format: FindingFormat;
  failOn: Severity;
  baseline?: string;
  writeBaseline?: string;
  rule: string[];
  out?: string;
}

/** `tsmp validate [path]`: structural and semantic checks of a model repository or one artifact file. */
export function validateCommand(ctx: CommandContext): Command {
  return new Command('validate')
    .description(ctx.t.format('validate.description'))
    .argument('[path]', ctx.t.format('validate.argument.path'), '.')
    .addOption(formatOption(ctx))
    .addOption(failOnOption(ctx))
    .addOption(new Option('--baseline <file>', ctx.t.format('validate.option.baseline')))
    .addOption(new Option('--write-baseline <file>', ctx.t.format('validate.option.writeBaseline')))
    .addOption(new Option('--rule <id=level>', ctx.t.format('validate.option.rule')).argParser(collect).default([]))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (path: string, options: ValidateOptions) => {
      const overrides = parseOverrides(options.rule, ctx);
      const result = await validatePath(path, { overrides, baseline: options.baseline, writeBaseline: options.writeBaseline }, ctx);
      const basePath = relative(ctx.cwd, result.root) || '.';
      const text = formatFindings(result.findings, options.format, {
        localizer: ctx.t,
        basePath,
        rules: RULES,
        toolVersion: VERSION,
        baseUri: `${pathToFileURL(ctx.cwd).href}/`,
        color: options.format === 'stylish' && !options.out && Boolean(ctx.stdout.isTTY) && !ctx.env['NO_COLOR'],
      });
      await emit(ctx, text, options.out);
      if (result.baselineWritten) ctx.stderr.write(`${ctx.t.format('validate.baselineWritten', { file: result.baselineWritten, count: result.baselineCount })}\n`);
      if (result.suppressed > 0) ctx.stderr.write(`${ctx.t.format('validate.suppressed', { count: result.suppressed })}\n`);
      ctx.exitCode = reachesThreshold(result.findings, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const LEVELS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

function parseOverrides(values: readonly string[], ctx: CommandContext): Record<string, SeveritySetting> {
  const known = [...RULES.map((rule) => rule.id), ...LOAD_RULE_IDS];
  const overrides: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const parts = value.split('=');
    const [id, level] = parts;
    if (parts.length !== 2 || !id || !level || !LEVELS.includes(level as SeveritySetting)) {
      throw new UserError(ctx.t.format('validate.error.ruleOption', { value, levels: LEVELS.join(', ') }));
    }
    if (!known.includes(id)) {
      throw new UserError(ctx.t.format('load.unknownRuleId', { rule: id, suggestion: closestRuleId(id, known) ?? 'none' }));
    }
    overrides[id] = level as SeveritySetting;
  }
  return overrides;
}
