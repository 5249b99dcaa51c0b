import { describe, expect, it } from 'vitest';
import { CORE_CATALOGS, finding, formatFindings, Localizer, withoutIllegalXml } from '@tsmp/core';

const ru = new Localizer('ru', CORE_CATALOGS);
const en = new Localizer('en', CORE_CATALOGS);
const findings = [
  finding({
    ruleId: 'schema',
    severity: 'error',
    messageId: 'schema.unknownKey',
    args: { key: 'colour' },
    location: { file: 'cards/карта.yaml', line: 5, column: 3 },
    idPath: 'operations[OP-3].colour',
    artifactId: 'card',
  }),
  finding({ ruleId: 'file-encoding', severity: 'warning', messageId: 'load.encodingNotUtf8', args: { encoding: 'windows-1251' }, location: { file: 'roles.yaml', line: 1, column: 1 } }),
  finding({ ruleId: 'repository-empty', severity: 'info', messageId: 'load.noArtifacts', args: { path: '<&>"\u0001' } }),
];

describe('finding formatters', () => {
  it('stylish groups by file and counts in Russian', () => {
    const text = formatFindings(findings, 'stylish', { localizer: ru, basePath: 'examples/x' });
    expect(text).toContain('examples/x/cards/карта.yaml');
    expect(text).toContain('5:3');
    expect(text).toContain('operations[OP-3].colour');
    expect(text).toContain('3 замечания: 1 ошибка, 1 предупреждение, 1 сведение, 0 подсказок.');
  });

  it('json keeps data and the rendered message', () => {
    const parsed = JSON.parse(formatFindings(findings, 'json', { localizer: en })) as { findings: { message: string; fingerprint: string }[]; summary: Record<string, number> };
    expect(parsed.findings[0]?.message).toBe('Unknown field "colour". Check the spelling; the schema lists the fields (tsmp schema).');
    expect(parsed.findings[0]?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(parsed.summary).toEqual({ error: 1, warning: 1, info: 1, hint: 0 });
  });

  it('sarif is version 2.1.0 with rules, regions and fingerprints', () => {
    const sarif = JSON.parse(formatFindings(findings, 'sarif', { localizer: ru, toolVersion: '1.2.3' })) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleIndex: number; ruleId: string; level: string; locations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(3);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run.results[0]?.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('cards/%D0%BA%D0%B0%D1%80%D1%82%D0%B0.yaml');
    expect(run.results[0]?.locations?.[0]?.physicalLocation.region.startLine).toBe(5);
    expect(run.results[2]?.level).toBe('note');
    expect(run.results[2]?.locations).toBeUndefined();
  });

  it('junit escapes XML and drops characters XML cannot carry', () => {
    const xml = formatFindings(findings, 'junit', { localizer: en });
    expect(xml).toContain('failures="2"');
    expect(xml).toContain('&lt;&amp;&gt;&quot;');
    expect(xml).not.toContain('\u0001');
  });

  it('markdown escapes pipes in cells', () => {
    const text = formatFindings([finding({ ruleId: 'x', severity: 'error', messageId: 'load.kindUnknown', args: { kind: 'a|b', kinds: 'Role' } })], 'markdown', { localizer: ru });
    expect(text).toContain('a\\|b');
  });

  it('no findings is said in words', () => {
    expect(formatFindings([], 'stylish', { localizer: ru })).toBe('Замечаний нет.\n');
  });
});

describe('hostile values in output', () => {
  const hostile = finding({
    ruleId: 'schema',
    severity: 'error',
    messageId: 'schema.unknownKey',
    args: { key: 'ctrl\u0007\u001b[31mred\u0000 line1\nline2 \u202eRTL <script>&` |' },
    location: { file: 'dir #1/a b.yaml', line: 1, column: 1 },
    idPath: 'x`y',
  });

  it('stylish shows control and direction marks as escapes', () => {
    const text = formatFindings([hostile], 'stylish', { localizer: ru });
    expect(text).not.toMatch(/[\u0000\u0007\u001b\u202e]/);
    expect(text).toContain('\\u001b[31m');
    expect(text).toContain('line1\\nline2');
  });

  it('markdown shows HTML and backticks as text', () => {
    const text = formatFindings([hostile], 'markdown', { localizer: ru });
    expect(text).toContain('&lt;script&gt;');
    expect(text).not.toContain('<script>');
    expect(text).toContain('<code>x\\`y</code>');
  });

  it('sarif percent-encodes file names and declares the base', () => {
    const sarif = JSON.parse(formatFindings([hostile], 'sarif', { localizer: ru, baseUri: 'file:///work/' })) as {
      runs: { columnKind: string; originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[];
    };
    const run = sarif.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['SRCROOT']?.uri).toBe('file:///work/');
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'dir%20%231/a%20b.yaml', uriBaseId: 'SRCROOT' });
  });
});

describe('XML-illegal characters', () => {
  it('are dropped from every string, maps included', () => {
    const cleaned = withoutIllegalXml({ name: 'Заявление\f принято', list: ['a\u0001b'], roles: new Map([['r', { name: 'x\u0000y' }]]) });
    expect(cleaned.name).toBe('Заявление принято');
    expect(cleaned.list).toEqual(['ab']);
    expect(cleaned.roles.get('r')).toEqual({ name: 'xy' });
  });
});
