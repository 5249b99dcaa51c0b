import { Command, Option } from 'commander';
import { basename, dirname } from 'node:path';
import type { FindingFormat, Severity } from '@tsmp/core';
import { reachesThreshold, sortFindings } from '@tsmp/core';
import type { CommandContext } from '../io.js';
import { EXIT_FINDINGS, EXIT_OK } from '../io.js';
import { emit, failOnOption, formatOption, langOption, outOption } from '../options.js';
import { loadModel, pickStandard, readInput, renderFindings } from '../services/adapters.js';
import { loadOrFail } from '../services/load.js';

/** `tsmp ecp export|import`: the control-point catalogue of a standard edition for ЕЦП and regional systems. */
export function ecpCommand(ctx: CommandContext): Command {
  const command = new Command('ecp').description(ctx.t.format('ecp.cli.description'));

  command
    .command('export')
    .description(ctx.t.format('ecp.cli.export.description'))
    .addOption(new Option('--standard <id>', ctx.t.format('ecp.cli.option.standard')))
    .addOption(new Option('--repo <folder>', ctx.t.format('ecp.cli.option.repo')).default('.'))
    .addOption(formatOption(ctx, ['json', 'xml'], 'json'))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (options: { standard?: string; repo: string; format: 'json' | 'xml'; out?: string }) => {
      // BPMN, XML and the moddle libraries load only when this command runs, which keeps the CLI's start fast.
      const { buildEcpCatalog, exportEcpCatalogJson, exportEcpCatalogXml, findStandardSources } = await import('@tsmp/adapters');
      const repository = await loadModel(options.repo, ctx);
      const standard = pickStandard(repository, options.standard, ctx);
      const catalog = buildEcpCatalog(await loadOrFail(() => findStandardSources(repository.artifacts, standard), ctx));
      await emit(ctx, options.format === 'xml' ? exportEcpCatalogXml(catalog) : exportEcpCatalogJson(catalog), options.out);
      ctx.stderr.write(`${ctx.t.format('ecp.summary', { standard, edition: catalog.standard.edition, count: catalog.controlPoints.length })}\n`);
    });

  command
    .command('import')
    .description(ctx.t.format('ecp.cli.import.description'))
    .argument('<file>', ctx.t.format('ecp.cli.argument.file'))
    .addOption(formatOption(ctx))
    .addOption(failOnOption(ctx))
    .addOption(outOption(ctx))
    .addOption(langOption(ctx))
    .action(async (file: string, options: { format: FindingFormat; failOn: Severity; out?: string }) => {
      const { importEcpCatalogJson, importEcpCatalogXml } = await import('@tsmp/adapters');
      const bytes = await readInput(file, ctx);
      const name = basename(file);
      const result = isXml(bytes) ? await importEcpCatalogXml(bytes, name) : importEcpCatalogJson(bytes, name);
      const findings = sortFindings(result.findings);
      await emit(ctx, renderFindings(findings, options.format, ctx, dirname(file), options.out), options.out);
      if (result.catalog) {
        const { standard, controlPoints } = result.catalog;
        ctx.stderr.write(`${ctx.t.format('ecp.summary', { standard: standard.id, edition: standard.edition, count: controlPoints.length })}\n`);
      }
      ctx.exitCode = reachesThreshold(findings, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
    });

  command.addHelpCommand(new Command('help').argument('[command]').description(ctx.t.format('cli.help.command')));
  return command;
}

/** Tells XML from JSON by the first character after a byte-order mark and white space. */
function isXml(bytes: Uint8Array): boolean {
  for (let index = 0; index < Math.min(bytes.length, 1024); index += 1) {
    const byte = bytes[index]!;
    if (byte === 0xef || byte === 0xbb || byte === 0xbf || byte === 0xff || byte === 0xfe || byte === 0x00) continue;
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x3c;
  }
  return false;
}
