export * from './types.js';
export * from './template.js';
export * from './localizer.js';
