import type { ProcessStandard } from '@tsmp/schema';
import type { LoadedArtifact } from '../repository/types.js';
import type { RepositoryIndex } from './repository-index.js';

/** Lists the process standards of a repository. */
export function processStandards(index: RepositoryIndex): LoadedArtifact<ProcessStandard>[] {
  return index.ofKind('ProcessStandard').map((element) => element.artifact as LoadedArtifact<ProcessStandard>);
}
