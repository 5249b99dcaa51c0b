import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Manifest, MANIFEST_FILE } from '@tsmp/schema';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/fingerprint.js';
import { TsmpError } from '../errors/tsmp-error.js';
import { globProblem, globToRegExp, matchesGlobs } from './glob.js';
import { loadArtifactBytes } from './load-artifact.js';
import { MAX_FILE_BYTES, parseFile } from './parse-file.js';
import { schemaFindings } from './schema-findings.js';
import type { LoadedArtifact, ModelRepository, PositionIndex } from './types.js';
import { walkFiles } from './walk.js';

const DEFAULT_MANIFEST: Manifest = Manifest.parse({ tsmp: 1, name: '—' });

/** Tells whether `path` lies inside `root` (both absolute and resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Loads a model repository: the manifest `tsmp.yaml` and every artifact file
 * its globs select. A path to a single file loads that file alone, with the
 * default manifest. Problems in files are findings; only a path that does
 * not exist throws.
 */
export interface LoadOptions {
  /** Absolute paths of files that are not artifacts, such as a baseline given on the command line. */
  skipFiles?: readonly string[];
}

export async function loadRepository(path: string, options: LoadOptions = {}): Promise<ModelRepository> {
  const target = resolve(path);
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) throw new TsmpError('load.pathNotFound', { path });
  if (stat.isFile()) {
    const repositoryRoot = await enclosingRepository(dirname(target));
    if (!repositoryRoot) return loadSingleFile(target);
    const repository = await loadRepository(repositoryRoot, options);
    return { ...repository, focusFile: relative(repository.root, await fs.realpath(target)).split(sep).join('/') };
  }
  if (!stat.isDirectory()) throw new TsmpError('load.notFileOrFolder', { path });

  const root = await fs.realpath(target);
  const skipped = new Set(await Promise.all((options.skipFiles ?? []).map(async (file) => fs.realpath(file).catch(() => resolve(file)))));
  const findings: Finding[] = [];
  const { manifest, positions } = await readManifest(root, findings);
  const include = usableGlobs(manifest.include, 'include', positions, findings);
  const exclude = usableGlobs(manifest.exclude, 'exclude', positions, findings);

  const artifacts: LoadedArtifact[] = [];
  const walked = await walkFiles(root);
  for (const folder of walked.unreadableFolders) {
    findings.push(finding({ ruleId: 'file-unreadable', severity: 'error', messageId: 'load.unreadable', args: { file: folder.relativePath, reason: folder.code }, location: { file: folder.relativePath, line: 1, column: 1 } }));
  }
  for (const file of walked.files) {
    if (file.relativePath === MANIFEST_FILE || !matchesGlobs(file.relativePath, include, exclude)) continue;
    if (manifest.baseline && resolve(root, manifest.baseline) === file.absolutePath) continue;
    if (skipped.has(file.absolutePath)) continue;
    const loaded = await loadFile(root, file.absolutePath, file.relativePath);
    findings.push(...loaded.findings);
    if (loaded.artifact) artifacts.push(loaded.artifact);
  }
  if (artifacts.length === 0 && findings.length === 0) {
    findings.push(finding({ ruleId: 'repository-empty', severity: 'warning', messageId: 'load.noArtifacts', args: { path }, location: { file: MANIFEST_FILE, line: 1, column: 1 } }));
  }
  return { root, manifest, manifestPositions: positions, artifacts, findings };
}

/** Loads one artifact file as a repository of its own. */
export async function loadArtifactFile(path: string): Promise<ModelRepository> {
  return loadRepository(path);
}

async function loadSingleFile(file: string): Promise<ModelRepository> {
  const root = dirname(file);
  const loaded = await loadFile(root, file, basename(file));
  return { root, manifest: DEFAULT_MANIFEST, artifacts: loaded.artifact ? [loaded.artifact] : [], findings: loaded.findings, standalone: true };
}

/** Finds the nearest folder at or above `folder` that contains a manifest. */
async function enclosingRepository(folder: string): Promise<string | undefined> {
  let current = folder;
  for (;;) {
    const manifest = await fs.stat(resolve(current, MANIFEST_FILE)).catch(() => undefined);
    if (manifest?.isFile()) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Reads one artifact file after checking what it is: a link must stay inside
 * the repository, only regular files are read (a pipe would block forever),
 * and the size is checked before the bytes are read.
 */
async function loadFile(root: string, absolutePath: string, relativePath: string): Promise<{ artifact?: LoadedArtifact; findings: Finding[] }> {
  const at = { file: relativePath, line: 1, column: 1 };
  const problem = (ruleId: string, messageId: string, args: Record<string, string | number>) => ({
    findings: [finding({ ruleId, severity: 'error', messageId, args, location: at })],
  });
  let real: string;
  try {
    real = await fs.realpath(absolutePath);
  } catch (error) {
    return problem('path-outside-repository', 'load.outsideRepositoryNoTarget', { file: relativePath });
  }
  if (!isInside(root, real)) return problem('path-outside-repository', 'load.outsideRepository', { file: relativePath, target: real });
  try {
    const stat = await fs.stat(real);
    if (!stat.isFile()) return problem('file-unreadable', 'load.notRegularFile', { file: relativePath });
    if (stat.size > MAX_FILE_BYTES) {
      return problem('file-too-large', 'load.fileTooLarge', { size: Math.round((stat.size / 1024 / 1024) * 10) / 10, limit: MAX_FILE_BYTES / 1024 / 1024 });
    }
    return loadArtifactBytes(await fs.readFile(real), relativePath);
  } catch (error) {
    return problem('file-unreadable', 'load.unreadable', { file: relativePath, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

/** Compiles the manifest's globs, turning a malformed or escaping glob into a finding instead of an exception. */
function usableGlobs(globs: readonly string[], field: 'include' | 'exclude', positions: PositionIndex, findings: Finding[]): RegExp[] {
  const usable: RegExp[] = [];
  globs.forEach((glob, index) => {
    const kind = globProblem(glob);
    if (!kind) {
      usable.push(globToRegExp(glob));
      return;
    }
    findings.push(
      finding({
        ruleId: 'schema',
        severity: 'error',
        messageId: kind === 'outside' ? 'load.globOutside' : 'load.globInvalid',
        args: { glob, problem: kind },
        location: positions.locate([field, index]),
        path: [field, index],
        idPath: `${field}[${index}]`,
      }),
    );
  });
  return usable;
}

async function readManifest(root: string, findings: Finding[]): Promise<{ manifest: Manifest; positions: PositionIndex }> {
  const start = { file: MANIFEST_FILE, line: 1, column: 1 };
  const fallback = { manifest: DEFAULT_MANIFEST, positions: { locate: () => start } };
  const bytes = await fs.readFile(resolve(root, MANIFEST_FILE)).catch(() => undefined);
  if (!bytes) {
    findings.push(finding({ ruleId: 'manifest-missing', severity: 'error', messageId: 'load.manifestMissing', args: { file: MANIFEST_FILE }, location: start }));
    return fallback;
  }
  const parsed = parseFile(bytes, MANIFEST_FILE);
  findings.push(...parsed.problems.map((problem) => finding({ ...problem })));
  if (parsed.value === undefined) return fallback;
  const result = Manifest.safeParse(parsed.value);
  if (!result.success) {
    findings.push(...schemaFindings(result.error.issues, parsed.value, parsed.positions));
    return { ...fallback, positions: parsed.positions };
  }
  const manifest = result.data;
  if (manifest.baseline && !isInside(root, resolve(root, manifest.baseline))) {
    findings.push(
      finding({
        ruleId: 'path-outside-repository',
        severity: 'error',
        messageId: 'load.baselineOutside',
        args: { path: manifest.baseline },
        location: parsed.positions.locate(['baseline']),
        path: ['baseline'],
      }),
    );
    return { manifest: { ...manifest, baseline: undefined }, positions: parsed.positions };
  }
  return { manifest, positions: parsed.positions };
}
