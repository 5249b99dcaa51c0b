import { Command, Help, Option } from 'commander';
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
    } as Partial<Help>);
  for (const sub of command.commands) configure(sub, ctx);
}
