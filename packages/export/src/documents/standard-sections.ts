import type { Localizer } from '@tsmp/core';
import type { ProcessStandard } from '@tsmp/schema';
import type { Block } from '../model/blocks.js';
import { cleanText, plain, pointText } from '../model/text.js';
import { joinList } from './labels.js';
import { continuation, lowerFirst, pointWithList, PointCounter, trimEnd } from './points.js';
import type { ExportSources } from './sources.js';
import { roleName } from './sources.js';

export interface SectionContext {
  standard: ProcessStandard;
  sources: ExportSources;
  t: Localizer;
  counter: PointCounter;
  /** «осуществления полномочия», «реализации меры государственной поддержки». */
  subjectGenitive: string;
  indicatorsAnnex: string | undefined;
}

export interface Section {
  title: string;
  blocks: Block[];
}

/** I. General provisions: the points as the model words them, then recipients, forms and performers. */
export function generalSection(ctx: SectionContext): Section {
  const { standard, t, counter, sources } = ctx;
  const blocks: Block[] = [];
  for (const point of standard.points) {
    blocks.push({ type: 'point', number: counter.take(point.number), content: pointText(point, t.format('export.point.paraphrase')), at: `points[${point.id}].text` });
  }
  const provisions = standard.generalProvisions;
  const recipients = provisions.recipients.map((recipient) => cleanText(recipient.name));
  blocks.push(...pointWithList(counter.next(), t.format('export.standard.recipients'), recipients, 'generalProvisions.recipients'));
  const channels = provisions.provisionForms.map((form) => cleanText(form.description ?? t.format(`export.channel.${form.channel}`)));
  blocks.push(...pointWithList(counter.next(), t.format('export.standard.provisionForms', { subjectGenitive: ctx.subjectGenitive }), channels, 'generalProvisions.provisionForms'));
  if (provisions.performers.length > 0) {
    const list = joinList(provisions.performers.map((id) => lowerFirst(roleName(sources, id))));
    blocks.push({ type: 'point', number: counter.next(), content: plain(t.format('export.standard.performers', { list: cleanText(list) })), at: 'generalProvisions.performers' });
  }
  return { title: t.format('export.standard.section.general'), blocks };
}

/** II. The order: required documents and data, results, deadlines, informing. */
export function orderSection(ctx: SectionContext): Section {
  const { standard, t, counter } = ctx;
  const order = standard.order;
  const blocks: Block[] = [];
  if (order.requiredItems.length > 0) {
    const items = order.requiredItems.map((item) => {
      const notes = [t.format(`export.origin.${item.origin}`)];
      if (!item.required) notes.push(t.format('export.item.optional'));
      if (item.condition) notes.push(lowerFirst(trimEnd(item.condition)));
      return cleanText(`${trimEnd(item.name)} (${notes.join(', ')})`);
    });
    blocks.push(...pointWithList(counter.next(), t.format('export.standard.requiredItems', { subjectGenitive: ctx.subjectGenitive }), items, 'order.requiredItems'));
  }
  const results = order.results.map((result) => cleanText(result.name));
  blocks.push(...pointWithList(counter.next(), t.format('export.standard.results', { subjectGenitive: ctx.subjectGenitive }), results, 'order.results'));
  if (order.deadlines.length > 0) {
    const items = order.deadlines.map((entry) => cleanText(`${trimEnd(entry.name)} — ${trimEnd(entry.deadline.wording)}`));
    blocks.push(...pointWithList(counter.next(), t.format('export.standard.deadlines'), items, 'order.deadlines'));
  }
  if (order.informing.length > 0) {
    const items = order.informing.map((entry) => cleanText(entry.deadline ? `${trimEnd(entry.text)} — ${trimEnd(entry.deadline.wording)}` : entry.text));
    blocks.push(...pointWithList(counter.next(), t.format('export.standard.informing'), items, 'order.informing'));
  }
  return { title: t.format('export.standard.section.order', { subjectGenitive: ctx.subjectGenitive }), blocks };
}

/** Services inside the power, each with its eligibility conditions. */
export function servicesSection(ctx: SectionContext): Section {
  const { standard, t, counter } = ctx;
  const blocks: Block[] = [];
  for (const service of standard.services) {
    const at = `services[${service.id}]`;
    const text = service.description ? `${trimEnd(service.name)}. ${service.description}` : `${trimEnd(service.name)}.`;
    blocks.push({ type: 'point', number: counter.next(), content: plain(cleanText(text)), at });
    if (service.eligibility.length > 0) {
      const list = service.eligibility.map(trimEnd).join('; ');
      blocks.push(continuation(plain(cleanText(t.format('export.service.eligibility', { list }))), `${at}.eligibility`));
    }
  }
  return { title: t.format('export.standard.section.services'), blocks };
}

/** III. Procedures in their order, each a point with its composition, deadline, performers and result. */
export function proceduresSection(ctx: SectionContext): Section {
  const { standard, t, counter, sources } = ctx;
  const blocks: Block[] = [];
  const byId = new Map(standard.procedures.map((procedure) => [procedure.id, procedure]));
  const procedures = [...standard.procedures].sort((a, b) => a.number - b.number);
  for (const procedure of procedures) {
    const at = `procedures[${procedure.id}]`;
    blocks.push({ type: 'point', number: counter.next(), content: [{ text: `${cleanText(trimEnd(procedure.name))}.`, bold: true }], at: `${at}.name` });
    if (procedure.optional) blocks.push(continuation(plain(t.format('export.procedure.optional')), at));
    if (procedure.after.length > 0) {
      const list = procedure.after.map((id) => byId.get(id)?.number ?? id).join(', ');
      blocks.push(continuation(plain(t.format('export.procedure.after', { list })), `${at}.after`));
    }
    if (procedure.composition.length > 0) {
      blocks.push(continuation(plain(t.format('export.procedure.composition')), `${at}.composition`));
      procedure.composition.forEach((action, index) => {
        const end = index === procedure.composition.length - 1 ? '.' : ';';
        blocks.push({ type: 'point', number: `${index + 1})`, content: plain(cleanText(`${trimEnd(action)}${end}`)), level: 1, at: `${at}.composition[${index}]` });
      });
    }
    blocks.push(continuation(plain(cleanText(t.format('export.procedure.deadline', { wording: trimEnd(procedure.deadline.wording) }))), `${at}.deadline`));
    if (procedure.deadline.excludes && procedure.deadline.excludes.length > 0) {
      const list = procedure.deadline.excludes.map(trimEnd).join('; ');
      blocks.push(continuation(plain(cleanText(t.format('export.procedure.excludes', { list }))), `${at}.deadline.excludes`));
    }
    const performers = joinList(procedure.performers.map((id) => lowerFirst(roleName(sources, id))));
    blocks.push(continuation(plain(cleanText(t.format('export.procedure.performers', { list: performers }))), `${at}.performers`));
    blocks.push(continuation(plain(cleanText(t.format('export.procedure.result', { result: withFullStop(procedure.result) }))), `${at}.result`));
  }
  return { title: t.format('export.standard.section.procedures'), blocks };
}

/** IV. Provision requirements, reporting cadence and the reference to the indicators annex. */
export function provisionSection(ctx: SectionContext): Section {
  const { standard, t, counter } = ctx;
  const blocks: Block[] = [];
  for (const requirement of standard.provisionRequirements) {
    blocks.push({ type: 'point', number: counter.next(), content: plain(cleanText(requirement.text)), at: `provisionRequirements[${requirement.id}].text` });
  }
  if (standard.reporting) {
    const reporting = standard.reporting;
    let text = t.format('export.standard.reporting', { collection: reporting.collection });
    if (reporting.reports.length > 0) {
      const list = reporting.reports.map((report) => t.format(`export.report.${report}`)).join(', ');
      text += ` ${t.format('export.standard.reports', { list })}`;
    }
    blocks.push({ type: 'point', number: counter.next(), content: plain(text), at: 'reporting' });
  }
  if (ctx.indicatorsAnnex !== undefined) {
    blocks.push({ type: 'point', number: counter.next(), content: plain(t.format('export.standard.indicatorsAnnex', { annex: ctx.indicatorsAnnex })), at: 'indicators' });
  }
  return { title: t.format('export.standard.section.provision'), blocks };
}

function withFullStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
