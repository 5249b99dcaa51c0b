import type { Localizer } from '@tsmp/core';
import type { Form } from '@tsmp/schema';
import type { Block, TableBlock } from '../model/blocks.js';
import { cleanText, plain } from '../model/text.js';
import { indicatorTable } from './indicator-table.js';
import type { OrderDetails } from './labels.js';
import type { SectionContext } from './standard-sections.js';

/**
 * Builds the annexes of a process standard, each from a new page with its
 * mark «Приложение № N к Стандарту…». The indicators table is added as an
 * annex of its own when the model has indicators but declares no such annex.
 */
export function buildAnnexes(ctx: SectionContext, order: OrderDetails): Block[] {
  const { standard, t, sources } = ctx;
  const blocks: Block[] = [];
  const annexes = [...standard.annexes];
  if (ctx.indicatorsAnnex !== undefined && !annexes.some((annex) => annex.annexKind === 'indicators')) {
    annexes.push({ number: ctx.indicatorsAnnex, title: t.format('export.indicators.title'), annexKind: 'indicators' });
  }
  annexes.forEach((annex, index) => {
    const at = `annexes[${index}]`;
    blocks.push({ type: 'pageBreak' });
    blocks.push({ type: 'annexMark', lines: [t.format('export.mark.annex', { annex: annex.number, ...order })] });
    blocks.push({ type: 'title', text: cleanText(annex.title), at: `${at}.title` });
    switch (annex.annexKind) {
      case 'indicators':
        blocks.push({ ...indicatorTable(standard.indicators, t), at: 'indicators' });
        break;
      case 'form': {
        const form = annex.form ? sources.forms.get(annex.form) : undefined;
        if (!annex.form) blocks.push(note(t.format('export.annex.noContent')));
        else if (!form) blocks.push(note(t.format('export.form.notFound', { id: annex.form })));
        else blocks.push(...formBlocks(form, t));
        break;
      }
      default:
        blocks.push(note(t.format('export.annex.noContent')));
    }
  });
  return blocks;
}

/** Lays out the data items of a form as a table, or a note when the model lists none. */
export function formBlocks(form: Omit<Form, 'kind'>, t: Localizer): Block[] {
  if (form.fields.length === 0) return [note(t.format('export.form.noFields'))];
  const table: TableBlock = {
    type: 'table',
    at: `forms[${form.id}]`,
    columns: [
      { header: t.format('export.form.col.number'), width: 8, align: 'center' },
      { header: t.format('export.form.col.name'), width: 52 },
      { header: t.format('export.form.col.type'), width: 20, align: 'center' },
      { header: t.format('export.form.col.required'), width: 20, align: 'center' },
    ],
    rows: form.fields.map((field, index) => ({
      kind: 'data' as const,
      at: `forms[${form.id}].fields[${field.id}]`,
      cells: [
        [plain(String(index + 1))],
        fieldCell(field.name, field.values),
        [plain(t.format(`export.fieldType.${field.type}`))],
        [plain(t.format(field.required ? 'export.form.required' : 'export.form.optional'))],
      ],
    })),
  };
  return [table];
}

function fieldCell(name: string, values: readonly string[] | undefined) {
  const cell = [plain(cleanText(name))];
  if (values && values.length > 0) cell.push(plain(cleanText(values.join('; '))));
  return cell;
}

function note(text: string): Block {
  return { type: 'paragraph', content: plain(text), indent: true };
}
