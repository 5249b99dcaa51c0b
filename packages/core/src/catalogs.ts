import type { Catalogs } from './i18n/types.js';
import { calendarMessages } from './calendar/messages.js';
import { diffMessages } from './diff/messages.js';
import { formatMessages } from './format/messages.js';
import { loadMessages } from './repository/messages.js';
import { rulesMessages } from './rules/messages.js';
import { validateMessages } from './validate/messages.js';

/** Message catalogues of @tsmp/core, one per module. Add a module's catalogue here. */
export const CORE_CATALOGS: readonly Catalogs[] = [
  loadMessages,
  formatMessages,
  calendarMessages,
  rulesMessages,
  validateMessages,
  diffMessages,
];
