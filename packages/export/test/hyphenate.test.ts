import { describe, expect, it } from 'vitest';
import { hyphenate, SOFT_HYPHEN } from '@tsmp/export';

const marked = (text: string) => hyphenate(text).replaceAll(SOFT_HYPHEN, '-');

describe('hyphenate', () => {
  it('breaks long Russian words by syllables', () => {
    expect(marked('межведомственного')).toBe('меж-ве-дом-ствен-но-го');
  });

  it('leaves at least two letters on each side', () => {
    expect(marked('России')).toBe('Рос-сии');
    expect(marked('«Работа в России»')).toBe('«Ра-бо-та в Рос-сии»');
  });

  it('leaves short words and Latin codes alone', () => {
    expect(marked('ЕЦП и СМЭВ')).toBe('ЕЦП и СМЭВ');
  });

  it('keeps the text otherwise unchanged', () => {
    const text = 'Заявление № 5 — «о предоставлении» меры поддержки';
    expect(hyphenate(text).replaceAll(SOFT_HYPHEN, '')).toBe(text);
  });
});
