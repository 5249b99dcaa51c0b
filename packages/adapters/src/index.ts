export { ADAPTERS_CATALOGS } from './catalogs.js';
export { decodeXml, XML_ENCODINGS, type DecodedXml } from './xml/decode.js';
export { importBpmn, type BpmnImport } from './bpmn/read.js';
export { lintBpmn, type BpmnLintOptions } from './bpmn/lint.js';
export * from './bpmn/model.js';
export { BPMN_MODEL_URI, TSMP_BPMN_URI } from './bpmn/namespaces.js';
