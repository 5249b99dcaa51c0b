import type { Localizer } from '@tsmp/core';
import type { EcpCatalog, EcpControlPoint } from '../ecp/catalog-schema.js';

export interface MappingTemplateOptions {
  /** Name of the regional information system. */
  system: string;
  /** Two-digit code of the region, if known. */
  regionCode?: string;
  /** Id of the mapping artifact; derived from the standard id when absent. */
  id?: string;
}

/** Quotes a string as a YAML double-quoted scalar; JSON string syntax is valid YAML. */
function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * Writes a mapping template for regional developers. Every control point of
 * the edition is listed as a commented-out entry with its fields and types.
 * The file is thus valid at once, and `tsmp mapping check` measures progress
 * as entries are uncommented and filled in. Comments are in the localizer's
 * language.
 */
export function mappingTemplate(catalog: EcpCatalog, options: MappingTemplateOptions, t: Localizer): string {
  const { standard } = catalog;
  const lines = [
    ...comment(t.format('mapping.template.header', { title: standard.title, edition: standard.edition, system: options.system })),
    ...comment(t.format('mapping.template.howTo')),
    'kind: RegionalMapping',
    `id: ${quote(options.id ?? `${standard.id}-mapping`)}`,
    'system:',
    `  name: ${quote(options.system)}`,
    ...(options.regionCode ? [`  regionCode: ${quote(options.regionCode)}`] : []),
    `standard: ${quote(standard.id)}`,
    `edition: ${standard.edition}`,
    'mappings:',
  ];
  for (const point of catalog.controlPoints) lines.push(...pointLines(point, t));
  return `${lines.join('\n')}\n`;
}

function comment(text: string, indent = ''): string[] {
  return text.split('\n').map((line) => `${indent}# ${line}`);
}

function pointLines(point: EcpControlPoint, t: Localizer): string[] {
  const about = t.format(point.required ? 'mapping.template.requiredPoint' : 'mapping.template.optionalPoint', {
    name: point.name,
    event: point.event,
    operation: point.operation ? `${point.operation.number} ${point.operation.name}` : '—',
    deadline: point.deadline?.wording ?? '—',
  });
  const lines = ['', ...comment(about, '  '), `  # - controlPoint: ${quote(point.id)}`, `  #   event: ""  # ${t.format('mapping.template.eventHint')}`];
  if (point.fields.length === 0) {
    lines.push('  #   fields: []');
    return lines;
  }
  lines.push('  #   fields:');
  for (const field of point.fields) {
    const note = t.format(field.required ? 'mapping.template.requiredField' : 'mapping.template.optionalField', { name: field.name });
    lines.push(`  #     - field: ${quote(field.id)}  # ${note}`);
    lines.push(`  #       source: ""`);
    lines.push(`  #       type: ${field.type}`);
  }
  return lines;
}
