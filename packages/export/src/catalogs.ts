// The catalogues alone, as the `@tsmp/export/messages` entry: the CLI reads them at start
// without loading the DOCX and PDF libraries.
export { EXPORT_CATALOGS, exportMessages } from './messages.js';
export { EXPORT_FORMATS, REPOSITORY_DOCUMENT_KINDS, type ExportFormat, type RepositoryDocumentKind } from './kinds.js';
