import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importBpmn } from '../../src/bpmn/read.js';
import { summarize } from '../../src/bpmn/model.js';
import { encodeWindows1251, MIWG } from '../helpers/corpus.js';

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

function process(body: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>'): string {
  return `${declaration}\n<definitions xmlns="${MODEL}" id="defs" targetNamespace="urn:test">\n<process id="p1">\n${body}\n</process>\n</definitions>\n`;
}

describe('encodings', () => {
  test('windows-1251 names decode to Cyrillic', async () => {
    const xml = process('<task id="t1" name="Приём заявления"/>', '<?xml version="1.0" encoding="windows-1251"?>');
    const result = await importBpmn(encodeWindows1251(xml), 'cp1251.bpmn');
    expect(result.findings).toEqual([]);
    expect(result.model?.flowNodes[0]?.name).toBe('Приём заявления');
  });

  test('ISO-8859-1 names decode to Latin-1 letters', async () => {
    const xml = process('<task id="t1" name="Überprüfung"/>', '<?xml version="1.0" encoding="ISO-8859-1"?>');
    const result = await importBpmn(Buffer.from(xml, 'latin1'), 'latin1.bpmn');
    expect(result.model?.flowNodes[0]?.name).toBe('Überprüfung');
  });

  test('UTF-8 byte-order mark is stripped', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(process('<task id="t1" name="Задача"/>'))]);
    const result = await importBpmn(bytes, 'bom.bpmn');
    expect(result.findings).toEqual([]);
    expect(result.model?.flowNodes[0]?.name).toBe('Задача');
  });

  test('Latin-1 byte in a UTF-8 file is located', async () => {
    const xml = process('<task id="t1" name="Caf\u00e9"/>');
    const result = await importBpmn(Buffer.from(xml, 'latin1'), 'wrong.bpmn');
    const problem = result.findings.find((item) => item.ruleId === 'xml-encoding-invalid');
    expect(problem?.location).toMatchObject({ line: 4, column: 24 });
    expect(result.model?.flowNodes.length).toBe(1);
  });

  test('unknown declared encoding is reported', async () => {
    const result = await importBpmn(Buffer.from(process('<task id="t1"/>', '<?xml version="1.0" encoding="KOI8-R"?>')), 'koi.bpmn');
    expect(result.findings.map((item) => item.ruleId)).toContain('xml-encoding-unsupported');
  });
});

describe('well-formedness', () => {
  test('mismatched tag gives line, column and cause', async () => {
    const result = await importBpmn(process('<task id="t1">\n</process>'), 'broken.bpmn');
    expect(result.model).toBeUndefined();
    const [problem] = result.findings;
    expect(problem?.ruleId).toBe('xml-not-well-formed');
    expect(problem?.location).toMatchObject({ file: 'broken.bpmn', line: 5, column: 10 });
    expect(problem?.args['cause']).toEqual({ messageId: 'xml.cause.mismatchedTag' });
  });

  test('bare ampersand names the entity cause', async () => {
    const result = await importBpmn(process('<task id="t1" name="A & B"/>'), 'amp.bpmn');
    expect(result.findings[0]?.args['cause']).toEqual({ messageId: 'xml.cause.bareAmpersand' });
    expect(result.findings[0]?.location).toMatchObject({ line: 4, column: 23 });
  });

  test('ampersand in a comment is allowed', async () => {
    const result = await importBpmn(process('<!-- A & B --><task id="t1" name="A &amp; B"/>'), 'comment.bpmn');
    expect(result.findings).toEqual([]);
    expect(result.model?.flowNodes[0]?.name).toBe('A & B');
  });

  test('empty file is truncated', async () => {
    const result = await importBpmn(new Uint8Array(), 'empty.bpmn');
    expect(result.findings[0]?.args['cause']).toEqual({ messageId: 'xml.cause.truncated' });
  });

  test('XML that is not BPMN is named', async () => {
    const result = await importBpmn('<?xml version="1.0"?><catalog xmlns="urn:other"/>', 'other.xml');
    expect(result.findings[0]).toMatchObject({ ruleId: 'bpmn-not-bpmn', args: { element: 'catalog', namespace: 'urn:other' } });
  });
});

describe('XML safety', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tsmp-xxe-'));

  test('billion laughs is refused before parsing', async () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
    const file = join(dir, 'laughs.bpmn');
    writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE definitions [\n<!ENTITY lol0 "lol">\n${entities}\n]>\n<definitions xmlns="${MODEL}" id="d"><process id="p" name="&lol9;"/></definitions>`);
    const result = await importBpmn(readFileSync(file), 'laughs.bpmn');
    expect(result.model).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.ruleId).toBe('xml-doctype-refused');
  });

  test('external entity is refused and the file is not read', async () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'SECRET-CONTENT');
    const file = join(dir, 'xxe.bpmn');
    writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file://${secret}">]>\n<definitions xmlns="${MODEL}" id="d"><process id="p" name="&xxe;"/></definitions>`);
    const result = await importBpmn(readFileSync(file), 'xxe.bpmn');
    expect(result.model).toBeUndefined();
    expect(result.findings.map((item) => item.ruleId)).toEqual(['xml-doctype-refused']);
    expect(JSON.stringify(result)).not.toContain('SECRET-CONTENT');
  });
});

describe('ids and namespaces', () => {
  test('real duplicate ids give both locations', async () => {
    const result = await importBpmn(process('<task id="t1"/>\n<task id="t1"/>'), 'dup.bpmn');
    const duplicate = result.findings.filter((item) => item.ruleId === 'bpmn-duplicate-id');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]?.location).toMatchObject({ line: 5, column: 1 });
    expect(duplicate[0]?.related).toEqual([{ file: 'dup.bpmn', line: 4, column: 1 }]);
    expect(result.findings.filter((item) => item.ruleId === 'bpmn-import-warning')).toEqual([]);
  });

  test('ids inside vendor extensions are not duplicates', async () => {
    const body = '<task id="t1"><extensionElements><v:data xmlns:v="urn:vendor" id="t1"><v:item id="x"/></v:data></extensionElements></task>\n<v:note xmlns:v="urn:vendor" id="x"/>';
    const result = await importBpmn(process(body), 'ext.bpmn');
    expect(result.findings.filter((item) => item.ruleId === 'bpmn-duplicate-id')).toEqual([]);
  });

  test('unusual prefix reads the same model', async () => {
    const name = 'Reference/A.1.0.bpmn';
    const original = readFileSync(`${MIWG}/${name}`, 'latin1');
    const renamed = original.replace(/semantic:/g, 'xyz:').replace(/xmlns:semantic=/g, 'xmlns:xyz=');
    const [a, b] = await Promise.all([importBpmn(Buffer.from(original, 'latin1'), name), importBpmn(Buffer.from(renamed, 'latin1'), name)]);
    expect(renamed).not.toContain('semantic:');
    expect(summarize(b.model!)).toEqual(summarize(a.model!));
  });

  test('nested lanes keep their parent', async () => {
    const body = `<laneSet id="ls"><lane id="centre" name="ЦЗН"><flowNodeRef>t1</flowNodeRef><flowNodeRef>t2</flowNodeRef>
<childLaneSet id="cls"><lane id="specialist" name="Специалист"><flowNodeRef>t1</flowNodeRef></lane><lane id="head" name="Руководитель"><flowNodeRef>t2</flowNodeRef></lane></childLaneSet>
</lane></laneSet><task id="t1"/><task id="t2"/>`;
    const model = (await importBpmn(process(body), 'nested.bpmn')).model!;
    expect(model.lanes.map((lane) => [lane.id, lane.parentLaneId])).toEqual([
      ['centre', undefined],
      ['specialist', 'centre'],
      ['head', 'centre'],
    ]);
    expect(model.flowNodes.find((node) => node.id === 't1')?.laneIds).toEqual(['centre', 'specialist']);
  });

  test('BPMN as the default namespace reads', async () => {
    const result = await importBpmn(process('<startEvent id="s"/><task id="t"/><sequenceFlow id="f" sourceRef="s" targetRef="t"/>'), 'default.bpmn');
    expect(summarize(result.model!)).toMatchObject({ tasks: 1, events: 1, sequenceFlows: 1 });
  });
});
