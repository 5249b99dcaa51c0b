import type { Lang } from '@tsmp/core';
import type { Localizer } from '@tsmp/core';

/** Streams and settings a command runs with; tests pass buffers instead of the process streams. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Context every command receives: the streams, the language and its localizer. */
export interface CommandContext extends CliIo {
  /** The arguments the CLI was started with, without `node` and the script. */
  argv: readonly string[];
  lang: Lang;
  t: Localizer;
  /** Set by a command to the exit code it wants: 0 clean, 1 findings at the threshold, 2 failure. */
  exitCode: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

/** An error whose message is already in the user's language; the CLI prints it without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
