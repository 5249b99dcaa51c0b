import { promises as fs } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { loadRepository } from '../repository/load-repository.js';
import type { ModelRepository } from '../repository/types.js';
import { materializeGitSide, parseGitSpec } from './git.js';

/** One side of a comparison, loaded. */
export interface LoadedSide {
  /** The side as the user wrote it. */
  source: string;
  repository: ModelRepository;
  /** True when the side is one artifact file. */
  single: boolean;
  /** Removes the temporary folder of a git side; does nothing for other sides. */
  dispose(): Promise<void>;
}

/**
 * Loads a side of `tsmp diff`: a model repository folder, an artifact file,
 * or `git:<revision>:<path>` of either. Files with problems stay in
 * `repository.findings`; the caller decides what to do with them.
 */
export async function loadSide(source: string, cwd: string): Promise<LoadedSide> {
  const gitSpec = parseGitSpec(source);
  if (!gitSpec) {
    const path = resolve(cwd, source);
    const repository = await loadRepository(path);
    const single = (await fs.stat(path)).isFile();
    return { source, repository: single ? await onlyFileOf(repository, path) : repository, single, dispose: async () => undefined };
  }
  const side = await materializeGitSide(gitSpec, cwd);
  const dispose = () => fs.rm(side.dir, { recursive: true, force: true });
  try {
    const repository = side.isFile ? await onlyFileOf(await loadRepository(side.target), side.target) : await loadRepository(side.target);
    if (!side.isFile) repository.root = resolve(cwd, gitSpec.path);
    return { source, repository, single: side.isFile, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/**
 * Keeps only the named file's artifact and findings. The loader may load a
 * file together with the repository around it, but a side given as one file
 * compares that file alone.
 */
async function onlyFileOf(repository: ModelRepository, path: string): Promise<ModelRepository> {
  const real = await fs.realpath(path).catch(() => path);
  const file = relative(repository.root, real).split(sep).join('/');
  return {
    ...repository,
    artifacts: repository.artifacts.filter((artifact) => artifact.file === file),
    findings: repository.findings.filter((item) => item.location?.file === file),
  };
}
