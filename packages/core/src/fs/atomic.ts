import { randomBytes } from 'node:crypto';
import { promises as fs, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file through a temporary file in the same folder and a rename, so
 * that an interrupted write never leaves a half-written file where a good one
 * was. A symbolic link is followed and its target replaced, and an existing
 * file keeps its permissions. A target that is not a regular file (a pipe,
 * `/dev/stdout`, a device) is written directly, because renaming over it
 * would replace the special file itself.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const resolved = await fs.realpath(target).catch(() => target);
  const existing = await fs.stat(resolved).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await fs.writeFile(resolved, data);
    return;
  }
  const temporary = temporaryPath(resolved);
  try {
    await fs.writeFile(temporary, data, { flag: 'wx', mode: existing ? existing.mode & 0o7777 : 0o666 });
    if (existing) await fs.chmod(temporary, existing.mode & 0o7777);
    await fs.rename(temporary, resolved);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Tells whether a folder exists and can be written to, for a clear error before a long job starts. */
export async function isWritableFolder(folder: string): Promise<boolean> {
  try {
    await fs.access(folder, constants.W_OK);
    return (await fs.stat(folder)).isDirectory();
  } catch {
    return false;
  }
}
