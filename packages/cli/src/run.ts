import { CommanderError } from 'commander';
import { Localizer, resolveLang, TsmpError } from '@tsmp/core';
import { ALL_CATALOGS } from './catalogs.js';
import type { CliIo, CommandContext } from './io.js';
import { EXIT_FAILURE, EXIT_OK, UserError } from './io.js';
import { buildProgram } from './program.js';

/**
 * Runs the CLI with the given arguments (without `node` and the script) and
 * returns the exit code: 0 clean, 1 findings at or above the threshold,
 * 2 usage or tool failure. Never calls `process.exit`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = resolveLang(peekLang(argv), io.env);
  const ctx: CommandContext = { ...io, argv, lang, t: new Localizer(lang, ALL_CATALOGS), exitCode: EXIT_OK };
  try {
    const program = buildProgram(ctx);
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    return reportError(error, ctx);
  }
}

/** Returns the command line to ask for help with: `tsmp validate` when a subcommand was typed, else `tsmp`. */
function commandName(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') i += 1;
    else if (!arg.startsWith('-')) return `tsmp ${arg}`;
  }
  return 'tsmp';
}

/** Finds `--lang` before commander parses, so that help and usage errors are translated too. */
function peekLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

function reportError(error: unknown, ctx: CommandContext): number {
  if (error instanceof UserError) {
    ctx.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof TsmpError) {
    ctx.stderr.write(`${ctx.t.format(error.messageId, error.args)}\n`);
    return EXIT_FAILURE;
  }
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT_OK;
    }
    ctx.stderr.write(`${usageMessage(error, ctx)}\n`);
    return EXIT_FAILURE;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`${ctx.t.format('cli.error.internal', { detail })}\n`);
  if (ctx.env['TSMP_DEBUG'] && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}

/** Translates commander's usage errors by their code; the English text is only parsed for the names it quotes. */
function usageMessage(error: CommanderError, ctx: CommandContext): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
  const command = commandName(ctx.argv);
  switch (error.code) {
    case 'commander.unknownCommand':
      return ctx.t.format('cli.error.unknownCommand', { name: quoted[0] ?? '' });
    case 'commander.unknownOption':
      return ctx.t.format('cli.error.unknownOption', { name: quoted[0] ?? '', command });
    case 'commander.missingArgument':
      return ctx.t.format('cli.error.missingArgument', { name: quoted[0] ?? '', command });
    case 'commander.optionMissingArgument':
      return ctx.t.format('cli.error.missingOptionValue', { name: quoted[0] ?? '', command });
    case 'commander.missingMandatoryOptionValue':
      return ctx.t.format('cli.error.missingMandatoryOption', { name: quoted[0] ?? '', command });
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(error.message)?.[1] ?? '';
      // commander words it as: option '-f, --format <format>' argument 'xml' is invalid.
      const name = quoted[0] ?? '';
      const value = quoted[1] ?? '';
      return ctx.t.format('cli.error.invalidChoice', { value, name, choices });
    }
    case 'commander.excessArguments': {
      // commander words it as: too many arguments for 'diff'. Expected 2 arguments but got 4.
      const [, expected = '?', given = '?'] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
      return ctx.t.format('cli.error.excessArguments', { expected: Number(expected), given: Number(given), command });
    }
    default:
      return ctx.t.format('cli.error.usage', { detail: error.message.replace(/^error: /, '') });
  }
}
