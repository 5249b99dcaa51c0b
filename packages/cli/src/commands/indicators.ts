import { Command, Option } from 'commander';
import type { IndicatorReport, SourceFormat } from '@tsmp/indicators';
import { LEVELS, parsePeriodRange, type Level, type PeriodStep } from '@tsmp/indicators/messages';
import type { CommandContext } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../io.js';
import { emit, langOption, outOption } from '../options.js';
import { renderIndicatorsCsv } from '../render/indicators-csv.js';
import { indicatorReportInput } from '../render/indicators-document.js';
import { renderIndicatorsTable } from '../render/indicators-table.js';
import { loadOrFail } from '../services/load.js';

interface IndicatorsOptions {
  repo: string[];
  events: string;
  mapping?: string;
  eventsFormat?: SourceFormat;
  period: string;
  step: 'month' | 'half-year' | 'year';
  by: string;
  format: 'table' | 'json' | 'csv' | 'docx' | 'pdf' | 'html' | 'md';
  decimalComma?: boolean;
  store?: string;
  ignoreEffectiveDates?: boolean;
  composite?: string;
  failOn: 'red' | 'yellow' | 'none';
  out?: string;
}

const STEPS: Record<IndicatorsOptions['step'], PeriodStep> = { month: 'month', 'half-year': 'halfYear', year: 'year' };

function parseLevels(text: string, ctx: CommandContext): Level[] {
  const levels = text.split(',').map((part) => part.trim()).filter(Boolean);
  for (const level of levels) {
    if (!LEVELS.includes(level as Level)) throw new UserError(ctx.t.format('indicators.error.by', { value: level, levels: LEVELS.join(', ') }));
  }
  return levels as Level[];
}

function summarise(report: IndicatorReport, ctx: CommandContext, detected: boolean): void {
  const line = (id: string, args: Record<string, string | number> = {}) => ctx.stderr.write(`${ctx.t.format(id, args)}\n`);
  if (detected) {
    const columns = Object.entries(report.mapping.fields).map(([field, source]) => `${field} ← ${typeof source === 'string' ? source : JSON.stringify(source)}`);
    line('indicators.summary.detected', { columns: columns.join(', ') });
  }
  const ingest = report.ingest;
  line('indicators.summary', {
    rows: ingest.rows,
    events: ingest.events,
    cases: ingest.cases,
    errors: ingest.errorCount,
    filtered: ingest.filtered,
    unmapped: ingest.unmapped,
  });
  for (const error of ingest.errors.slice(0, 10)) {
    line('indicators.summary.rowError', { line: error.line, reason: ctx.t.format(error.messageId, error.args) });
  }
  if (ingest.errorCount > 10) line('indicators.summary.moreErrors', { count: ingest.errorCount - 10 });
  if (ingest.unmappedValues.length > 0) {
    line('indicators.summary.unmappedValues', { values: ingest.unmappedValues.slice(0, 10).map(([value, count]) => `${value} (${count})`).join('; ') });
  }
  if (ingest.outsideCalendar > 0) line('indicators.summary.outsideCalendar', { count: ingest.outsideCalendar });
  if (ingest.casesWithoutEdition > 0) line('indicators.summary.withoutEdition', { count: ingest.casesWithoutEdition });
  for (const unknown of ingest.unknownStandards) line('indicators.summary.unknownStandard', { standard: unknown.standard, count: unknown.cases });
  for (const skipped of report.skipped) {
    line('indicators.summary.skipped', { indicator: skipped.indicatorId, standard: skipped.standard, reason: ctx.t.format(skipped.messageId) });
  }
  line('indicators.summary.assignments', { count: report.assignments.length });
}

/** `tsmp indicators`: indicators by period and level from an event log, with corridors, assignments and the composite index. */
export function indicatorsCommand(ctx: CommandContext): Command {
  return new Command('indicators')
    .description(ctx.t.format('indicators.description'))
    .requiredOption('--repo <dir...>', ctx.t.format('indicators.option.repo'))
    .requiredOption('--events <file>', ctx.t.format('indicators.option.events'))
    .option('--mapping <file>', ctx.t.format('indicators.option.mapping'))
    .addOption(new Option('--events-format <format>', ctx.t.format('indicators.option.eventsFormat')).choices(['csv', 'xes', 'jsonl']))
    .requiredOption('--period <range>', ctx.t.format('indicators.option.period'))
    .addOption(new Option('--step <step>', ctx.t.format('indicators.option.step')).choices(Object.keys(STEPS)).default('month'))
    .option('--by <levels>', ctx.t.format('indicators.option.by'), 'region')
    .addOption(new Option('-f, --format <format>', ctx.t.format('indicators.option.format')).choices(['table', 'json', 'csv', 'docx', 'pdf', 'html', 'md']).default('table'))
    .option('--decimal-comma', ctx.t.format('indicators.option.decimalComma'))
    .option('--store <file>', ctx.t.format('indicators.option.store'))
    .option('--ignore-effective-dates', ctx.t.format('indicators.option.ignoreEffectiveDates'))
    .option('--composite <file>', ctx.t.format('indicators.option.composite'))
    .addOption(new Option('--fail-on <zone>', ctx.t.format('indicators.option.failOn')).choices(['red', 'yellow', 'none']).default('none'))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (options: IndicatorsOptions) => {
      const document = ['docx', 'pdf', 'html', 'md'].includes(options.format);
      if ((options.format === 'docx' || options.format === 'pdf') && !options.out) {
        throw new UserError(ctx.t.format('indicators.error.binaryNeedsOut', { format: options.format }));
      }
      const range = await loadOrFail(() => parsePeriodRange(options.period), ctx);
      const levels = parseLevels(options.by, ctx);
      // SQLite, the event readers and the ink view load only when indicators are computed.
      const { runIndicators } = await import('../services/indicators.js');
      const report = await runIndicators(
        {
          repos: options.repo,
          events: options.events,
          ...(options.mapping ? { mapping: options.mapping } : {}),
          ...(options.eventsFormat ? { eventsFormat: options.eventsFormat } : {}),
          range,
          step: STEPS[options.step],
          levels,
          ...(options.store ? { store: options.store } : {}),
          ignoreEffectiveDates: options.ignoreEffectiveDates === true,
          ...(options.composite ? { composite: options.composite } : {}),
        },
        ctx,
      );
      summarise(report, ctx, !options.mapping);
      let text: string | Uint8Array;
      if (document) {
        const { buildIndicatorReportDocument, renderDocument } = await import('@tsmp/export');
        const input = indicatorReportInput(report);
        text = await renderDocument(buildIndicatorReportDocument(input, { lang: ctx.lang }), options.format as 'docx' | 'pdf' | 'html' | 'md');
      } else if (options.format === 'json') text = `${JSON.stringify(report, null, 2)}\n`;
      else if (options.format === 'csv') text = renderIndicatorsCsv(report, ctx.t, options.decimalComma === true);
      else text = renderIndicatorsTable(report, ctx.t);
      await emit(ctx, text, options.out);
      const failing = options.failOn === 'none' ? [] : report.assignments.filter((item) => options.failOn === 'yellow' || item.zone === 'red');
      ctx.exitCode = failing.length > 0 ? EXIT_FINDINGS : EXIT_OK;
    });
}
