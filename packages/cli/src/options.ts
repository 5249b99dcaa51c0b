import { Option } from 'commander';
import type { FindingFormat, Severity } from '@tsmp/core';
import { FINDING_FORMATS, writeFileAtomic } from '@tsmp/core';
import type { CommandContext } from './io.js';
import { UserError } from './io.js';

/** `--format` limited to the given choices, with a translated description. */
export function formatOption(ctx: CommandContext, formats: readonly string[] = FINDING_FORMATS, fallback = 'stylish'): Option {
  return new Option('-f, --format <format>', ctx.t.format('cli.option.format', { formats: formats.join(', ') })).choices([...formats]).default(fallback);
}

/** `--fail-on`: the finding level from which the exit code is 1. */
export function failOnOption(ctx: CommandContext, levels: readonly string[] = ['error', 'warning', 'info'], fallback = 'error'): Option {
  return new Option('--fail-on <level>', ctx.t.format('cli.option.failOn', { levels: levels.join(', ') })).choices([...levels]).default(fallback);
}

/** `--lang` repeated on every command, so that `tsmp validate --lang en` works as well as `tsmp --lang en validate`. */
export function langOption(ctx: CommandContext): Option {
  return new Option('--lang <lang>', ctx.t.format('cli.option.lang')).choices(['ru', 'en']);
}

/** `-o, --out FILE`. */
export function outOption(ctx: CommandContext): Option {
  return new Option('-o, --out <file>', ctx.t.format('cli.option.out'));
}

/** Writes command output to `--out` atomically, or to stdout. */
export async function emit(ctx: CommandContext, text: string | Uint8Array, out: string | undefined): Promise<void> {
  if (!out) {
    ctx.stdout.write(text);
    return;
  }
  try {
    await writeFileAtomic(out, text);
  } catch (error) {
    throw writeError(ctx, out, error);
  }
}

/** Turns a failed write into a message that gives the reason in words and what to do. */
export function writeError(ctx: CommandContext, file: string, error: unknown): UserError {
  return new UserError(ctx.t.format('cli.error.write', { file, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
}

export type { FindingFormat, Severity };
