/** Output formats of the export. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Document kinds that are built from a model repository, as the CLI names them. */
export const REPOSITORY_DOCUMENT_KINDS = ['standard', 'tech-card', 'comparison'] as const;
export type RepositoryDocumentKind = (typeof REPOSITORY_DOCUMENT_KINDS)[number];
