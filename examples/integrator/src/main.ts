// An integrator's program: it loads an edition of a standard, validates it,
// lists the control points a system must emit for a case of a service and
// checks a regional mapping. It imports only the public exports of the
// published packages, as code outside this repository would.
//
// Usage: node --import tsx src/main.ts REPOSITORY SERVICE MAPPING
// SERVICE `-` lists every control point of the edition.
// Prints one JSON document to stdout; findings go to stderr as text.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { CORE_CATALOGS, formatFindings, loadRepository, Localizer, resolveLang, TsmpError, validateRepository, type LoadedArtifact } from '@tsmp/core';
import { ADAPTERS_CATALOGS, buildEcpCatalog, checkMapping, controlPointsOfService, findStandardSources, readRegionalMapping } from '@tsmp/adapters';
import type { ProcessStandard } from '@tsmp/schema';

const [repositoryPath, serviceId, mappingPath] = process.argv.slice(2);
if (!repositoryPath || !serviceId || !mappingPath) {
  process.stderr.write('Usage: main.ts REPOSITORY SERVICE MAPPING\n');
  process.exit(2);
}

const localizer = new Localizer(resolveLang(), [...CORE_CATALOGS, ...ADAPTERS_CATALOGS]);

// 1. Load the edition and validate it.
const repository = await loadRepository(resolve(repositoryPath));
const validation = validateRepository(repository);
const standard = repository.artifacts.find((artifact): artifact is LoadedArtifact<ProcessStandard> => artifact.data.kind === 'ProcessStandard');
if (!standard) {
  process.stderr.write(`No process standard in ${repositoryPath}\n`);
  process.exit(2);
}

// 2. The control points a case of the service passes.
const sources = findStandardSources(repository.artifacts, standard.id);
const catalog = buildEcpCatalog(sources);
let points = catalog.controlPoints;
try {
  if (serviceId !== '-') points = controlPointsOfService(catalog, sources, serviceId);
} catch (error) {
  if (!(error instanceof TsmpError)) throw error;
  process.stderr.write(`${localizer.format(error.messageId, error.args)}\n`);
  process.exit(2);
}

// 3. Check the regional mapping against this edition.
const mappingFile = readRegionalMapping(await readFile(resolve(mappingPath)), basename(mappingPath));
const mapping = mappingFile.mapping;
const mappingCheck = mapping ? checkMapping(mapping, catalog) : undefined;

const findings = [...validation, ...mappingFile.findings, ...(mappingCheck?.findings ?? [])];
if (findings.length > 0) process.stderr.write(formatFindings(findings, 'stylish', { localizer }));

const count = (severity: string) => findings.filter((item) => item.severity === severity).length;
const summary = {
  standard: { id: standard.id, edition: standard.data.edition.number, effectiveFrom: standard.data.edition.effectiveFrom },
  validation: { errors: validation.filter((item) => item.severity === 'error').length, warnings: validation.filter((item) => item.severity === 'warning').length },
  service: serviceId,
  controlPoints: points.map((point) => ({ id: point.id, event: point.event, required: point.required, fields: point.fields.map((field) => `${field.id}:${field.type}`) })),
  mapping: mappingCheck ? { id: mapping!.id, coverage: mappingCheck.coverage, errors: mappingCheck.findings.filter((item) => item.severity === 'error').length } : null,
  findings: { error: count('error'), warning: count('warning'), info: count('info') },
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
process.exitCode = mappingCheck && summary.findings.error === 0 ? 0 : 1;
