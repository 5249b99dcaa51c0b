import { parseStringPromise } from 'xml2js';
import { finding, type Finding, type PathSegment, type SourceLocation } from '@tsmp/core';
import { decodeXml } from '../xml/decode.js';
import { scanXml, type ScannedElement } from '../xml/scan.js';
import { EcpCatalog, ECP_CATALOG_XML_NAMESPACE } from './catalog-schema.js';
import { catalogIssues } from './issues.js';
import type { EcpCatalogImport } from './json.js';
import { attribute, booleanValue, childElement, childElements, numberValue, textOf, type XmlNode } from './xml-node.js';

const NS = ECP_CATALOG_XML_NAMESPACE;

/**
 * Reads an XML catalogue. The bytes are decoded by byte-order mark and
 * declared encoding and checked for well-formedness and a DOCTYPE before
 * xml2js parses them, so entity declarations are never processed. Elements
 * are matched by namespace URI, and single and repeated elements both come
 * back as lists.
 */
export async function importEcpCatalogXml(bytes: Uint8Array | string, file: string): Promise<EcpCatalogImport> {
  const decoded = decodeXml(bytes);
  const locations = new LocationRecorder(file);
  const scan = scanXml(decoded, file, (element) => locations.add(element));
  if (!scan.accepted) return { findings: scan.findings };
  const findings = [...scan.findings];

  if (scan.root?.uri !== NS || scan.root.local !== 'catalog') {
    findings.push(
      finding({
        ruleId: 'ecp-catalog-invalid',
        severity: 'error',
        messageId: 'ecp.notCatalog',
        args: { element: scan.root?.local ?? '', namespace: scan.root?.uri || '—', expected: NS },
        location: { file, line: 1, column: 1 },
      }),
    );
    return { findings };
  }

  const parsed = (await parseStringPromise(decoded.text, { xmlns: true, explicitArray: true, explicitRoot: false })) as XmlNode;
  const result = EcpCatalog.safeParse(toPlain(parsed));
  if (!result.success) return { findings: [...findings, ...catalogIssues(result.error.issues, (path) => locations.locate(path))] };
  return { catalog: result.data, findings };
}

function toPlain(root: XmlNode): Record<string, unknown> {
  const standard = childElement(root, NS, 'standard');
  const points = childElements(root, NS, 'controlPoints').flatMap((list) => childElements(list, NS, 'controlPoint'));
  return dropUndefined({
    format: attribute(root, 'format'),
    formatVersion: numberValue(attribute(root, 'formatVersion')),
    standard: standard
      ? dropUndefined({
          id: attribute(standard, 'id'),
          title: textOf(childElement(standard, NS, 'title')),
          edition: numberValue(attribute(standard, 'edition')),
          status: attribute(standard, 'status'),
          effectiveFrom: attribute(standard, 'effectiveFrom'),
          effectiveTo: attribute(standard, 'effectiveTo'),
        })
      : undefined,
    controlPoints: points.map(controlPointOf),
  });
}

function controlPointOf(node: XmlNode): Record<string, unknown> {
  const operation = childElement(node, NS, 'operation');
  const deadline = childElement(node, NS, 'deadline');
  const fields = childElements(node, NS, 'fields').flatMap((list) => childElements(list, NS, 'field'));
  return dropUndefined({
    id: attribute(node, 'id'),
    name: textOf(childElement(node, NS, 'name')),
    event: attribute(node, 'event'),
    required: booleanValue(attribute(node, 'required')),
    description: textOf(childElement(node, NS, 'description')),
    techCard: attribute(node, 'techCard'),
    operation: operation
      ? dropUndefined({
          id: attribute(operation, 'id'),
          number: attribute(operation, 'number'),
          name: textOf(childElement(operation, NS, 'name')),
          performer: attribute(operation, 'performer'),
        })
      : undefined,
    deadline: deadline
      ? dropUndefined({
          amount: numberValue(attribute(deadline, 'amount')),
          unit: attribute(deadline, 'unit'),
          anchorEvent: attribute(deadline, 'anchorEvent'),
          wording: textOf(childElement(deadline, NS, 'wording')),
        })
      : undefined,
    fields: fields.map((field) => {
      const values = childElements(field, NS, 'values').flatMap((list) => childElements(list, NS, 'value'));
      return dropUndefined({
        id: attribute(field, 'id'),
        name: textOf(childElement(field, NS, 'name')),
        type: attribute(field, 'type'),
        required: booleanValue(attribute(field, 'required')),
        values: childElement(field, NS, 'values') ? values.map((value) => textOf(value) ?? '') : undefined,
        description: textOf(childElement(field, NS, 'description')),
      });
    }),
  });
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Remembers where each control point and field element starts, to locate schema problems. */
class LocationRecorder {
  private readonly byPath = new Map<string, SourceLocation>();
  private point = -1;
  private field = -1;

  constructor(private readonly file: string) {}

  add(element: ScannedElement): void {
    if (element.uri !== NS) return;
    if (element.local === 'standard') this.byPath.set('standard', element.location);
    if (element.local === 'controlPoint') {
      this.point += 1;
      this.field = -1;
      this.byPath.set(`controlPoints.${this.point}`, element.location);
    }
    if (element.local === 'field' && this.point >= 0) {
      this.field += 1;
      this.byPath.set(`controlPoints.${this.point}.fields.${this.field}`, element.location);
    }
  }

  locate(path: readonly PathSegment[]): SourceLocation {
    for (let length = path.length; length > 0; length -= 1) {
      const found = this.byPath.get(path.slice(0, length).join('.'));
      if (found) return found;
    }
    return { file: this.file, line: 1, column: 1 };
  }
}
