import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildEcpCatalog, findStandardSources } from '../../src/ecp/build.js';
import { ecpCatalogJsonSchema, type EcpCatalog } from '../../src/ecp/catalog-schema.js';
import { exportEcpCatalogJson, importEcpCatalogJson } from '../../src/ecp/json.js';
import { controlPointsOfService } from '../../src/ecp/service.js';
import { importEcpCatalogXml } from '../../src/ecp/xml-read.js';
import { exportEcpCatalogXml } from '../../src/ecp/xml-write.js';
import { encodeWindows1251 } from '../helpers/corpus.js';
import { loadExample } from '../helpers/examples.js';

const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'tsmp-ecp-'));
let catalog: EcpCatalog;

beforeAll(async () => {
  const repository = await loadExample('social-adaptation');
  catalog = buildEcpCatalog(findStandardSources(repository.artifacts, 'social-adaptation'));
});

describe('catalogue of an edition', () => {
  test('lists every control point of the card', () => {
    expect(catalog.standard).toMatchObject({ id: 'social-adaptation', edition: 2 });
    expect(catalog.controlPoints.length).toBe(10);
  });

  test('carries operation, deadline and typed fields', () => {
    const accepted = catalog.controlPoints.find((point) => point.id === 'cp-application-accepted');
    expect(accepted?.operation).toMatchObject({ id: 'sa-op-2.2', performer: 'role-ecp' });
    expect(accepted?.deadline).toMatchObject({ amount: 0, unit: 'workingDays', anchorEvent: 'application.submitted' });
    expect(accepted?.fields.find((field) => field.id === 'caseId')?.type).toBe('reference');
  });

  test('unknown standard throws with known ids', async () => {
    const repository = await loadExample('social-adaptation');
    expect(() => findStandardSources(repository.artifacts, 'missing')).toThrow(/ecp.standardNotFound/);
  });
});

describe('JSON form', () => {
  test('published schema matches the zod schema', () => {
    const published = JSON.parse(readFileSync(join(SCHEMA_DIR, 'ecp-catalog.schema.json'), 'utf8'));
    expect(published).toEqual(ecpCatalogJsonSchema());
  });

  test('export validates against the published schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, 'ecp-catalog.schema.json'), 'utf8')));
    const valid = validate(JSON.parse(exportEcpCatalogJson(catalog)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test('published schema rejects a wrong field type', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, 'ecp-catalog.schema.json'), 'utf8')));
    const broken = JSON.parse(exportEcpCatalogJson(catalog));
    broken.controlPoints[0].fields[0].type = 'text';
    expect(validate(broken)).toBe(false);
  });

  test('re-imports identically', () => {
    const result = importEcpCatalogJson(Buffer.from(exportEcpCatalogJson(catalog)), 'catalog.json');
    expect(result.findings).toEqual([]);
    expect(result.catalog).toEqual(catalog);
  });

  test('invalid JSON catalogue is located', () => {
    const text = exportEcpCatalogJson(catalog).replace('"required": true', '"required": "yes"');
    const result = importEcpCatalogJson(Buffer.from(text), 'bad.json');
    expect(result.catalog).toBeUndefined();
    expect(result.findings[0]?.ruleId).toBe('ecp-catalog-invalid');
    expect(result.findings[0]?.location?.line).toBeGreaterThan(10);
  });
});

describe('XML form', () => {
  test('export validates against the XSD', () => {
    const file = join(tmp, 'catalog.xml');
    writeFileSync(file, exportEcpCatalogXml(catalog));
    const output = execFileSync('xmllint', ['--noout', '--schema', join(SCHEMA_DIR, 'ecp-catalog.xsd'), file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe('');
  });

  test('XSD rejects a wrong field type', () => {
    const file = join(tmp, 'broken.xml');
    writeFileSync(file, exportEcpCatalogXml(catalog).replace('type="reference"', 'type="text"'));
    expect(() => execFileSync('xmllint', ['--noout', '--schema', join(SCHEMA_DIR, 'ecp-catalog.xsd'), file], { stdio: 'pipe' })).toThrow();
  });

  test('re-imports identically', async () => {
    const result = await importEcpCatalogXml(exportEcpCatalogXml(catalog), 'catalog.xml');
    expect(result.findings).toEqual([]);
    expect(result.catalog).toEqual(catalog);
  });

  test('another prefix and windows-1251 read the same', async () => {
    const prefixed = exportEcpCatalogXml(catalog)
      .replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="windows-1251"?>')
      .replace('xmlns="https://tsmp.dev/schema/ecp-catalog/1"', 'xmlns:e="https://tsmp.dev/schema/ecp-catalog/1"')
      .replace(/<(\/?)([a-zA-Z]+)([ >/])/g, '<$1e:$2$3');
    const encoded = encodeWindows1251(prefixed);
    const result = await importEcpCatalogXml(encoded, 'cp1251.xml');
    expect(result.findings).toEqual([]);
    expect(result.catalog).toEqual(catalog);
  });

  test('byte-order mark is stripped', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exportEcpCatalogXml(catalog))]);
    const result = await importEcpCatalogXml(bytes, 'bom.xml');
    expect(result.catalog).toEqual(catalog);
  });

  test('single field element becomes a list', async () => {
    const singleField: EcpCatalog = { ...catalog, controlPoints: [{ ...catalog.controlPoints[0]!, fields: catalog.controlPoints[0]!.fields.slice(0, 1) }] };
    const result = await importEcpCatalogXml(exportEcpCatalogXml(singleField), 'one.xml');
    expect(result.catalog?.controlPoints[0]?.fields).toHaveLength(1);
    expect(result.catalog).toEqual(singleField);
  });

  test('vendor elements of other namespaces are ignored', async () => {
    const xml = exportEcpCatalogXml(catalog).replace('<fields>', '<v:note xmlns:v="urn:vendor" id="x">внутренняя пометка</v:note>\n      <fields>');
    const result = await importEcpCatalogXml(xml, 'vendor.xml');
    expect(result.findings).toEqual([]);
    expect(result.catalog).toEqual(catalog);
  });

  test('DOCTYPE with an external entity is refused', async () => {
    const secret = join(tmp, 'secret.txt');
    writeFileSync(secret, 'SECRET-CONTENT');
    const xml = exportEcpCatalogXml(catalog).replace('?>\n', `?>\n<!DOCTYPE catalog [<!ENTITY x SYSTEM "file://${secret}">]>\n`).replace('<title>', '<title>&x;');
    const result = await importEcpCatalogXml(xml, 'xxe.xml');
    expect(result.catalog).toBeUndefined();
    expect(result.findings.map((item) => item.ruleId)).toEqual(['xml-doctype-refused']);
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  test('invalid value is located at its control point', async () => {
    const xml = exportEcpCatalogXml(catalog).replace('required="false" techCard', 'required="maybe" techCard');
    const result = await importEcpCatalogXml(xml, 'bad.xml');
    const line = xml.split('\n').findIndex((text) => text.includes('required="maybe"')) + 1;
    expect(result.findings[0]).toMatchObject({ ruleId: 'ecp-catalog-invalid', location: { line } });
  });
});

describe('control points of a service', () => {
  test('service with a card lists its points', async () => {
    const repository = await loadExample('social-adaptation');
    const sources = findStandardSources(repository.artifacts, 'social-adaptation');
    const points = controlPointsOfService(catalog, sources, 'svc-job-search-mindset');
    expect(points.map((point) => point.id)).toEqual(catalog.controlPoints.filter((point) => point.techCard === 'social-adaptation-tc').map((point) => point.id));
    expect(points.filter((point) => point.required)).toHaveLength(7);
  });

  test('unknown service throws', async () => {
    const repository = await loadExample('social-adaptation');
    const sources = findStandardSources(repository.artifacts, 'social-adaptation');
    expect(() => controlPointsOfService(catalog, sources, 'svc-missing')).toThrow(/ecp.serviceNotFound/);
  });
});
