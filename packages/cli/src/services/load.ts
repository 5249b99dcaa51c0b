import { TsmpError } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { UserError } from '../io.js';

/** Runs a library call and turns its `TsmpError` into a `UserError` in the user's language. */
export async function loadOrFail<T>(load: () => Promise<T> | T, ctx: CommandContext): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TsmpError) throw new UserError(ctx.t.format(error.messageId, error.args));
    throw error;
  }
}
