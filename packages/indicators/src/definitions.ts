import type { Calculation, CaseFilter, Deadline, Indicator, OrganizationStandard, ProcessStandard, TechCard } from '@tsmp/schema';
import type { LoadedArtifact, ModelRepository, SourceLocation } from '@tsmp/core';
import { isoToDay } from './time/zone.js';

/** A calculation that yields a number; `notPublished` indicators are listed apart. */
export type ComputableCalculation = Exclude<Calculation, { kind: 'notPublished' }>;

/**
 * One indicator as one edition of a standard defines it, ready to compile.
 * A case is counted by this definition when the case is governed by
 * `edition` of `standard` and started on or after `fromDay`.
 */
export interface IndicatorDefinition {
  standard: string;
  edition: number;
  /** Day the edition takes effect (days since 1970-01-01). */
  editionFromDay: number;
  /** Later of the edition's and the indicator's own effective date (days since 1970-01-01). */
  fromDay: number;
  indicatorId: string;
  number: string;
  name: string;
  unit: Indicator['unit'];
  direction: Indicator['direction'];
  calculation: ComputableCalculation;
  /** Deadline of `shareWithinDeadline`: its own, or that of the tech card operation that ends at its `to` point. */
  deadline?: Deadline;
  target?: number;
  corridor?: Indicator['corridor'];
  /** File and path of the indicator in the repository, for findings. */
  file: string;
  path: Array<string | number>;
  location?: SourceLocation;
}

/** An indicator that cannot be computed, and why (a message id). */
export interface SkippedIndicator {
  standard: string;
  edition: number;
  indicatorId: string;
  messageId: string;
  file: string;
  path: Array<string | number>;
  location?: SourceLocation;
}

export interface DefinitionSet {
  definitions: IndicatorDefinition[];
  skipped: SkippedIndicator[];
  editions: Array<{ standard: string; edition: number; fromDay: number }>;
}

function techCardDeadline(cards: readonly TechCard[], standard: string, edition: number, to: string): Deadline | undefined {
  for (const card of cards) {
    if (card.standard !== standard || (card.edition !== undefined && card.edition !== edition)) continue;
    const operation = card.operations.find((candidate) => candidate.controlPoint === to);
    if (operation) return operation.deadline;
  }
  return undefined;
}

function processDefinitions(artifact: LoadedArtifact, cards: readonly TechCard[], set: DefinitionSet): void {
  const standard = artifact.data as ProcessStandard;
  const editionFromDay = isoToDay(standard.edition.effectiveFrom);
  set.editions.push({ standard: standard.id, edition: standard.edition.number, fromDay: editionFromDay });
  standard.indicators.forEach((indicator, index) => {
    const path = ['indicators', index];
    const calculation = indicator.method.calculation;
    const location = artifact.positions.locate(path);
    const base = { standard: standard.id, edition: standard.edition.number, indicatorId: indicator.id, file: artifact.file, path, location };
    if (calculation.kind === 'notPublished') {
      set.skipped.push({ ...base, messageId: 'indicators.skipped.notPublished' });
      return;
    }
    let deadline: Deadline | undefined;
    if (calculation.kind === 'shareWithinDeadline') {
      deadline = calculation.deadline ?? techCardDeadline(cards, standard.id, standard.edition.number, calculation.to);
      if (!deadline) {
        set.skipped.push({ ...base, messageId: 'indicators.skipped.noDeadline' });
        return;
      }
    }
    const ownFrom = indicator.effectiveFrom ? isoToDay(indicator.effectiveFrom) : editionFromDay;
    set.definitions.push({
      ...base,
      editionFromDay,
      fromDay: Math.max(ownFrom, editionFromDay),
      number: indicator.number,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      calculation,
      ...(deadline ? { deadline } : {}),
      ...(indicator.target !== undefined ? { target: indicator.target } : {}),
      ...(indicator.corridor ? { corridor: indicator.corridor } : {}),
    });
  });
}

/**
 * Checklist indicators of an organisation standard. Answers arrive as events
 * whose control point id is the indicator id, one attribute per question.
 */
function organizationDefinitions(artifact: LoadedArtifact, set: DefinitionSet): void {
  const standard = artifact.data as OrganizationStandard;
  const editionFromDay = isoToDay(standard.edition.effectiveFrom);
  set.editions.push({ standard: standard.id, edition: standard.edition.number, fromDay: editionFromDay });
  standard.indicators.forEach((indicator, index) => {
    const ownFrom = indicator.effectiveFrom && /^\d{4}-\d{2}-\d{2}$/.test(indicator.effectiveFrom) ? isoToDay(indicator.effectiveFrom) : editionFromDay;
    set.definitions.push({
      standard: standard.id,
      edition: standard.edition.number,
      editionFromDay,
      fromDay: Math.max(ownFrom, editionFromDay),
      indicatorId: indicator.id,
      number: indicator.number,
      name: indicator.name,
      unit: 'points',
      direction: 'higherIsBetter',
      calculation: { kind: 'checklist', questions: indicator.questions, formula: indicator.formula, points: indicator.points },
      file: artifact.file,
      path: ['indicators', index],
      location: artifact.positions.locate(['indicators', index]),
    });
  });
}

/** Collects every indicator definition of the repository's standards, edition by edition. */
export function collectDefinitions(repository: Pick<ModelRepository, 'artifacts'>): DefinitionSet {
  const set: DefinitionSet = { definitions: [], skipped: [], editions: [] };
  const cards = repository.artifacts.filter((artifact) => artifact.kind === 'TechCard').map((artifact) => artifact.data as TechCard);
  for (const artifact of repository.artifacts) {
    if (artifact.kind === 'ProcessStandard') processDefinitions(artifact, cards, set);
    else if (artifact.kind === 'OrganizationStandard') organizationDefinitions(artifact, set);
  }
  return set;
}

/**
 * Lists the control points that definitions read through `points`: interval
 * ends and the points of case filters. Survey and checklist events are read
 * from their attributes instead.
 */
export function referencedPoints(definitions: readonly IndicatorDefinition[]): string[] {
  const points = new Set<string>();
  const addFilter = (filter: CaseFilter | undefined) => {
    if (!filter) return;
    for (const point of [...filter.reached, ...filter.notReached]) points.add(point);
    if (filter.within) {
      points.add(filter.within.from);
      points.add(filter.within.to);
    }
  };
  for (const { calculation } of definitions) {
    if ('from' in calculation) points.add(calculation.from);
    if ('to' in calculation) points.add(calculation.to);
    if ('cases' in calculation) addFilter(calculation.cases);
    if ('numerator' in calculation) addFilter(calculation.numerator);
    if ('denominator' in calculation) addFilter(calculation.denominator);
  }
  return [...points].sort();
}
