import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { Localizer, type LoadedArtifact } from '@tsmp/core';
import type { RegionalMapping } from '@tsmp/schema';
import { beforeAll, describe, expect, test } from 'vitest';
import { ADAPTERS_CATALOGS } from '../../src/catalogs.js';
import { buildEcpCatalog, findStandardSources } from '../../src/ecp/build.js';
import type { EcpCatalog } from '../../src/ecp/catalog-schema.js';
import { checkMapping } from '../../src/mapping/check.js';
import { readRegionalMapping } from '../../src/mapping/load.js';
import { mappingTemplate } from '../../src/mapping/template.js';
import { EXAMPLES, loadExample } from '../helpers/examples.js';

const tmp = mkdtempSync(join(tmpdir(), 'tsmp-mapping-'));
let edition2: EcpCatalog;
let edition1: EcpCatalog;

async function loadMapping(path: string): Promise<LoadedArtifact<RegionalMapping>> {
  const loaded = readRegionalMapping(readFileSync(path), basename(path));
  expect(loaded.findings.filter((item) => item.severity === 'error')).toEqual([]);
  return loaded.mapping!;
}

async function mappingFrom(yaml: string, name: string): Promise<LoadedArtifact<RegionalMapping>> {
  const path = join(tmp, name);
  writeFileSync(path, yaml);
  return loadMapping(path);
}

beforeAll(async () => {
  edition2 = buildEcpCatalog(findStandardSources((await loadExample('social-adaptation')).artifacts, 'social-adaptation'));
  edition1 = buildEcpCatalog(findStandardSources((await loadExample('editions/social-adaptation/2022')).artifacts, 'social-adaptation'));
});

describe('shipped sample mapping', () => {
  test('has no errors and reports coverage', async () => {
    const mapping = await loadMapping(`${EXAMPLES}social-adaptation/mappings/sample-regional-system.yaml`);
    const result = checkMapping(mapping, edition2);
    expect(result.findings.filter((item) => item.severity !== 'info')).toEqual([]);
    expect(result.findings.map((item) => item.args['controlPoint']).sort()).toEqual(['cp-interagency-request-sent', 'cp-proposal-sent']);
    expect(result.coverage).toMatchObject({ total: 10, mapped: 8, required: 7, requiredMapped: 7, share: 0.8, requiredShare: 1 });
  });
});

describe('mapping problems', () => {
  const header = 'kind: RegionalMapping\nid: m\nsystem:\n  name: ИС\nstandard: social-adaptation\nedition: 2\nmappings:\n';

  test('unknown point, duplicates and wrong type', async () => {
    const yaml = `${header}  - controlPoint: cp-missing
    event: E1
  - controlPoint: cp-recommendations-issued
    event: E2
    fields:
      - field: caseId
        source: id
        type: string
      - field: issuedOn
        source: d
        type: date
  - controlPoint: cp-recommendations-issued
    event: E2
    fields:
      - field: nothing
        source: x
        type: date
`;
    const result = checkMapping(await mappingFrom(yaml, 'problems.yaml'), edition2);
    const byRule = (ruleId: string) => result.findings.filter((item) => item.ruleId === ruleId);
    expect(byRule('mapping-unknown-control-point')[0]?.location).toMatchObject({ line: 8, column: 5 });
    expect(byRule('mapping-field-type-mismatch')[0]).toMatchObject({ args: { field: 'caseId', expected: 'reference', actual: 'string' }, location: { line: 15 } });
    expect(byRule('mapping-duplicate-control-point')[0]).toMatchObject({ location: { line: 19 }, related: [{ line: 10 }] });
    expect(byRule('mapping-unknown-field')[0]?.location?.line).toBe(22);
    expect(byRule('mapping-required-field-unmapped').map((item) => item.args['field']).sort()).toEqual(['caseId', 'issuedOn']);
    expect(byRule('mapping-required-unmapped')).toHaveLength(6);
    expect(byRule('mapping-duplicate-event')).toEqual([]);
    expect(result.coverage).toMatchObject({ mapped: 1, requiredMapped: 1 });
  });

  test('one event for two points warns', async () => {
    const yaml = `${header}  - controlPoint: cp-proposal-sent\n    event: SAME\n  - controlPoint: cp-testing-completed\n    event: SAME\n`;
    const result = checkMapping(await mappingFrom(yaml, 'events.yaml'), edition2);
    const warning = result.findings.find((item) => item.ruleId === 'mapping-duplicate-event');
    expect(warning).toMatchObject({ severity: 'warning', location: { line: 11 }, related: [{ line: 9 }] });
  });

  test('idPath names items by id', async () => {
    const yaml = `${header}  - controlPoint: cp-plan-agreed\n    event: P\n    fields:\n      - field: agreedOn\n        source: d\n        type: dateTime\n`;
    const result = checkMapping(await mappingFrom(yaml, 'idpath.yaml'), edition2);
    expect(result.findings.find((item) => item.ruleId === 'mapping-field-type-mismatch')?.idPath).toBe('mappings[cp-plan-agreed].fields[agreedOn].type');
  });
});

describe('new edition', () => {
  test('names exactly the lines to change', async () => {
    const yaml = `kind: RegionalMapping
id: m1
system:
  name: ИС
standard: social-adaptation
edition: 1
mappings:
  - controlPoint: cp-application-accepted
    event: A
    fields:
      - { field: caseId, source: a, type: reference }
      - { field: citizenId, source: b, type: reference }
      - { field: acceptedOn, source: c, type: date }
      - { field: channel, source: d, type: enum }
      - { field: noticeSentAt, source: e, type: dateTime }
  - controlPoint: cp-plan-agreed
    event: P
    fields:
      - { field: caseId, source: a, type: reference }
      - { field: agreedOn, source: b, type: date }
      - { field: provisionForm, source: c, type: enum }
      - { field: services, source: d, type: integer }
  - controlPoint: cp-services-delivered
    event: S
    fields:
      - { field: caseId, source: a, type: reference }
      - { field: completedOn, source: b, type: date }
      - { field: hoursSpent, source: c, type: number }
  - controlPoint: cp-recommendations-issued
    event: R
    fields:
      - { field: caseId, source: a, type: reference }
      - { field: issuedOn, source: b, type: date }
  - controlPoint: cp-consultation-held
    event: C
    fields:
      - { field: caseId, source: a, type: reference }
      - { field: heldOn, source: b, type: date }
  - controlPoint: cp-conclusion-sent
    event: K
    fields:
      - { field: caseId, source: a, type: reference }
      - { field: conclusionId, source: b, type: reference }
      - { field: sentAt, source: c, type: dateTime }
  - controlPoint: cp-extra-services-assigned
    event: X
    fields:
      - { field: caseId, source: a, type: reference }
      - { field: assignedOn, source: b, type: date }
      - { field: servicesCount, source: c, type: integer }
`;
    const mapping = await mappingFrom(yaml, 'edition1.yaml');
    const before = checkMapping(mapping, edition1);
    expect(before.findings.filter((item) => item.severity === 'error')).toEqual([]);

    const after = checkMapping(mapping, edition2);
    const errors = after.findings.filter((item) => item.severity === 'error').map((item) => `${item.ruleId} ${item.location?.line} ${item.args['field'] ?? item.args['controlPoint']}`);
    expect(errors.sort()).toEqual(
      [
        'mapping-required-field-unmapped 11 unemployedAtStart',
        'mapping-unknown-field 27 completedOn',
        'mapping-required-field-unmapped 37 extraServicesAssigned',
        'mapping-unknown-control-point 45 cp-extra-services-assigned',
        'mapping-required-unmapped 8 cp-employment-recorded',
      ].sort(),
    );
    expect(after.findings.find((item) => item.ruleId === 'mapping-edition-changed')).toMatchObject({ severity: 'info', location: { line: 6 } });
  });
});

describe('mapping file', () => {
  test('another artifact kind is reported', () => {
    const loaded = readRegionalMapping(Buffer.from('kind: Role\nid: r\nname: Специалист\nlevel: territorialCentre\n'), 'role.yaml');
    expect(loaded.mapping).toBeUndefined();
    expect(loaded.findings).toMatchObject([{ ruleId: 'mapping-wrong-kind', args: { kind: 'Role' }, location: { line: 1 } }]);
  });
});

describe('template', () => {
  test('is a valid mapping with no point mapped', async () => {
    const text = mappingTemplate(edition2, { system: 'АИС «Занятость»', regionCode: '52' }, new Localizer('ru', ADAPTERS_CATALOGS));
    expect(parse(text)).toMatchObject({ kind: 'RegionalMapping', standard: 'social-adaptation', edition: 2, system: { regionCode: '52' } });
    const result = checkMapping(await mappingFrom(text, 'template.yaml'), edition2);
    expect(result.coverage.mapped).toBe(0);
    expect(result.findings.filter((item) => item.ruleId === 'mapping-required-unmapped')).toHaveLength(7);
  });

  test('uncommented block passes the check', async () => {
    const text = mappingTemplate(edition2, { system: 'ИС' }, new Localizer('en', ADAPTERS_CATALOGS));
    const lines = text.split('\n');
    const start = lines.findIndex((line) => line.includes('# - controlPoint: "cp-recommendations-issued"'));
    const block = lines.slice(start, start + 10).filter((line) => line.startsWith('  #'));
    const filled = block.map((line) => line.replace('  # ', '  ').replace('event: ""', 'event: "REC"').replace('source: ""', 'source: "col"'));
    const result = checkMapping(await mappingFrom(`${lines.slice(0, start).join('\n')}\n${filled.join('\n')}\n`, 'filled.yaml'), edition2);
    expect(result.findings.filter((item) => item.args['controlPoint'] === 'cp-recommendations-issued')).toEqual([]);
    expect(result.coverage.mapped).toBe(1);
  });
});
