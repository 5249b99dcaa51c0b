import { finding, parseFile, type Finding } from '@tsmp/core';
import { EcpCatalog } from './catalog-schema.js';
import { catalogIssues } from './issues.js';

/** A catalogue read back from a file: the catalogue when it is valid, and findings either way. */
export interface EcpCatalogImport {
  catalog?: EcpCatalog;
  findings: Finding[];
}

/** Writes a catalogue as JSON with two-space indents and a final newline. */
export function exportEcpCatalogJson(catalog: EcpCatalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

/** Reads a JSON catalogue and checks it against the catalogue schema; problems are findings with line and column. */
export function importEcpCatalogJson(bytes: Uint8Array, file: string): EcpCatalogImport {
  const parsed = parseFile(bytes, file);
  const findings: Finding[] = parsed.problems.map((problem) => finding({ ...problem }));
  if (parsed.value === undefined) return { findings };
  const result = EcpCatalog.safeParse(parsed.value);
  if (!result.success) return { findings: [...findings, ...catalogIssues(result.error.issues, (path) => parsed.positions.locate(path))] };
  return { catalog: result.data, findings };
}
