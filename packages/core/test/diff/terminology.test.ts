import { describe, expect, it } from 'vitest';
import { diffArtifacts } from '@tsmp/core';
import { fixtureData, loadData, loadFixture } from './helpers.js';

function organizationWith(texts: string[]) {
  const data = fixtureData('organization-standard.yaml');
  data.sections[0].points = texts.map((text, index) => ({ id: `p${index + 1}`, number: String(index + 1), text }));
  return data;
}

describe('terminology pass', () => {
  const oldTexts = [
    'Государственное учреждение службы занятости населения обеспечивает приём граждан.',
    'Руководитель государственного учреждения службы занятости населения утверждает положение.',
    'Работники государственных учреждений службы занятости населения проходят обучение.',
    'Помещения оборудуются для маломобильных граждан.',
  ];

  it('counts a declined term once', () => {
    const before = loadData(organizationWith(oldTexts), 'org.yaml');
    const after = loadData(organizationWith(oldTexts.map((text) => text.replace(/службы занятости населения/g, 'службы занятости'))), 'org.yaml');
    const changes = diffArtifacts(before, after).changes;
    expect(changes.map((change) => change.ruleId)).toEqual(['text.term.replaced']);
    expect(changes[0]?.args).toMatchObject({ old: 'службы занятости населения', new: 'службы занятости', count: 3, places: 3 });
    expect(changes[0]?.places).toEqual(['sections[s1].points[p1].text', 'sections[s1].points[p2].text', 'sections[s1].points[p3].text']);
  });

  it('keeps a point changed beyond the term', () => {
    const before = loadData(organizationWith(oldTexts), 'org.yaml');
    const newTexts = oldTexts.map((text) => text.replace(/службы занятости населения/g, 'службы занятости'));
    newTexts[0] = 'Государственное учреждение службы занятости обеспечивает приём граждан и работодателей.';
    const changes = diffArtifacts(before, loadData(organizationWith(newTexts), 'org.yaml')).changes;
    expect(changes.map((change) => change.ruleId).sort()).toEqual(['text.point.changed', 'text.term.replaced']);
    const point = changes.find((change) => change.ruleId === 'text.point.changed');
    expect(point?.element.id).toBe('p1');
    expect(point?.spans?.filter((span) => span.op === 'insert').map((span) => span.text.trim())).toContain('и работодателей');
  });

  it('leaves a single rewording as a point change', () => {
    const before = loadData(organizationWith(oldTexts), 'org.yaml');
    const newTexts = [...oldTexts];
    newTexts[3] = 'Помещения оборудуются для маломобильных граждан и граждан с детьми.';
    const changes = diffArtifacts(before, loadData(organizationWith(newTexts), 'org.yaml')).changes;
    expect(changes.map((change) => change.ruleId)).toEqual(['text.point.changed']);
  });

  it('leaves a replacement in two places as point changes', () => {
    const texts = ['Срок составляет не более трёх рабочих дней.', 'Жалоба рассматривается в течение трёх рабочих дней.', 'Помещения оборудуются для маломобильных граждан.'];
    const before = loadData(organizationWith(texts), 'org.yaml');
    const after = loadData(organizationWith(texts.map((text) => text.replace('трёх', 'двух'))), 'org.yaml');
    expect(diffArtifacts(before, after).changes.map((change) => change.ruleId)).toEqual(['text.point.changed', 'text.point.changed']);
  });

  it('ignores a change of white space', () => {
    const before = loadFixture('organization-standard.yaml');
    const data = fixtureData('organization-standard.yaml');
    data.sections[0].points[0].text = data.sections[0].points[0].text.replace(' ', '  ');
    expect(diffArtifacts(before, loadData(data, 'org.yaml')).changes).toEqual([]);
  });
});
