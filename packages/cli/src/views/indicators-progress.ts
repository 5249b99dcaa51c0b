import { createElement as h, type ReactElement } from 'react';
import { Box, render, Text, type Instance } from 'ink';
import type { IngestProgress } from '@tsmp/indicators';
import type { CommandContext } from '../io.js';

interface ProgressProps {
  title: string;
  line: string;
}

/** Two lines on a terminal: the title and the running counts. */
export function ProgressView({ title, line }: ProgressProps): ReactElement {
  return h(Box, { flexDirection: 'column' }, h(Text, { bold: true }, title), h(Text, null, line));
}

/** Shows reading progress on stderr: an ink view on a terminal, a plain line every second otherwise. */
export interface ProgressReporter {
  update(progress: IngestProgress): void;
  done(): void;
}

function progressLine(progress: IngestProgress, ctx: CommandContext): string {
  const rate = progress.elapsedMs > 0 ? Math.round((progress.rows * 1000) / progress.elapsedMs) : 0;
  return ctx.t.format('indicators.progress', { rows: progress.rows, events: progress.events, errors: progress.errors, rate });
}

/** Chooses the ink view when stderr is a terminal and plain progress lines otherwise. */
export function progressReporter(ctx: CommandContext): ProgressReporter {
  let last = 0;
  if (!ctx.stderr.isTTY) {
    return {
      update(progress) {
        if (progress.elapsedMs - last < 1000) return;
        last = progress.elapsedMs;
        ctx.stderr.write(`${progressLine(progress, ctx)}\n`);
      },
      done() {},
    };
  }
  let instance: Instance | undefined;
  const title = ctx.t.format('indicators.progress.title');
  return {
    update(progress) {
      if (progress.elapsedMs - last < 100 && instance) return;
      last = progress.elapsedMs;
      const element = h(ProgressView, { title, line: progressLine(progress, ctx) });
      if (instance) instance.rerender(element);
      else instance = render(element, { stdout: ctx.stderr as NodeJS.WriteStream, patchConsole: false, exitOnCtrlC: false });
    },
    done() {
      instance?.unmount();
    },
  };
}
