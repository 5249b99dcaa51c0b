import type { Localizer } from '@tsmp/core';
import type { Operation, ProcessStandard, TechCard } from '@tsmp/schema';
import type { Block, ExportDocument, RichText, TableCell, TableRow } from '../model/blocks.js';
import { cleanText, plain } from '../model/text.js';
import { labels } from './labels.js';
import type { ExportSources } from './sources.js';
import { formName, roleName, systemName } from './sources.js';
import type { DocumentOptions } from './standard.js';

/**
 * Builds a tech card as a landscape table, one group row per procedure of
 * the standard and one row per operation, in the order of the procedures
 * and then of the operation numbers.
 */
export function buildTechCardDocument(card: TechCard, sources: ExportSources, options: DocumentOptions = {}): ExportDocument {
  const lang = options.lang ?? 'ru';
  const t = labels(lang);
  const found = sources.standards.get(card.standard);
  const standard = found?.kind === 'ProcessStandard' ? found : undefined;

  const blocks: Block[] = [{ type: 'title', text: cleanText(card.title), subtitle: standard ? cleanText(t.format('export.techCard.toStandard', { title: standard.title })) : undefined, at: 'title' }];
  const rows: TableRow[] = [];
  for (const group of groupByProcedure(card.operations, standard)) {
    const procedure = standard?.procedures.find((entry) => entry.id === group.procedure);
    const text = procedure
      ? t.format('export.techCard.procedure', { number: procedure.number, name: cleanText(procedure.name) })
      : t.format('export.techCard.procedureUnknown', { id: group.procedure });
    rows.push({ kind: 'group', text, at: `operations[${group.operations[0]?.id ?? ''}].procedure` });
    for (const operation of group.operations) rows.push(operationRow(operation, card, sources, t));
  }
  blocks.push({
    type: 'table',
    numberRow: true,
    at: 'operations',
    columns: [
      { header: t.format('export.techCard.col.number'), width: 5, align: 'center' },
      { header: t.format('export.techCard.col.operation'), width: 22 },
      { header: t.format('export.techCard.col.performer'), width: 13 },
      { header: t.format('export.techCard.col.deadline'), width: 12 },
      { header: t.format('export.techCard.col.result'), width: 14 },
      { header: t.format('export.techCard.col.forms'), width: 11 },
      { header: t.format('export.techCard.col.system'), width: 11 },
      { header: t.format('export.techCard.col.controlPoint'), width: 12 },
    ],
    rows,
    emptyText: t.format('export.table.empty'),
  });
  return { kind: 'techCard', title: cleanText(card.title), lang, orientation: 'landscape', blocks };
}

interface ProcedureGroup {
  procedure: string;
  operations: Operation[];
}

function groupByProcedure(operations: readonly Operation[], standard: ProcessStandard | undefined): ProcedureGroup[] {
  const groups = new Map<string, Operation[]>();
  for (const operation of operations) {
    const list = groups.get(operation.procedure) ?? [];
    list.push(operation);
    groups.set(operation.procedure, list);
  }
  const order = new Map(standard?.procedures.map((procedure) => [procedure.id, procedure.number]) ?? []);
  const firstIndex = new Map([...groups.keys()].map((id, index) => [id, index]));
  return [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || (firstIndex.get(a) ?? 0) - (firstIndex.get(b) ?? 0))
    .map(([procedure, list]) => ({ procedure, operations: [...list].sort((a, b) => compareNumbers(a.number, b.number)) }));
}

/** Compares dotted numbers «2.10» and «2.9» part by part. */
function compareNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (Number.isNaN(difference)) return a.localeCompare(b);
    if (difference !== 0) return difference;
  }
  return 0;
}

function operationRow(operation: Operation, card: TechCard, sources: ExportSources, t: Localizer): TableRow {
  const operationCell: TableCell = [[{ text: cleanText(operation.name), bold: true }], plain(cleanText(t.format('export.techCard.trigger', { trigger: operation.trigger })))];
  for (const action of operation.actions) operationCell.push(plain(cleanText(`— ${action}`)));
  const controlPoint = operation.controlPoint ? card.controlPoints.find((point) => point.id === operation.controlPoint) : undefined;
  const controlCell: TableCell = [];
  if (operation.controlPoint) {
    controlCell.push(plain(cleanText(controlPoint?.name ?? operation.controlPoint)));
    if (controlPoint) controlCell.push([{ text: controlPoint.event, italic: true }]);
  }
  return {
    kind: 'data',
    at: `operations[${operation.id}]`,
    cells: [
      [plain(operation.number)],
      operationCell,
      [plain(cleanText(roleName(sources, operation.performer)))],
      [plain(cleanText(operation.deadline.wording))],
      [plain(cleanText(operation.result))],
      operation.forms.map((id): RichText => plain(cleanText(formName(sources, id)))),
      operation.informationSystem ? [plain(cleanText(systemName(sources, operation.informationSystem)))] : [],
      controlCell,
    ],
  };
}
