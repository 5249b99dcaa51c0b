export * from './i18n/index.js';
export * from './findings/index.js';
export * from './repository/index.js';
export * from './fs/atomic.js';
export { CORE_CATALOGS } from './catalogs.js';
