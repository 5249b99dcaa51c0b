import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Finding, FindingFormat, LoadedArtifact, ModelRepository } from '@tsmp/core';
import { formatFindings, loadRepository, RULES } from '@tsmp/core';
import { MANIFEST_FILE, type TechCard } from '@tsmp/schema';
import { ADAPTERS_RULES } from '@tsmp/adapters/messages';
import type { CommandContext } from '../io.js';
import { UserError } from '../io.js';
import { VERSION } from '../version.js';
import { loadOrFail } from './load.js';

/** Reads an input file; a missing or unreadable file is a user error naming it. */
export async function readInput(path: string, ctx: CommandContext): Promise<Uint8Array> {
  try {
    return await readFile(resolve(ctx.cwd, path));
  } catch (error) {
    throw new UserError(ctx.t.format('adapters.error.read', { file: path, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' }));
  }
}

/** Loads a model repository and stops with its load errors, which make cross-checks meaningless. */
export async function loadModel(path: string, ctx: CommandContext): Promise<ModelRepository> {
  const repository = await loadOrFail(() => loadRepository(resolve(ctx.cwd, path)), ctx);
  // Without a manifest the folder is probably not a model repository at all (the default --repo is the
  // current folder): its findings would be noise about unrelated files.
  if (repository.findings.some((item) => item.ruleId === 'manifest-missing')) {
    throw new UserError(ctx.t.format('adapters.error.notRepository', { path }));
  }
  const errors = repository.findings.filter((item) => item.severity === 'error');
  if (errors.length > 0) {
    ctx.stderr.write(renderFindings(errors, 'stylish', ctx, relative(ctx.cwd, repository.root) || '.'));
    throw new UserError(ctx.t.format('adapters.error.repositoryInvalid', { path, count: errors.length }));
  }
  return repository;
}

/** Finds a tech card by id, or stops with the ids that exist. */
export function findCard(repository: ModelRepository, id: string, ctx: CommandContext): LoadedArtifact<TechCard> {
  const cards = repository.artifacts.filter((artifact): artifact is LoadedArtifact<TechCard> => artifact.data.kind === 'TechCard');
  const card = cards.find((artifact) => artifact.id === id);
  if (!card) throw new UserError(ctx.t.format('adapters.error.cardNotFound', { id, known: cards.map((artifact) => artifact.id).join(', ') || '—' }));
  return card;
}

/** Picks the standard: the one named, else the only process standard of the repository. */
export function pickStandard(repository: ModelRepository, id: string | undefined, ctx: CommandContext): string {
  if (id) return id;
  const standards = repository.artifacts.filter((artifact) => artifact.data.kind === 'ProcessStandard').map((artifact) => artifact.id);
  if (standards.length === 1) return standards[0]!;
  throw new UserError(ctx.t.format('adapters.error.standardRequired', { known: standards.join(', ') || '—' }));
}

/** Finds the nearest folder with a manifest at or above the given file, else the working folder. */
export function repositoryOf(file: string, ctx: CommandContext): string {
  let folder = dirname(resolve(ctx.cwd, file));
  for (;;) {
    if (existsSync(join(folder, MANIFEST_FILE))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return ctx.cwd;
    folder = parent;
  }
}

/** Renders findings with the shared formatters; file paths are shown relative to `basePath`. */
export function renderFindings(findings: readonly Finding[], format: FindingFormat, ctx: CommandContext, basePath: string, out?: string): string {
  return formatFindings(findings, format, {
    localizer: ctx.t,
    basePath,
    rules: [...RULES, ...ADAPTERS_RULES],
    toolVersion: VERSION,
    color: format === 'stylish' && !out && Boolean(ctx.stdout.isTTY) && !ctx.env['NO_COLOR'],
  });
}
