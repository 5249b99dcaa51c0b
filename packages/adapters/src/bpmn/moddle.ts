import { BpmnModdle } from 'bpmn-moddle';
import { TSMP_MODDLE_PACKAGE } from './tsmp-extension.js';

/** Creates a BPMN moddle that also reads and writes tsmp's link attributes. */
export function createModdle(): BpmnModdle {
  return new BpmnModdle({ tsmp: TSMP_MODDLE_PACKAGE });
}
