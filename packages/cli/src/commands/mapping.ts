import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { FindingFormat, Severity } from '@tsmp/core';
import { applySeverities, reachesThreshold, sortFindings } from '@tsmp/core';
import type { MappingCoverage } from '@tsmp/adapters';
import type { CommandContext } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK, UserError } from '../io.js';
import { emit, failOnOption, formatOption, langOption, outOption } from '../options.js';
import { loadModel, pickStandard, readInput, renderFindings, repositoryOf } from '../services/adapters.js';
import { loadOrFail } from '../services/load.js';

/** `tsmp mapping init|check`: mappings of control points to the events of a regional system. */
export function mappingCommand(ctx: CommandContext): Command {
  const command = new Command('mapping').description(ctx.t.format('mapping.cli.description'));

  command
    .command('init')
    .description(ctx.t.format('mapping.cli.init.description'))
    .addOption(new Option('--standard <id>', ctx.t.format('mapping.cli.option.standard')))
    .requiredOption('--system <name>', ctx.t.format('mapping.cli.option.system'))
    .addOption(new Option('--region <code>', ctx.t.format('mapping.cli.option.region')))
    .addOption(new Option('--repo <folder>', ctx.t.format('mapping.cli.option.repo')).default('.'))
    .addOption(new Option('--force', ctx.t.format('mapping.cli.option.force')))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (options: { standard?: string; system: string; region?: string; repo: string; force?: boolean; out?: string }) => {
      // BPMN, XML and the moddle libraries load only when this command runs, which keeps the CLI's start fast.
      const { buildEcpCatalog, findStandardSources, mappingTemplate } = await import('@tsmp/adapters');
      if (options.region !== undefined && !/^\d{2}$/.test(options.region)) throw new UserError(ctx.t.format('mapping.cli.error.region', { value: options.region }));
      if (options.out && !options.force && existsSync(resolve(ctx.cwd, options.out))) throw new UserError(ctx.t.format('mapping.cli.error.exists', { file: options.out }));
      const repository = await loadModel(options.repo, ctx);
      const standard = pickStandard(repository, options.standard, ctx);
      const catalog = buildEcpCatalog(await loadOrFail(() => findStandardSources(repository.artifacts, standard), ctx));
      const text = mappingTemplate(catalog, { system: options.system, ...(options.region ? { regionCode: options.region } : {}) }, ctx.t);
      await emit(ctx, text, options.out ? resolve(ctx.cwd, options.out) : undefined);
      if (options.out) ctx.stderr.write(`${ctx.t.format('mapping.templateWritten', { file: options.out, count: catalog.controlPoints.length })}\n`);
    });

  command
    .command('check')
    .description(ctx.t.format('mapping.cli.check.description'))
    .argument('<file>', ctx.t.format('mapping.cli.argument.file'))
    .addOption(new Option('--repo <folder>', ctx.t.format('mapping.cli.option.checkRepo')))
    .addOption(formatOption(ctx))
    .addOption(failOnOption(ctx))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (file: string, options: { repo?: string; format: FindingFormat; failOn: Severity; out?: string }) => {
      const { buildEcpCatalog, checkMapping, findStandardSources, readRegionalMapping } = await import('@tsmp/adapters');
      const loaded = readRegionalMapping(await readInput(file, ctx), basename(file));
      // Findings name the file by its base name; the folder is shown through the base path.
      const basePath = dirname(file);
      const mapping = loaded.mapping;
      if (!mapping) {
        await emit(ctx, renderFindings(sortFindings(loaded.findings), options.format, ctx, basePath, options.out), options.out);
        ctx.exitCode = EXIT_FINDINGS;
        return;
      }
      const repository = await loadModel(options.repo ?? repositoryOf(file, ctx), ctx);
      const catalog = buildEcpCatalog(await loadOrFail(() => findStandardSources(repository.artifacts, mapping.data.standard), ctx));
      const result = checkMapping(mapping, catalog);
      const findings = sortFindings(applySeverities([...loaded.findings, ...result.findings], repository.manifest.rules));
      await emit(ctx, renderFindings(findings, options.format, ctx, basePath, options.out), options.out);
      writeCoverage(result.coverage, ctx);
      ctx.exitCode = reachesThreshold(findings, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
    });

  command.addHelpCommand(new Command('help').argument('[command]').description(ctx.t.format('cli.help.command')));
  return command;
}

function writeCoverage(coverage: MappingCoverage, ctx: CommandContext): void {
  const percent = ctx.t.number(coverage.share * 100, 1);
  ctx.stderr.write(`${ctx.t.format('mapping.coverage', { ...coverage, percent })}\n`);
}
