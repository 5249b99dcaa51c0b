import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { Manifest, MANIFEST_FILE } from '@tsmp/schema';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/fingerprint.js';
import { TsmpError } from '../errors/tsmp-error.js';
import { globToRegExp, matchesGlobs } from './glob.js';
import { loadArtifactBytes } from './load-artifact.js';
import { parseFile } from './parse-file.js';
import { schemaProblems } from './schema-issues.js';
import type { LoadedArtifact, ModelRepository } from './types.js';
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
  if (stat.isFile()) return loadSingleFile(target);
  if (!stat.isDirectory()) throw new TsmpError('load.notFileOrFolder', { path });

  const root = await fs.realpath(target);
  const skipped = new Set(await Promise.all((options.skipFiles ?? []).map(async (file) => fs.realpath(file).catch(() => resolve(file)))));
  const findings: Finding[] = [];
  const manifest = await readManifest(root, findings);
  const include = manifest.include.map(globToRegExp);
  const exclude = manifest.exclude.map(globToRegExp);

  const artifacts: LoadedArtifact[] = [];
  for (const file of await walkFiles(root)) {
    if (file.relativePath === MANIFEST_FILE || !matchesGlobs(file.relativePath, include, exclude)) continue;
    if (manifest.baseline && resolve(root, manifest.baseline) === file.absolutePath) continue;
    if (skipped.has(file.absolutePath)) continue;
    const real = await fs.realpath(file.absolutePath).catch(() => undefined);
    if (!real || !isInside(root, real)) {
      findings.push(
        finding({
          ruleId: 'path-outside-repository',
          severity: 'error',
          messageId: 'load.outsideRepository',
          args: { file: file.relativePath, target: real ?? '' },
          location: { file: file.relativePath, line: 1, column: 1 },
        }),
      );
      continue;
    }
    const loaded = loadArtifactBytes(await fs.readFile(real), file.relativePath);
    findings.push(...loaded.findings);
    if (loaded.artifact) artifacts.push(loaded.artifact);
  }
  if (artifacts.length === 0 && findings.length === 0) {
    findings.push(finding({ ruleId: 'repository-empty', severity: 'warning', messageId: 'load.noArtifacts', args: { path }, location: { file: MANIFEST_FILE, line: 1, column: 1 } }));
  }
  return { root, manifest, artifacts, findings };
}

/** Loads one artifact file as a repository of its own. */
export async function loadArtifactFile(path: string): Promise<ModelRepository> {
  return loadRepository(path);
}

async function loadSingleFile(file: string): Promise<ModelRepository> {
  const root = dirname(file);
  const loaded = loadArtifactBytes(await fs.readFile(file), basename(file));
  return { root, manifest: DEFAULT_MANIFEST, artifacts: loaded.artifact ? [loaded.artifact] : [], findings: loaded.findings };
}

async function readManifest(root: string, findings: Finding[]): Promise<Manifest> {
  const bytes = await fs.readFile(resolve(root, MANIFEST_FILE)).catch(() => undefined);
  if (!bytes) {
    findings.push(
      finding({ ruleId: 'manifest-missing', severity: 'error', messageId: 'load.manifestMissing', args: { file: MANIFEST_FILE }, location: { file: MANIFEST_FILE, line: 1, column: 1 } }),
    );
    return DEFAULT_MANIFEST;
  }
  const parsed = parseFile(bytes, MANIFEST_FILE);
  findings.push(...parsed.problems.map((problem) => finding({ ...problem })));
  if (parsed.value === undefined) return DEFAULT_MANIFEST;
  const result = Manifest.safeParse(parsed.value);
  if (!result.success) {
    for (const problem of schemaProblems(result.error.issues, parsed.value)) {
      findings.push(finding({ ruleId: 'schema', severity: 'error', messageId: problem.messageId, args: problem.args, location: parsed.positions.locate(problem.path), path: problem.path }));
    }
    return DEFAULT_MANIFEST;
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
    return { ...manifest, baseline: undefined };
  }
  return manifest;
}
