import { withoutIllegalXml, type Localizer } from '@tsmp/core';
import type { TechCard } from '@tsmp/schema';
import { createModdle } from '../moddle.js';
import type { RoleInfo } from '../roles.js';
import { buildDefinitions, type GeneratedLabels } from './build.js';
import { layoutDefinitions } from './layout.js';

export type { GeneratedLabels } from './build.js';

export interface GenerateBpmnOptions {
  /** Roles by id, for lane names and task types; a role not listed is named by its id. */
  roles?: ReadonlyMap<string, RoleInfo>;
  /** Names of the start and end events and of split gateways, in the user's language. */
  labels: GeneratedLabels;
}

/**
 * Generates a BPMN 2.0 file from a tech card, with diagram interchange so
 * that bpmn.io and Camunda Modeler open it. Every task, lane, timer and
 * control-point event carries tsmp link attributes, so the file imports
 * back to the same operations, roles, deadlines and control points.
 */
export async function generateBpmn(card: TechCard, options: GenerateBpmnOptions): Promise<string> {
  const moddle = createModdle();
  // A control character in a name would make the file not well-formed, and every reader would reject it.
  const definitions = buildDefinitions(moddle, withoutIllegalXml(card), withoutIllegalXml(options.roles ?? new Map()), options.labels);
  const { xml } = await moddle.toXML(definitions, { format: true });
  return layoutDefinitions(moddle, xml);
}

/** Builds the generator's labels in the localizer's language. */
export function generationLabels(t: Localizer): GeneratedLabels {
  return {
    start: t.format('bpmn.generate.start'),
    end: t.format('bpmn.generate.end'),
    split: t.format('bpmn.generate.split'),
    deadlineMissed: t.format('bpmn.generate.deadlineMissed'),
    amount: (value) => t.number(value),
    units: {
      minutes: t.format('bpmn.unit.minutes'),
      hours: t.format('bpmn.unit.hours'),
      workingDays: t.format('bpmn.unit.workingDays'),
      calendarDays: t.format('bpmn.unit.calendarDays'),
    },
  };
}
