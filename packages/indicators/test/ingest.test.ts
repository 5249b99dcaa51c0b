import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TsmpError } from '@tsmp/core';
import { detectMapping } from '../src/events/detect.js';
import { emptyStats, ingestEvents } from '../src/events/ingest.js';
import { parseMapping, type EventMapping } from '../src/events/mapping.js';
import type { ControlPointEvent } from '../src/events/model.js';
import { readXes } from '../src/events/xes.js';
import { computeIndicatorReport, zoneOfRegion } from '../src/report.js';
import { loadRepository } from '@tsmp/core';

const CORPORA = resolve(__dirname, '../../../../shared/corpora/eventlogs');
const folder = mkdtempSync(join(tmpdir(), 'tsmp-ingest-'));

async function ingest(file: string, mapping: EventMapping) {
  const stats = emptyStats();
  const events: ControlPointEvent[] = [];
  for await (const batch of ingestEvents(file, { mapping, zoneOf: zoneOfRegion }, stats)) events.push(...batch);
  return { events, stats };
}

const RUSSIAN_MAPPING = parseMapping(
  {
    fields: {
      caseId: 'Номер обращения',
      standard: { value: 'social-adaptation' },
      centre: 'ЦЗН',
      region: 'Регион',
      controlPoint: 'Событие',
      timestamp: 'Дата и время',
    },
    attributes: { rating: 'Оценка' },
    controlPoints: { 'Заявление принято': 'cp-application-accepted', 'Заключение выдано': 'cp-conclusion-sent' },
  },
  'test',
);

describe('CSV ingestion', () => {
  it('maps good rows and counts bad ones with line and reason', async () => {
    const file = join(folder, 'office.csv');
    writeFileSync(
      file,
      [
        'Номер обращения;ЦЗН;Регион;Событие;Дата и время;Оценка',
        '1;ЦЗН-1;77;Заявление принято;03.02.2025 09:30;',
        '1;ЦЗН-1;77;Заключение выдано;05.02.2025 16:00;4,5',
        '2;ЦЗН-2;7;Заявление принято;2025-02-03T10:00:00+03:00;',
        '3;ЦЗН-2;99;Заявление принято;03.02.2025;',
        '4;ЦЗН-2;77;Заявление принято;31.02.2025 10:00;',
        '5;ЦЗН-2;77;Звонок;03.02.2025 10:00;',
        '6;ЦЗН-2;77;Заявление принято',
        ';ЦЗН-2;77;Заявление принято;03.02.2025;',
      ].join('\n'),
    );
    const { events, stats } = await ingest(file, RUSSIAN_MAPPING);

    expect(events.map((event) => [event.caseId, event.region, event.controlPoint, new Date(event.instant).toISOString()])).toEqual([
      ['1', '77', 'cp-application-accepted', '2025-02-03T06:30:00.000Z'],
      ['1', '77', 'cp-conclusion-sent', '2025-02-05T13:00:00.000Z'],
      ['2', '07', 'cp-application-accepted', '2025-02-03T07:00:00.000Z'],
    ]);
    expect(events[1]?.attributes).toEqual({ rating: 4.5 });
    // Rows with the wrong number of cells are caught before mapping, so errors come sorted here.
    expect([...stats.errors].sort((a, b) => a.line - b.line)).toEqual([
      { line: 5, messageId: 'indicators.row.unknownRegion', args: { value: '99' } },
      { line: 6, messageId: 'indicators.row.invalidTimestamp', args: { value: '31.02.2025 10:00' } },
      { line: 8, messageId: 'indicators.row.cellCount', args: { expected: 6, actual: 4 } },
      { line: 9, messageId: 'indicators.row.missingField', args: { field: 'caseId' } },
    ]);
    expect(stats.errorCount).toBe(4);
    expect(stats.unmapped).toBe(1);
    expect([...stats.unmappedValues]).toEqual([['Звонок', 1]]);
  });

  it('names missing columns and the header it found', async () => {
    const file = join(folder, 'short.csv');
    writeFileSync(file, 'Номер обращения;Событие\n1;Заявление принято\n');
    await expect(ingest(file, RUSSIAN_MAPPING)).rejects.toMatchObject({
      messageId: 'indicators.source.missingColumns',
      args: { columns: 'ЦЗН, Регион, Дата и время, Оценка', header: 'Номер обращения, Событие' },
    });
  });
});

describe('mapping detection', () => {
  it('proposes a mapping when every column is clear', () => {
    const detected = detectMapping(['case_id', 'standard', 'region', 'centre', 'control_point', 'timestamp']);
    expect(detected.mapping?.fields).toMatchObject({ caseId: 'case_id', controlPoint: 'control_point', timestamp: 'timestamp' });
  });

  it('proposes nothing when a field matches two columns', () => {
    const detected = detectMapping(['case_id', 'standard', 'region', 'centre', 'activity', 'concept:name', 'timestamp']);
    expect(detected.mapping).toBeUndefined();
    expect(detected.ambiguous).toEqual([{ field: 'controlPoint', columns: ['activity', 'concept:name'] }]);
  });

  it('rejects a mapping file with an unknown field', () => {
    expect(() => parseMapping({ fields: { caseId: 'a' }, colums: {} }, 'm.yaml')).toThrowError(TsmpError);
  });
});

describe('XES and JSON Lines', () => {
  it('streams the events of a real XES log with trace attributes', async () => {
    const records = [];
    for await (const batch of readXes(join(CORPORA, 'running-example.xes'))) records.push(...batch);
    expect(records).toHaveLength(42);
    expect(records[0]?.fields).toMatchObject({ 'case:concept:name': '3', 'concept:name': 'register request', 'time:timestamp': '2010-12-30T14:32:00.000+01:00' });
    expect(records[0]?.line).toBeGreaterThan(1);
    expect(new Set(records.map((record) => record.fields?.['case:concept:name'])).size).toBe(6);
  });

  it('reads typed and nested XES attributes under the default namespace', async () => {
    const file = join(folder, 'typed.xes');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<log xmlns="http://www.xes-standard.org/">
  <trace><string key="concept:name" value="c1"/><int key="region" value="77"/>
    <event>
      <string key="concept:name" value="a"/><date key="time:timestamp" value="2025-02-03T10:00:00+03:00"/>
      <float key="score" value="4.5"/><boolean key="first" value="true"/>
      <string key="person" value="x"><string key="role" value="clerk"/></string>
    </event>
  </trace>
</log>`,
    );
    const records = [];
    for await (const batch of readXes(file)) records.push(...batch);
    expect(records.map((record) => record.fields)).toEqual([
      { 'case:concept:name': 'c1', 'case:region': 77, 'concept:name': 'a', 'time:timestamp': '2025-02-03T10:00:00+03:00', score: 4.5, first: true, person: 'x', 'person.role': 'clerk' },
    ]);
  });

  it('reports broken XML with its line', async () => {
    const file = join(folder, 'broken.xes');
    writeFileSync(file, '<log>\n<trace>\n<event></trace>\n</log>');
    await expect(async () => {
      for await (const batch of readXes(file)) void batch;
    }).rejects.toMatchObject({ messageId: 'indicators.xes.invalid', args: { line: 3 } });
  });

  it('maps JSON Lines and keeps going after a bad line', async () => {
    const file = join(folder, 'events.jsonl');
    writeFileSync(
      file,
      [
        '{"case":"1","point":"cp-a","at":"2025-02-03T10:00:00+03:00","where":{"region":"77","centre":"c"}}',
        'not json',
        '[1,2]',
        '{"case":"2","point":"cp-a","at":"2025-02-04T10:00:00+03:00","where":{"region":"77","centre":"c"}}',
      ].join('\n'),
    );
    const mapping = parseMapping(
      { fields: { caseId: 'case', standard: { value: 's' }, centre: 'where.centre', region: 'where.region', controlPoint: 'point', timestamp: 'at' } },
      'm',
    );
    const { events, stats } = await ingest(file, mapping);
    expect(events.map((event) => event.caseId)).toEqual(['1', '2']);
    expect(stats.errors.map((error) => [error.line, error.messageId])).toEqual([
      [2, 'indicators.row.invalidJson'],
      [3, 'indicators.row.notObject'],
    ]);
    expect(stats.rows).toBe(4);
    expect(stats.errorCount).toBe(2);
  });
});

describe('XES end to end', () => {
  it('computes the public works indicator from running-example.xes', async () => {
    const repository = await loadRepository(resolve(__dirname, '../../../examples/public-works'));
    const mapping = parseMapping(
      {
        fields: {
          caseId: 'case:concept:name',
          standard: { value: 'public-works' },
          centre: 'org:resource',
          region: { value: '77' },
          controlPoint: 'concept:name',
          timestamp: 'time:timestamp',
        },
        controlPoints: { 'register request': 'cp-request-accepted', decide: 'cp-placed' },
      },
      'xes-mapping',
    );
    const report = await computeIndicatorReport({
      repository,
      eventsFile: join(CORPORA, 'running-example.xes'),
      mapping,
      range: { fromMonth: 201012, toMonth: 201101 },
      step: 'year',
      levels: ['country'],
      ignoreEffectiveDates: true,
    });
    // 6 registrations and 9 decisions (some cases are decided again after reinitiation).
    expect(report.ingest).toMatchObject({ rows: 42, events: 15, cases: 6, errorCount: 0 });
    const values = report.values.filter((item) => item.indicatorId === 'pw-ind-1');
    expect(values.reduce((sum, item) => sum + item.den, 0)).toBe(6);
    for (const item of values) expect(item.benchmark).toBeGreaterThan(0);
  });
});
