import { withoutIllegalXml } from '@tsmp/core';
import { Builder } from 'xml2js';
import { ECP_CATALOG_XML_NAMESPACE, type EcpCatalog, type EcpControlPoint, type EcpField } from './catalog-schema.js';

/**
 * Writes a catalogue as XML in the catalogue namespace, valid against the
 * published XSD. Repeated items sit in wrapper elements (`controlPoints`,
 * `fields`, `values`) so that a reader can tell one item from none.
 */
export function exportEcpCatalogXml(source: EcpCatalog): string {
  // xml2js escapes markup but not the control characters XML 1.0 forbids.
  const catalog = withoutIllegalXml(source);
  const { standard } = catalog;
  const document = {
    catalog: {
      $: { xmlns: ECP_CATALOG_XML_NAMESPACE, format: catalog.format, formatVersion: String(catalog.formatVersion) },
      standard: {
        $: {
          id: standard.id,
          edition: String(standard.edition),
          status: standard.status,
          effectiveFrom: standard.effectiveFrom,
          ...(standard.effectiveTo ? { effectiveTo: standard.effectiveTo } : {}),
        },
        title: standard.title,
      },
      controlPoints: { controlPoint: catalog.controlPoints.map(controlPointElement) },
    },
  };
  const builder = new Builder({ xmldec: { version: '1.0', encoding: 'UTF-8' }, renderOpts: { pretty: true, indent: '  ', newline: '\n' } });
  return `${builder.buildObject(document)}\n`;
}

function controlPointElement(point: EcpControlPoint): Record<string, unknown> {
  const element: Record<string, unknown> = {
    $: { id: point.id, event: point.event, required: String(point.required), techCard: point.techCard },
    name: point.name,
  };
  if (point.description) element['description'] = point.description;
  if (point.operation) {
    const { id, number, performer, name } = point.operation;
    element['operation'] = { $: { id, number, performer }, name };
  }
  if (point.deadline) {
    const { amount, unit, anchorEvent, wording } = point.deadline;
    element['deadline'] = { $: { amount: String(amount), unit, anchorEvent }, wording };
  }
  element['fields'] = { field: point.fields.map(fieldElement) };
  return element;
}

function fieldElement(field: EcpField): Record<string, unknown> {
  const element: Record<string, unknown> = { $: { id: field.id, type: field.type, required: String(field.required) }, name: field.name };
  if (field.description) element['description'] = field.description;
  if (field.values) element['values'] = { value: field.values };
  return element;
}
