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

/** A folder that could not be listed, with the system error code. */
export interface UnreadableFolder {
  relativePath: string;
  code: string;
}

/** Lists the files under a folder, sorted, skipping dot-folders and build folders; folders that cannot be listed are returned apart. */
export async function walkFiles(root: string): Promise<{ files: WalkedFile[]; unreadableFolders: UnreadableFolder[] }> {
  const files: WalkedFile[] = [];
  const unreadableFolders: UnreadableFolder[] = [];
  const visit = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      unreadableFolders.push({ relativePath: relative(root, folder).split(sep).join('/') || '.', code: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    for (const entry of entries) {
      const absolutePath = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await visit(absolutePath);
        continue;
      }
      if (!entry.isDirectory()) {
        files.push({ relativePath: relative(root, absolutePath).split(sep).join('/'), absolutePath, isSymbolicLink: entry.isSymbolicLink() });
      }
    }
  };
  await visit(root);
  return { files: files.sort((a, b) => a.relativePath.localeCompare(b.relativePath)), unreadableFolders };
}
