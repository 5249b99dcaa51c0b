import type { Command } from 'commander';
import type { CommandContext } from '../io.js';
import { rulesCommand } from './rules.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
import { exportCommand } from './export.js';
import { diffCommand } from './diff.js';
import { bpmnCommand } from './bpmn.js';
import { ecpCommand } from './ecp.js';
import { mappingCommand } from './mapping.js';
import { indicatorsCommand } from './indicators.js';

/** Every CLI command; each module builds its own commander command. Add a line here to register one. */
export const COMMANDS: ReadonlyArray<(ctx: CommandContext) => Command> = [
  validateCommand,
  rulesCommand,
  schemaCommand,
  exportCommand,
  diffCommand,
  bpmnCommand,
  ecpCommand,
  mappingCommand,
  indicatorsCommand,
];
