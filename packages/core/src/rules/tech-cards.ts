import type { Operation, Procedure, ProcessStandard, TechCard } from '@tsmp/schema';
import type { LoadedArtifact } from '../repository/types.js';
import type { RepositoryIndex } from './repository-index.js';

/** A tech card with the process standard it details, when that reference resolves. */
export interface CardScope {
  card: LoadedArtifact<TechCard>;
  standard?: LoadedArtifact<ProcessStandard>;
  /** Procedures of the standard by id. */
  procedures: ReadonlyMap<string, { procedure: Procedure; index: number }>;
}

/** An operation with its position in the card and the procedure it belongs to. */
export interface CardOperation {
  operation: Operation;
  index: number;
  procedure?: { procedure: Procedure; index: number };
}

/** Lists the tech cards of a repository with their standards. */
export function cardScopes(index: RepositoryIndex): CardScope[] {
  return index.ofKind('TechCard').map((element) => {
    const card = element.artifact as LoadedArtifact<TechCard>;
    const found = index.find('ProcessStandard', card.data.standard);
    const standard = found?.artifact as LoadedArtifact<ProcessStandard> | undefined;
    const procedures = new Map<string, { procedure: Procedure; index: number }>();
    standard?.data.procedures.forEach((procedure, i) => {
      if (!procedures.has(procedure.id)) procedures.set(procedure.id, { procedure, index: i });
    });
    return { card, ...(standard ? { standard } : {}), procedures };
  });
}

/** Lists the operations of a card, each with its procedure. */
export function cardOperations(scope: CardScope): CardOperation[] {
  return scope.card.data.operations.map((operation, index) => {
    const procedure = scope.procedures.get(operation.procedure);
    return { operation, index, ...(procedure ? { procedure } : {}) };
  });
}

/** Groups the operations of a card by their procedure, keeping card order. */
export function operationsByProcedure(scope: CardScope): Map<string, CardOperation[]> {
  const groups = new Map<string, CardOperation[]>();
  for (const item of cardOperations(scope)) {
    if (!item.procedure) continue;
    const group = groups.get(item.operation.procedure) ?? [];
    group.push(item);
    groups.set(item.operation.procedure, group);
  }
  return groups;
}
