import { describe, expect, it } from 'vitest';
import { diffWords } from '@tsmp/core';

function sides(oldText: string, newText: string): [string, string] {
  const spans = diffWords(oldText, newText);
  return [
    spans.filter((span) => span.op !== 'insert').map((span) => span.text).join(''),
    spans.filter((span) => span.op !== 'delete').map((span) => span.text).join(''),
  ];
}

describe('diffWords', () => {
  it('keeps both texts recoverable', () => {
    const pairs: [string, string][] = [
      ['оказание государственной услуги по адаптации', 'предоставление меры поддержки по адаптации'],
      ['x a b y', 'x y'],
      ['', 'новый текст'],
      ['старый текст', ''],
      ['a  b', 'a b'],
      ['Пункт 7, в ред. 2023 года.', 'Пункт 7 (в ред. 2024 года).'],
    ];
    for (const [a, b] of pairs) expect(sides(a, b)).toEqual([a, b]);
  });

  it('marks a deleted word', () => {
    expect(diffWords('службы занятости населения обеспечивает', 'службы занятости обеспечивает')).toEqual([
      { op: 'equal', text: 'службы занятости ' },
      { op: 'delete', text: 'населения ' },
      { op: 'equal', text: 'обеспечивает' },
    ]);
  });

  it('joins a replaced phrase across spaces', () => {
    expect(diffWords('оказание государственной услуги', 'оказание меры поддержки')).toEqual([
      { op: 'equal', text: 'оказание ' },
      { op: 'delete', text: 'государственной услуги' },
      { op: 'insert', text: 'меры поддержки' },
    ]);
  });

  it('returns one equal span for equal texts', () => {
    expect(diffWords('текст пункта', 'текст пункта')).toEqual([{ op: 'equal', text: 'текст пункта' }]);
  });
});
