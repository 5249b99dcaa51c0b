import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders never read as part of a model repository. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist']);

/** A file under the repository root: its path relative to the root (forward slashes) and absolute path. */
export interface WalkedFile {
  relativePath: string;
  absolutePath: string;
  isSymbolicLink: boolean;
}

/** Lists the files under a folder, sorted, skipping dot-folders and build folders. */
export async function walkFiles(root: string): Promise<WalkedFile[]> {
  const files: WalkedFile[] = [];
  const visit = async (folder: string): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const absolutePath = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await visit(absolutePath);
        continue;
      }
      if (entry.isFile() || entry.isSymbolicLink()) {
        files.push({ relativePath: relative(root, absolutePath).split(sep).join('/'), absolutePath, isSymbolicLink: entry.isSymbolicLink() });
      }
    }
  };
  await visit(root);
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
