import type { Command } from 'commander';
import type { CommandContext } from '../io.js';
import { rulesCommand } from './rules.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
import { exportCommand } from './export.js';
import { diffCommand } from './diff.js';

/** Every CLI command; each module builds its own commander command. Add a line here to register one. */
export const COMMANDS: ReadonlyArray<(ctx: CommandContext) => Command> = [
  validateCommand,
  rulesCommand,
  schemaCommand,
  exportCommand,
  diffCommand,
];
