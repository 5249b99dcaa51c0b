import type { Catalogs } from '@tsmp/core';
import { bpmnMessages } from './bpmn/messages.js';
import { lintMessages } from './bpmn/lint-messages.js';
import { ecpMessages } from './ecp/messages.js';
import { mappingMessages } from './mapping/messages.js';
import { ruleMessages } from './rules.js';
import { xmlMessages } from './xml/messages.js';

/** Message catalogues of @tsmp/adapters; the CLI adds them to its localizer. */
export const ADAPTERS_CATALOGS: readonly Catalogs[] = [xmlMessages, bpmnMessages, lintMessages, ecpMessages, mappingMessages, ruleMessages];
export { ADAPTERS_RULES } from './rules.js';
