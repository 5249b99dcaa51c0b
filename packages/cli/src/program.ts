import { Argument, Command, Help, Option } from 'commander';
import type { CommandContext } from './io.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

/** Builds the commander program with every text in the user's language. */
export function buildProgram(ctx: CommandContext): Command {
  const program = new Command('tsmp');
  program
    .description(ctx.t.format('cli.description'))
    .version(VERSION, '-V, --version', ctx.t.format('cli.option.version'))
    .addOption(new Option('--lang <lang>', ctx.t.format('cli.option.lang')).choices(['ru', 'en']))
    .showSuggestionAfterError(false);
  configure(program, ctx);
  for (const define of COMMANDS) {
    const command = define(ctx);
    configure(command, ctx);
    program.addCommand(command);
  }
  program.addHelpCommand(new Command('help').argument('[command]').description(ctx.t.format('cli.help.command')));
  return program;
}

/** Replaces commander's English placeholders in usage lines. */
function translateUsage(usage: string, ctx: CommandContext): string {
  return usage.replace('[options]', ctx.t.format('cli.help.optionsPlaceholder')).replace('[command]', ctx.t.format('cli.help.commandPlaceholder'));
}

/** Builds an option's help line with its allowed values and default in the user's language. */
function describeOption(option: Option, ctx: CommandContext): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(ctx.t.format('cli.help.choices', { values: option.argChoices.join(', ') }));
  const fallback: unknown = option.defaultValue;
  if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && typeof fallback !== 'boolean') {
    extra.push(ctx.t.format('cli.help.default', { value: String(fallback) }));
  }
  return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
}

/** Builds an argument's help line with its default in the user's language. */
function describeArgument(argument: Argument, ctx: CommandContext): string {
  const fallback: unknown = argument.defaultValue;
  return fallback === undefined ? argument.description : `${argument.description} (${ctx.t.format('cli.help.default', { value: String(fallback) })})`;
}

/** Sends commander's output to the context streams, translates its headings and stops it from exiting. */
export function configure(command: Command, ctx: CommandContext): void {
  const headings: Record<string, string> = {
    'Usage:': ctx.t.format('cli.help.usage'),
    'Options:': ctx.t.format('cli.help.options'),
    'Commands:': ctx.t.format('cli.help.commands'),
    'Arguments:': ctx.t.format('cli.help.arguments'),
    'Global Options:': ctx.t.format('cli.help.globalOptions'),
  };
  command
    .exitOverride()
    .helpOption('-h, --help', ctx.t.format('cli.option.help'))
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      // Usage errors are rendered by `run` from the error code, in the user's language.
      outputError: () => undefined,
    })
    .configureHelp({
      styleTitle: (title: string) => headings[title] ?? title,
      styleUsage: (usage: string) => translateUsage(usage, ctx),
      styleSubcommandTerm: (term: string) => translateUsage(term, ctx),
      optionDescription: (option: Option) => describeOption(option, ctx),
      argumentDescription: (argument: Argument) => describeArgument(argument, ctx),
    } as Partial<Help>);
  for (const sub of command.commands) configure(sub, ctx);
}
