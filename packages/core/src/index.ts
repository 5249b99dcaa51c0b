export * from './i18n/index.js';
export * from './findings/index.js';
export * from './repository/index.js';
export { CORE_CATALOGS } from './catalogs.js';
