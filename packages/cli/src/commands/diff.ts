import { Command, Option } from 'commander';
import type { ChangeLevel, DiffResult, DiffSources } from '@tsmp/core';
import { atOrAbove, changeToFinding, FINDING_FORMATS, formatDiffJson, formatDiffMarkdown, formatDiffStylish, formatFindings, renderComparisonTable, sortFindings } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../io.js';
import { emit, formatOption, langOption, outOption } from '../options.js';
import { runDiff } from '../services/diff.js';
import { VERSION } from '../version.js';

const FORMATS = ['stylish', 'json', 'markdown', 'sarif', 'junit', 'docx', 'pdf'] as const;
type DiffFormat = (typeof FORMATS)[number];
const FAIL_LEVELS: readonly ChangeLevel[] = ['breaking', 'major', 'minor'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

interface DiffOptions {
  format: DiffFormat;
  failOn: ChangeLevel;
  at?: string;
  caseStart?: string;
  out?: string;
}

/** `tsmp diff <old> <new>`: the semantic diff of two editions. */
export function diffCommand(ctx: CommandContext): Command {
  return new Command('diff')
    .description(ctx.t.format('diff.command.description'))
    .argument('<old>', ctx.t.format('diff.command.old'))
    .argument('<new>', ctx.t.format('diff.command.new'))
    .addOption(formatOption(ctx, FORMATS))
    .addOption(new Option('--fail-on <level>', ctx.t.format('diff.command.failOn', { levels: FAIL_LEVELS.join(', ') })).choices([...FAIL_LEVELS]).default('breaking'))
    .addOption(new Option('--at <date>', ctx.t.format('diff.command.at')))
    .addOption(new Option('--case-start <date>', ctx.t.format('diff.command.caseStart')))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (oldSource: string, newSource: string, options: DiffOptions) => {
      checkDate(options.at, '--at', ctx);
      checkDate(options.caseStart, '--case-start', ctx);
      if ((options.format === 'docx' || options.format === 'pdf') && !options.out) {
        throw new UserError(ctx.t.format('diff.error.binaryNeedsOut', { format: options.format }));
      }

      const outcome = await runDiff({ old: oldSource, new: newSource, at: options.at ?? (options.caseStart ? today() : undefined), caseStart: options.caseStart }, ctx);
      if (outcome.kind === 'invalid') {
        const textual = (FINDING_FORMATS as readonly string[]).includes(options.format);
        const format = textual ? (options.format as (typeof FINDING_FORMATS)[number]) : 'stylish';
        const report = formatFindings(outcome.findings, format, { localizer: ctx.t, basePath: outcome.basePath, toolVersion: VERSION });
        // A CI job reads --out: it gets the findings instead of an older result. A DOCX or PDF is not replaced by text.
        if (textual) await emit(ctx, report, options.out);
        else ctx.stderr.write(report);
        ctx.stderr.write(`${ctx.t.format('diff.error.sideInvalid', { side: outcome.side })}\n`);
        ctx.exitCode = EXIT_FINDINGS;
        return;
      }

      const { result } = outcome;
      await emit(ctx, await render(result, { old: oldSource, new: newSource }, options, ctx), options.out);
      const failing = result.changes.some((change) => atOrAbove(change.level, options.failOn)) || result.policy.length > 0;
      ctx.exitCode = failing ? EXIT_FINDINGS : EXIT_OK;
    });
}

async function render(result: DiffResult, sources: DiffSources, options: DiffOptions, ctx: CommandContext): Promise<string | Uint8Array> {
  switch (options.format) {
    case 'stylish':
      return formatDiffStylish(result, sources, ctx.t, { color: !options.out && Boolean(ctx.stdout.isTTY) && !ctx.env['NO_COLOR'] });
    case 'json':
      return formatDiffJson(result, sources, ctx.t);
    case 'markdown':
      return formatDiffMarkdown(result, sources, ctx.t);
    case 'sarif':
    case 'junit': {
      const findings = sortFindings([...result.changes.map(changeToFinding), ...result.policy]);
      return formatFindings(findings, options.format, { localizer: ctx.t, toolVersion: VERSION });
    }
    case 'docx':
    case 'pdf':
      return renderTableDocument(result, options.format, ctx);
  }
}

/** Renders the comparison tables of all compared artifacts into one DOCX or PDF document. */
async function renderTableDocument(result: DiffResult, format: 'docx' | 'pdf', ctx: CommandContext): Promise<Uint8Array> {
  const tables = result.tables.map((table) => renderComparisonTable(table, ctx.t)).filter((table) => table.rows.length > 0);
  const [first] = tables;
  if (!first) throw new UserError(ctx.t.format('diff.error.noTable', { format }));
  const { buildComparisonTableDocument, comparisonInputFromDiff, renderDocument } = await import('@tsmp/export');
  const input = comparisonInputFromDiff(first, ctx.lang);
  for (const table of tables.slice(1)) {
    const more = comparisonInputFromDiff(table, ctx.lang);
    input.rows.push(...more.rows.map((row) => ({ ...row, point: `${more.document}: ${row.point}` })));
  }
  return renderDocument(buildComparisonTableDocument(input, { lang: ctx.lang }), format);
}

function checkDate(value: string | undefined, option: string, ctx: CommandContext): void {
  if (value !== undefined && !DATE.test(value)) throw new UserError(ctx.t.format('diff.error.date', { value, option }));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
