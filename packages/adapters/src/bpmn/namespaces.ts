/** Namespace URIs of BPMN 2.0 (OMG), by which elements are matched whatever their prefix. */
export const BPMN_MODEL_URI = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
export const BPMN_DI_URI = 'http://www.omg.org/spec/BPMN/20100524/DI';
export const DC_URI = 'http://www.omg.org/spec/DD/20100524/DC';
export const DI_URI = 'http://www.omg.org/spec/DD/20100524/DI';

/** Namespaces whose elements are BPMN proper rather than vendor extensions. */
export const BPMN_URIS: ReadonlySet<string> = new Set([BPMN_MODEL_URI, BPMN_DI_URI, DC_URI, DI_URI]);

/** Namespace of the attributes that link BPMN elements to tsmp: operation, role, control point. */
export const TSMP_BPMN_URI = 'https://tsmp.dev/schema/bpmn/1';
