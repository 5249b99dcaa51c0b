import type { Catalogs } from '@tsmp/core';
import { CORE_CATALOGS } from '@tsmp/core';
import { commonMessages } from './messages/common.js';
import { schemaMessages } from './messages/schema.js';
import { validateMessages } from './messages/validate.js';
import { EXPORT_CATALOGS } from '@tsmp/export/messages';
import { exportCommandMessages } from './messages/export.js';
import { ADAPTERS_CATALOGS } from '@tsmp/adapters/messages';
import { adaptersCommandMessages } from './messages/adapters.js';
import { INDICATORS_CATALOGS } from '@tsmp/indicators/messages';
import { indicatorsCommandMessages } from './messages/indicators.js';

/** Message catalogues of all packages, in the order later ones may override earlier ones. */
export const ALL_CATALOGS: readonly Catalogs[] = [...CORE_CATALOGS, commonMessages, validateMessages, schemaMessages, ...EXPORT_CATALOGS, exportCommandMessages, ...ADAPTERS_CATALOGS, adaptersCommandMessages, ...INDICATORS_CATALOGS, indicatorsCommandMessages];
