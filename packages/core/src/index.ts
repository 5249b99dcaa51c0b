export * from './i18n/index.js';
export * from './findings/index.js';
export * from './repository/index.js';
export * from './fs/atomic.js';
export * from './errors/tsmp-error.js';
export * from './format/index.js';
export * from './calendar/index.js';
export { CORE_CATALOGS } from './catalogs.js';
