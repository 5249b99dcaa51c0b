import { createElement } from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Localizer } from '@tsmp/core';
import { ALL_CATALOGS } from '../src/catalogs.js';
import type { CommandContext } from '../src/io.js';
import { progressReporter, ProgressView } from '../src/views/indicators-progress.js';

function context(isTTY: boolean): { ctx: CommandContext; written: string[] } {
  const written: string[] = [];
  const stderr = { isTTY, write: (text: string) => written.push(text) } as unknown as CommandContext['stderr'];
  const ctx = { stderr, t: new Localizer('ru', ALL_CATALOGS) } as unknown as CommandContext;
  return { ctx, written };
}

describe('indicators progress', () => {
  it('prints a plain line at most once a second without a terminal', () => {
    const { ctx, written } = context(false);
    const reporter = progressReporter(ctx);
    reporter.update({ rows: 1000, events: 990, errors: 10, elapsedMs: 500 });
    reporter.update({ rows: 5000, events: 4990, errors: 10, elapsedMs: 1200 });
    reporter.update({ rows: 6000, events: 5990, errors: 10, elapsedMs: 1900 });
    reporter.done();
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^Прочитано строк: 5\s000, событий: 4\s990, ошибок: 10 \(4\s167 строк\/с\)\n$/u);
  });

  it('renders the ink view with the title and counts', () => {
    const view = render(createElement(ProgressView, { title: 'Чтение журнала событий', line: 'Прочитано строк: 10' }));
    expect(view.lastFrame()).toBe('Чтение журнала событий\nПрочитано строк: 10');
    view.unmount();
  });
});
