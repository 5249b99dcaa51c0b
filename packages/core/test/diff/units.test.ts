import { describe, expect, it } from 'vitest';
import type { Deadline } from '@tsmp/schema';
import { compareDeadlines, matchElements, textSimilarity } from '@tsmp/core';

const deadline = (amount: number, unit: Deadline['unit'], event = 'application.accepted', wording = `${amount} ${unit}`): Deadline => ({
  amount,
  unit,
  anchor: { event },
  wording,
});

describe('compareDeadlines', () => {
  it('compares the same unit exactly', () => {
    expect(compareDeadlines(deadline(3, 'workingDays'), deadline(2, 'workingDays'))).toEqual({ changes: ['shortened'], approximate: false });
    expect(compareDeadlines(deadline(2, 'workingDays'), deadline(3, 'workingDays'))).toEqual({ changes: ['lengthened'], approximate: false });
  });

  it('converts hours to minutes exactly', () => {
    expect(compareDeadlines(deadline(2, 'hours'), deadline(90, 'minutes')).changes).toEqual(['shortened']);
    expect(compareDeadlines(deadline(1, 'hours'), deadline(60, 'minutes', 'application.accepted', '1 hours')).changes).toEqual([]);
  });

  it('estimates working against calendar days', () => {
    expect(compareDeadlines(deadline(10, 'workingDays'), deadline(30, 'calendarDays'))).toEqual({ changes: ['lengthened'], approximate: true });
    expect(compareDeadlines(deadline(10, 'workingDays'), deadline(7, 'calendarDays'))).toEqual({ changes: ['shortened'], approximate: true });
    expect(compareDeadlines(deadline(5, 'workingDays'), deadline(7, 'calendarDays'))).toEqual({ changes: ['unitChanged'], approximate: true });
  });

  it('does not compare minutes with days', () => {
    expect(compareDeadlines(deadline(15, 'minutes'), deadline(1, 'workingDays')).changes).toEqual(['unitChanged']);
  });

  it('reports the anchor next to the amount', () => {
    expect(compareDeadlines(deadline(1, 'workingDays'), deadline(2, 'workingDays', 'application.registered')).changes).toEqual(['lengthened', 'anchorChanged']);
  });

  it('reports a rewording only alone', () => {
    expect(compareDeadlines(deadline(1, 'workingDays', 'x', 'в течение дня'), deadline(1, 'workingDays', 'x', 'в течение  рабочего дня')).changes).toEqual(['reworded']);
    expect(compareDeadlines(deadline(1, 'workingDays', 'x', 'в  течение дня'), deadline(1, 'workingDays', 'x', 'в течение дня')).changes).toEqual([]);
  });
});

describe('matchElements', () => {
  const items = (names: string[]) => names.map((name, index) => ({ id: `id-${index}-${name.length}`, name }));

  it('matches by id before similarity', () => {
    const before = [{ id: 'a', name: 'Приём заявления' }];
    const after = [{ id: 'a', name: 'Совсем другое' }];
    const result = matchElements(before, after, (item) => item.id, (x, y) => textSimilarity(x.name, y.name));
    expect(result.pairs.map((pair) => pair.by)).toEqual(['id']);
  });

  it('pairs the most similar first', () => {
    const before = items(['Приём и регистрация заявления гражданина', 'Проведение тестирования гражданина']);
    const after = items(['Проведение тестирования гражданина психологом', 'Приём и регистрация заявления']);
    const result = matchElements(before, after, (item) => item.id, (x, y) => textSimilarity(x.name, y.name));
    expect(result.pairs.map((pair) => [pair.old.name, pair.new.name, pair.by])).toEqual([
      ['Проведение тестирования гражданина', 'Проведение тестирования гражданина психологом', 'similarity'],
      ['Приём и регистрация заявления гражданина', 'Приём и регистрация заявления', 'similarity'],
    ]);
    expect(result.added).toEqual([]);
    expect(result.removed).toEqual([]);
  });

  it('leaves dissimilar elements unmatched', () => {
    const result = matchElements(items(['Выдача заключения']), items(['Закрытие личной карточки']), (item) => item.id, (x, y) => textSimilarity(x.name, y.name));
    expect(result.pairs).toEqual([]);
    expect(result.removed.map((entry) => entry.item.name)).toEqual(['Выдача заключения']);
    expect(result.added.map((entry) => entry.item.name)).toEqual(['Закрытие личной карточки']);
  });
});

describe('matchElements with prefix filtering', () => {
  it('finds the same pairs as scoring every pair', async () => {
    const { similarityBy } = await import('@tsmp/core');
    const vocabulary = ['приём', 'заявления', 'гражданина', 'проверка', 'сведений', 'ЕЦП', 'решение', 'тест', 'план', 'заключение', 'уведомление', 'срок'];
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const text = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    for (let round = 0; round < 30; round += 1) {
      const before = Array.from({ length: 25 }, (_, index) => ({ id: `a${index}`, name: text() }));
      const after = Array.from({ length: 25 }, (_, index) => ({ id: `b${index}`, name: text() }));
      const pruned = matchElements(before, after, (item) => item.id, similarityBy((item: { name: string }) => item.name));
      const brute = matchElements(before, after, (item) => item.id, (x, y) => textSimilarity(x.name, y.name));
      expect(pruned.pairs.map((pair) => [pair.oldIndex, pair.newIndex])).toEqual(brute.pairs.map((pair) => [pair.oldIndex, pair.newIndex]));
    }
  });
});
