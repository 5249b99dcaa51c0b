import { finding, type Finding, type SourceLocation } from '@tsmp/core';
import { qualified, type ScannedElement } from '../xml/scan.js';
import { BPMN_MODEL_URI, BPMN_URIS } from './namespaces.js';

const EXTENSION_ELEMENTS = qualified(BPMN_MODEL_URI, 'extensionElements');

/**
 * Collects where each BPMN element id is defined and reports ids defined
 * twice. Ids inside extensionElements or on elements of vendor namespaces
 * are not BPMN ids: tools store their own data there, and a repeat is not a
 * BPMN duplicate.
 */
export class BpmnIdIndex {
  readonly locations = new Map<string, SourceLocation>();
  readonly findings: Finding[] = [];

  add(element: ScannedElement): void {
    if (!BPMN_URIS.has(element.uri)) return;
    if (element.ancestors.some((name) => name === EXTENSION_ELEMENTS || !isBpmnName(name))) return;
    const id = element.attributes.get('id');
    if (!id) return;
    const first = this.locations.get(id);
    if (!first) {
      this.locations.set(id, element.location);
      return;
    }
    this.findings.push(
      finding({
        ruleId: 'bpmn-duplicate-id',
        severity: 'error',
        messageId: 'bpmn.duplicateId',
        args: { id, element: element.local, firstLine: first.line, firstColumn: first.column },
        location: element.location,
        related: [first],
      }),
    );
  }
}

function isBpmnName(name: string): boolean {
  const close = name.indexOf('}');
  return name.startsWith('{') && BPMN_URIS.has(name.slice(1, close));
}
