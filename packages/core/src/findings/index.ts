export * from './finding.js';
export * from './fingerprint.js';
export * from './sort.js';
export * from './id-path.js';
