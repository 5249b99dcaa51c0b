import type { Command } from 'commander';
import type { CommandContext } from '../io.js';

/** Every CLI command; each module builds its own commander command. Add a line here to register one. */
export const COMMANDS: ReadonlyArray<(ctx: CommandContext) => Command> = [];
