import type { ModelRepository } from '@tsmp/core';
import type { ProcessStandard, TechCard } from '@tsmp/schema';
import { collectDefinitions } from '../definitions.js';

/** Generation plan of one standard: its control points in order and the data its indicators read. */
export interface StandardPlan {
  standard: string;
  services: string[];
  /** Control points in tech card order; optional ones are reached only by some cases. */
  points: Array<{ id: string; optional: boolean }>;
  /** Case attributes that indicator filters test, with the value they test for. */
  caseAttributes: Array<[string, string | number | boolean]>;
  /** Survey ratings: the control point and the field that carries a 1…5 score. */
  surveys: Array<{ controlPoint: string; field: string; scaleMax: number }>;
}

/** A checklist indicator, which every centre fills in once a month. */
export interface ChecklistPlan {
  standard: string;
  indicatorId: string;
  questions: string[];
}

export interface GenerationPlan {
  standards: StandardPlan[];
  checklists: ChecklistPlan[];
}

/**
 * Reads from a loaded repository everything the generator writes events
 * for: each process standard's control points (from its tech cards), the
 * attributes and survey fields its indicators read, and checklist
 * indicators of organisation standards. Nothing here is specific to one
 * standard.
 */
export function planFromRepository(repository: Pick<ModelRepository, 'artifacts'>): GenerationPlan {
  const { definitions } = collectDefinitions(repository);
  const cards = repository.artifacts.filter((artifact) => artifact.kind === 'TechCard').map((artifact) => artifact.data as TechCard);
  const standards = new Map<string, StandardPlan>();
  for (const artifact of repository.artifacts) {
    if (artifact.kind !== 'ProcessStandard') continue;
    const standard = artifact.data as ProcessStandard;
    const card = cards.find((candidate) => candidate.standard === standard.id);
    if (!card || standards.has(standard.id)) continue;
    standards.set(standard.id, {
      standard: standard.id,
      services: standard.services.map((service) => service.id),
      points: card.controlPoints.map((point) => ({ id: point.id, optional: !point.required })),
      caseAttributes: [],
      surveys: [],
    });
  }
  const checklists: ChecklistPlan[] = [];
  for (const definition of definitions) {
    const calculation = definition.calculation;
    const plan = standards.get(definition.standard);
    if (calculation.kind === 'checklist') {
      checklists.push({ standard: definition.standard, indicatorId: definition.indicatorId, questions: calculation.questions.map((question) => question.id) });
      continue;
    }
    if (!plan) continue;
    if (calculation.kind === 'surveyAverage') {
      plan.surveys.push({ controlPoint: calculation.controlPoint, field: calculation.field, scaleMax: calculation.scaleMax });
    }
    const filters = [
      'cases' in calculation ? calculation.cases : undefined,
      'numerator' in calculation ? calculation.numerator : undefined,
      'denominator' in calculation ? calculation.denominator : undefined,
    ];
    for (const filter of filters) {
      for (const [name, value] of Object.entries(filter?.attributes ?? {})) {
        if (!plan.caseAttributes.some(([known]) => known === name)) plan.caseAttributes.push([name, value]);
      }
    }
  }
  return { standards: [...standards.values()], checklists };
}
