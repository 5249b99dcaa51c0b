import type { MessageArgs } from '../i18n/types.js';

/**
 * An error a user can act on, carried as a message id with named values so
 * the CLI renders it in the user's language. Libraries throw it only where
 * nothing usable can be returned (a folder that does not exist); problems
 * inside files are findings instead.
 */
export class TsmpError extends Error {
  constructor(
    readonly messageId: string,
    readonly args: MessageArgs = {},
    options?: { cause?: unknown },
  ) {
    super(`${messageId} ${JSON.stringify(args)}`, options);
    this.name = 'TsmpError';
  }
}
