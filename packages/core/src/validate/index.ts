export { validateRepository, applySeverities } from './validate.js';
export type { ValidateOptions } from './validate.js';
export { readBaseline, writeBaseline, applyBaseline, createBaseline, BASELINE_VERSION } from './baseline.js';
export type { Baseline, BaselineEntry } from './baseline.js';
export { validateMessages } from './messages.js';
export { LOAD_RULE_IDS, closestRuleId } from './known-rules.js';
