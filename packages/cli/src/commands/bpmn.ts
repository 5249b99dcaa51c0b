import { Command, Option } from 'commander';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Finding, FindingFormat, Severity } from '@tsmp/core';
import { applySeverities, reachesThreshold, sortFindings } from '@tsmp/core';
import type { BpmnSummary } from '@tsmp/adapters';
import type { CommandContext } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK } from '../io.js';
import { emit, failOnOption, formatOption, langOption, outOption } from '../options.js';
import { findCard, loadModel, readInput, renderFindings } from '../services/adapters.js';

interface FindingOptions {
  format: FindingFormat;
  failOn: Severity;
  out?: string;
  lint: boolean;
}

/** `tsmp bpmn import|check|generate`: BPMN files of modelling tools and tech cards. */
export function bpmnCommand(ctx: CommandContext): Command {
  const command = new Command('bpmn').description(ctx.t.format('bpmn.cli.description'));

  command
    .command('import')
    .description(ctx.t.format('bpmn.cli.import.description'))
    .argument('<file>', ctx.t.format('bpmn.cli.argument.file'))
    .addOption(formatOption(ctx))
    .addOption(failOnOption(ctx))
    .addOption(new Option('--no-lint', ctx.t.format('bpmn.cli.option.noLint')))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (file: string, options: FindingOptions) => {
      // BPMN, XML and the moddle libraries load only when this command runs, which keeps the CLI's start fast.
      const { importBpmn, lintBpmn, summarize } = await import('@tsmp/adapters');
      const result = await importBpmn(await readInput(file, ctx), basename(file));
      const findings = [...result.findings];
      if (result.model && options.lint) findings.push(...(await lintBpmn(result.model)));
      // Findings name the file by its base name; the folder is shown through the base path.
      await report(findings, options, dirname(file), ctx);
      if (result.model) writeSummary(summarize(result.model), file, ctx);
    });

  command
    .command('check')
    .description(ctx.t.format('bpmn.cli.check.description'))
    .argument('<file>', ctx.t.format('bpmn.cli.argument.file'))
    .requiredOption('--card <id>', ctx.t.format('bpmn.cli.option.card'))
    .addOption(new Option('--repo <folder>', ctx.t.format('bpmn.cli.option.repo')).default('.'))
    .addOption(formatOption(ctx))
    .addOption(failOnOption(ctx))
    .addOption(new Option('--no-lint', ctx.t.format('bpmn.cli.option.noLint')))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (file: string, options: FindingOptions & { card: string; repo: string }) => {
      const { checkCardAgainstBpmn, importBpmn, lintBpmn, rolesOf } = await import('@tsmp/adapters');
      const repository = await loadModel(options.repo, ctx);
      const card = findCard(repository, options.card, ctx);
      const result = await importBpmn(await readInput(file, ctx), relative(repository.root, resolve(ctx.cwd, file)));
      const findings = [...result.findings];
      if (result.model) {
        findings.push(...checkCardAgainstBpmn(card, result.model, rolesOf(repository.artifacts)));
        if (options.lint) findings.push(...(await lintBpmn(result.model)));
      }
      // The manifest's `rules:` map sets severities here as for validate, bpmnlint rules included.
      await report(applySeverities(findings, repository.manifest.rules), options, relative(ctx.cwd, repository.root) || '.', ctx);
    });

  command
    .command('generate')
    .description(ctx.t.format('bpmn.cli.generate.description'))
    .requiredOption('--card <id>', ctx.t.format('bpmn.cli.option.card'))
    .addOption(new Option('--repo <folder>', ctx.t.format('bpmn.cli.option.repo')).default('.'))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (options: { card: string; repo: string; out?: string }) => {
      const { generateBpmn, generationLabels, rolesOf } = await import('@tsmp/adapters');
      const repository = await loadModel(options.repo, ctx);
      const card = findCard(repository, options.card, ctx);
      const xml = await generateBpmn(card.data, { roles: rolesOf(repository.artifacts), labels: generationLabels(ctx.t) });
      await emit(ctx, xml, options.out);
      if (options.out) ctx.stderr.write(`${ctx.t.format('bpmn.generated', { card: card.id, file: options.out, count: card.data.operations.length })}\n`);
    });

  command.addHelpCommand(new Command('help').argument('[command]').description(ctx.t.format('cli.help.command')));
  return command;
}

async function report(findings: Finding[], options: FindingOptions, basePath: string, ctx: CommandContext): Promise<void> {
  const sorted = sortFindings(findings);
  await emit(ctx, renderFindings(sorted, options.format, ctx, basePath, options.out), options.out);
  ctx.exitCode = reachesThreshold(sorted, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

function writeSummary(summary: BpmnSummary, file: string, ctx: CommandContext): void {
  const parts = (Object.keys(summary) as Array<keyof BpmnSummary>).map((key) => ctx.t.format(`bpmn.summary.${key}`, { count: summary[key] }));
  ctx.stderr.write(`${ctx.t.format('bpmn.summary.title', { file })} ${parts.join(', ')}\n`);
}

