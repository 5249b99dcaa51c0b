import type { Catalogs } from './i18n/types.js';

/** Message catalogues of @tsmp/core, one per module. Add a module's catalogue here. */
export const CORE_CATALOGS: readonly Catalogs[] = [];
