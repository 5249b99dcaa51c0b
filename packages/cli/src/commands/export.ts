import { Command, Option } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { formatFindings, loadArtifactFile, loadRepository, TsmpError } from '@tsmp/core';
import type { ModelRepository } from '@tsmp/core';
import type { ExportDocument } from '@tsmp/export';
import { EXPORT_FORMATS, REPOSITORY_DOCUMENT_KINDS, type ExportFormat, type RepositoryDocumentKind } from '@tsmp/export/messages';
import type { CommandContext } from '../io.js';
import { EXIT_FINDINGS, UserError } from '../io.js';
import { emit, langOption, outOption } from '../options.js';
import { loadOrFail } from '../services/load.js';

interface ExportOptions {
  doc: string;
  format: ExportFormat;
  out?: string;
  pdfa?: boolean;
  base?: string;
}

/** Documents with at least this many blocks report progress on stderr. */
const PROGRESS_FROM_BLOCKS = 200;

/** `tsmp export <repo> --doc <kind>:<id> --format docx|pdf|html|md`. */
export function exportCommand(ctx: CommandContext): Command {
  return new Command('export')
    .description(ctx.t.format('exportCmd.description'))
    .argument('[repo]', ctx.t.format('exportCmd.argument.repo'), '.')
    .addOption(new Option('--doc <kind:id>', ctx.t.format('exportCmd.option.doc')).makeOptionMandatory())
    .addOption(new Option('-f, --format <format>', ctx.t.format('exportCmd.option.format')).choices([...EXPORT_FORMATS]).default('pdf'))
    .addOption(new Option('--pdfa', ctx.t.format('exportCmd.option.pdfa')))
    .addOption(new Option('--base <path>', ctx.t.format('exportCmd.option.base')))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (repo: string, options: ExportOptions) => {
      const binary = options.format === 'docx' || options.format === 'pdf';
      if (binary && !options.out && ctx.stdout.isTTY) throw new UserError(ctx.t.format('exportCmd.error.binaryToTerminal', { format: options.format }));
      // The DOCX and PDF libraries load only when a document is exported, which keeps the CLI's start fast.
      const { renderDocument } = await import('@tsmp/export');
      const document = await loadOrFail(() => buildDocument(repo, options, ctx), ctx);
      const showProgress = document.blocks.length >= PROGRESS_FROM_BLOCKS;
      let reported = 0;
      const bytes = await loadOrFail(
        () =>
          renderDocument(document, options.format, {
            pdfa: options.pdfa,
            onProgress: (done, total) => {
              const percent = Math.floor((done / total) * 10) * 10;
              if (!showProgress || percent <= reported) return;
              reported = percent;
              ctx.stderr.write(`${ctx.t.format('exportCmd.progress', { percent })}\n`);
            },
          }),
        ctx,
      );
      const out = options.out ? resolve(ctx.cwd, options.out) : undefined;
      await emit(ctx, bytes, out);
      if (out) ctx.stderr.write(`${ctx.t.format('exportCmd.written', { file: options.out ?? out, size: Math.max(1, Math.round(bytes.length / 1024)) })}\n`);
    });
}

async function buildDocument(repo: string, options: ExportOptions, ctx: CommandContext): Promise<ExportDocument> {
  const { buildIndicatorReportDocument, documentFromRepository, parseIndicatorReportInput } = await import('@tsmp/export');
  const separator = options.doc.indexOf(':');
  const kind = separator < 0 ? options.doc : options.doc.slice(0, separator);
  const id = separator < 0 ? '' : options.doc.slice(separator + 1);
  const kinds = [...REPOSITORY_DOCUMENT_KINDS, 'indicator-report'];
  if (!kinds.includes(kind)) throw new TsmpError('export.error.unknownKind', { kind, value: options.doc, kinds: kinds.join(', ') });
  if (id === '') throw new UserError(ctx.t.format('exportCmd.error.missingId', { value: options.doc, kind }));

  if (kind === 'indicator-report') {
    const file = resolve(ctx.cwd, id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UserError(ctx.t.format('exportCmd.error.readReport', { file: id, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UserError(ctx.t.format('exportCmd.error.readReport', { file: id, detail: (error as Error).message }));
    }
    return buildIndicatorReportDocument(parseIndicatorReportInput(parsed, id), { lang: ctx.lang });
  }

  const repository = await load(repo, ctx);
  const base = options.base ? await load(options.base, ctx) : undefined;
  return documentFromRepository(repository, { kind: kind as RepositoryDocumentKind, id, lang: ctx.lang, base });
}

/**
 * Loads a repository folder or a single artifact file. A repository with
 * loading errors is refused: a document built from it would leave out the
 * broken files and print bare ids in their place, and look official anyway.
 */
async function load(path: string, ctx: CommandContext): Promise<ModelRepository> {
  const absolute = resolve(ctx.cwd, path);
  const isFile = await stat(absolute).then(
    (entry) => entry.isFile(),
    () => false,
  );
  const repository = isFile ? await loadArtifactFile(absolute) : await loadRepository(absolute);
  const errors = repository.findings.filter((finding) => finding.severity === 'error').length;
  if (errors > 0) {
    const failed = repository.findings.filter((finding) => finding.severity === 'error');
    ctx.stderr.write(formatFindings(failed, 'stylish', { localizer: ctx.t, basePath: relative(ctx.cwd, repository.root) || '.' }));
    throw new UserError(ctx.t.format('export.notice.repositoryErrors', { repo: path, count: errors }), EXIT_FINDINGS);
  }
  return repository;
}
