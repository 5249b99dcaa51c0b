export * from './types.js';
export { loadRepository, loadArtifactFile, isInside, type LoadOptions } from './load-repository.js';
export { loadArtifactBytes } from './load-artifact.js';
export { parseFile, MAX_FILE_BYTES } from './parse-file.js';
export { decodeText } from './decode.js';
export { globToRegExp } from './glob.js';
export { loadMessages } from './messages.js';
