import type { ProcessStandard } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { matchElements } from '../match.js';
import { textSimilarity } from '../similarity.js';
import { compareAnnexes } from './annexes.js';
import { compareIndicators } from './indicators.js';
import { compareLegalBasis } from './legal-basis.js';
import { compareOrder } from './order.js';
import { comparePoints, placePoints } from './points.js';
import { compareProcedures } from './procedures.js';
import { compareServices } from './services.js';
import { differs } from './sets.js';

/** Compares two editions of a process standard. */
export function compareProcessStandards(ctx: DiffContext, a: ProcessStandard, b: ProcessStandard): void {
  const whole = ctx.element('artifact', b.id, undefined, b.title);
  ctx.text('standard.title.changed', whole, a.title, b.title, { oldPath: ['title'], newPath: ['title'] });
  if (a.subject.type !== b.subject.type || a.subject.name !== b.subject.name) {
    ctx.add('standard.subject.changed', whole, {
      oldPath: ['subject'],
      newPath: ['subject'],
      oldValue: a.subject,
      newValue: b.subject,
      args: { old: a.subject.name, new: b.subject.name },
    });
  }
  compareLegalBasis(ctx, a.legalBasis, b.legalBasis);
  comparePoints(ctx, placePoints(a.points, ['points']), placePoints(b.points, ['points']));
  compareGeneralProvisions(ctx, a.generalProvisions, b.generalProvisions);
  compareOrder(ctx, a.order, b.order);
  compareServices(ctx, a.services, b.services);
  compareProcedures(ctx, a.procedures, b.procedures);
  compareRequirements(ctx, a.provisionRequirements, b.provisionRequirements);
  compareIndicators(ctx, a.indicators, b.indicators, b.edition.effectiveFrom);
  if (differs(a.reporting ?? null, b.reporting ?? null)) {
    ctx.add('standard.reporting.changed', whole, { oldPath: ['reporting'], newPath: ['reporting'], oldValue: a.reporting ?? null, newValue: b.reporting ?? null });
  }
  compareAnnexes(ctx, a.annexes, b.annexes);
}

type GeneralProvisions = ProcessStandard['generalProvisions'];

function compareGeneralProvisions(ctx: DiffContext, a: GeneralProvisions, b: GeneralProvisions): void {
  const recipients = matchElements(a.recipients, b.recipients, (item) => item.id, (x, y) => textSimilarity(x.name, y.name));
  for (const { item, index } of recipients.removed) {
    ctx.add('standard.recipient.removed', ctx.element('recipient', item.id, undefined, item.name), {
      oldPath: ['generalProvisions', 'recipients', index],
      oldValue: item.name,
    });
  }
  for (const { item, index } of recipients.added) {
    ctx.add('standard.recipient.added', ctx.element('recipient', item.id, undefined, item.name), {
      newPath: ['generalProvisions', 'recipients', index],
      newValue: item.name,
    });
  }

  const channels = matchElements(a.provisionForms, b.provisionForms, (item) => item.channel);
  const channelElement = (channel: string) => ctx.element('channel', channel, undefined, channel);
  for (const { item, index } of channels.removed) {
    ctx.add('standard.channel.removed', channelElement(item.channel), {
      oldPath: ['generalProvisions', 'provisionForms', index],
      oldValue: item.channel,
      args: { item: { messageId: `diff.channel.${item.channel}` } },
    });
  }
  for (const { item, index } of channels.added) {
    ctx.add('standard.channel.added', channelElement(item.channel), {
      newPath: ['generalProvisions', 'provisionForms', index],
      newValue: item.channel,
      args: { item: { messageId: `diff.channel.${item.channel}` } },
    });
  }
}

type Requirement = ProcessStandard['provisionRequirements'][number];

function compareRequirements(ctx: DiffContext, a: readonly Requirement[], b: readonly Requirement[]): void {
  const match = matchElements(a, b, (item) => item.id, (x, y) => (x.area === y.area ? textSimilarity(x.text, y.text) : 0));
  for (const { item, index } of match.removed) {
    ctx.add('standard.requirement.removed', ctx.element('requirement', item.id, undefined, item.text), { oldPath: ['provisionRequirements', index], oldValue: item.text });
  }
  for (const { item, index } of match.added) {
    ctx.add('standard.requirement.added', ctx.element('requirement', item.id, undefined, item.text), { newPath: ['provisionRequirements', index], newValue: item.text });
  }
  for (const pair of match.pairs) {
    ctx.text('standard.requirement.changed', ctx.element('requirement', pair.new.id, undefined, pair.new.text), pair.old.text, pair.new.text, {
      oldPath: ['provisionRequirements', pair.oldIndex, 'text'],
      newPath: ['provisionRequirements', pair.newIndex, 'text'],
      matchedBy: pair.by,
    });
  }
}
