import { randomBytes } from 'node:crypto';
import { promises as fs, renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file through a temporary file in the same folder and a rename, so
 * that an interrupted write never leaves a half-written file where a good one was.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPath(target);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Synchronous form of {@link writeFileAtomic}. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const temporary = temporaryPath(target);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
}
