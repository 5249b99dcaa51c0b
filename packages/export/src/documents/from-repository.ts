import { compareArtifactSets, renderComparisonTable, Localizer, TsmpError, CORE_CATALOGS } from '@tsmp/core';
import type { Lang, ModelRepository } from '@tsmp/core';
import type { ExportDocument } from '../model/blocks.js';
import { buildComparisonTableDocument } from './comparison-table.js';
import { comparisonInputFromDiff } from './comparison-from-diff.js';
import { buildOrganizationStandardDocument } from './organization-standard.js';
import { collectSources } from './sources.js';
import { buildStandardDocument } from './standard.js';
import { buildTechCardDocument } from './tech-card.js';

import type { RepositoryDocumentKind } from '../kinds.js';

export { REPOSITORY_DOCUMENT_KINDS, type RepositoryDocumentKind } from '../kinds.js';

export interface RepositoryDocumentRequest {
  kind: RepositoryDocumentKind;
  id: string;
  lang?: Lang;
  /** The previous edition, for a comparison table. */
  base?: ModelRepository;
}

/**
 * Builds a document from a loaded repository: a standard (process or
 * organisation), a tech card, or the comparison table of the artifact `id`
 * between `base` and this repository. Raises `TsmpError` when the artifact is missing.
 */
export function documentFromRepository(repository: ModelRepository, request: RepositoryDocumentRequest): ExportDocument {
  const lang = request.lang ?? 'ru';
  const artifacts = repository.artifacts.map((artifact) => artifact.data);
  const sources = collectSources(artifacts);
  switch (request.kind) {
    case 'standard': {
      const standard = sources.standards.get(request.id);
      if (!standard) throw notFound(repository, request, [...sources.standards.keys()]);
      return standard.kind === 'ProcessStandard' ? buildStandardDocument(standard, sources, { lang }) : buildOrganizationStandardDocument(standard, sources, { lang });
    }
    case 'tech-card': {
      const card = sources.techCards.get(request.id);
      if (!card) throw notFound(repository, request, [...sources.techCards.keys()]);
      return buildTechCardDocument(card, sources, { lang });
    }
    case 'comparison':
      return comparisonDocument(repository, request, lang);
  }
}

function comparisonDocument(repository: ModelRepository, request: RepositoryDocumentRequest, lang: Lang): ExportDocument {
  if (!request.base) throw new TsmpError('export.error.baseRequired');
  const result = compareArtifactSets(request.base.artifacts, repository.artifacts);
  const table = result.tables.find((entry) => entry.artifactId === request.id);
  if (!table) {
    const present = repository.artifacts.some((artifact) => artifact.id === request.id);
    const inBase = request.base.artifacts.some((artifact) => artifact.id === request.id);
    if (present && !inBase) throw new TsmpError('export.error.notInBase', { id: request.id, base: request.base.root });
    if (present) throw new TsmpError('export.error.noChanges', { id: request.id });
    throw notFound(repository, request, result.tables.map((entry) => entry.artifactId));
  }
  const rendered = renderComparisonTable(table, new Localizer(lang, CORE_CATALOGS));
  return buildComparisonTableDocument(comparisonInputFromDiff(rendered, lang), { lang });
}

function notFound(repository: ModelRepository, request: RepositoryDocumentRequest, available: string[]): TsmpError {
  return new TsmpError('export.error.notFound', { repo: repository.root, kind: request.kind, id: request.id, available: available.join(', ') || '—' });
}
