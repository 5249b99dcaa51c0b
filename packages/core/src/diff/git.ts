import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { TsmpError } from '../errors/tsmp-error.js';

const run = promisify(execFile);
/** Largest file read from git; artifact files are far smaller. */
const MAX_BUFFER = 64 * 1024 * 1024;

/** A side given as `git:<revision>:<path>`. */
export interface GitSpec {
  rev: string;
  path: string;
}

/** Parses `git:<revision>:<path>`; the path may itself contain colons. */
export function parseGitSpec(spec: string): GitSpec | undefined {
  if (!spec.startsWith('git:')) return undefined;
  const rest = spec.slice(4);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon === rest.length - 1) throw new TsmpError('diff.error.gitSpec', { spec });
  return { rev: rest.slice(0, colon), path: rest.slice(colon + 1) };
}

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
  return stdout;
}

function detail(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr;
  return (stderr || (error as Error).message || String(error)).trim().split('\n')[0] ?? '';
}

/**
 * Writes the file or folder `path` as it was at `rev` into a new temporary
 * folder and returns the folder and the path inside it to load. Git runs
 * with argument arrays, never through a shell.
 */
export async function materializeGitSide(spec: GitSpec, cwd: string): Promise<{ dir: string; target: string; isFile: boolean }> {
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    throw new TsmpError('diff.error.gitFailed', { repo: cwd, detail: detail(error) });
  }
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${spec.rev}^{commit}`], top);
  } catch (error) {
    throw new TsmpError('diff.error.gitRevision', { rev: spec.rev, repo: top, detail: detail(error) || 'unknown revision' });
  }

  const inRepo = relative(await fs.realpath(top), resolve(await fs.realpath(cwd), spec.path)).split(sep).join(posix.sep);
  const object = `${spec.rev}:${inRepo}`;
  let type: string;
  try {
    type = inRepo === '' ? 'tree' : (await git(['cat-file', '-t', object], top)).trim();
  } catch {
    throw new TsmpError('diff.error.gitPath', { rev: spec.rev, path: spec.path });
  }

  const dir = await fs.mkdtemp(join(tmpdir(), 'tsmp-diff-'));
  if (type === 'blob') {
    const target = join(dir, posix.basename(inRepo));
    await fs.writeFile(target, await readBlob(top, object));
    return { dir, target, isFile: true };
  }
  const listing = await git(['ls-tree', '-r', '-z', '--name-only', '--end-of-options', spec.rev, '--', inRepo === '' ? '.' : inRepo], top);
  for (const file of listing.split('\0').filter(Boolean)) {
    const inside = inRepo === '' ? file : posix.relative(inRepo, file);
    const target = join(dir, ...inside.split(posix.sep));
    await fs.mkdir(dirname(target), { recursive: true });
    await fs.writeFile(target, await readBlob(top, `${spec.rev}:${file}`));
  }
  return { dir, target: dir, isFile: false };
}

async function readBlob(cwd: string, object: string): Promise<Buffer> {
  const { stdout } = await run('git', ['cat-file', 'blob', object], { cwd, maxBuffer: MAX_BUFFER, encoding: 'buffer' });
  return stdout;
}
