// The main job on the shipped examples: `tsmp validate` on every model repository under examples/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');

/** Folders under examples/ that hold a tsmp.yaml manifest. */
function repositories(folder) {
  if (existsSync(join(folder, 'tsmp.yaml'))) return [folder];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && name !== 'node_modules' && statSync(join(folder, name)).isDirectory())
    .flatMap((name) => repositories(join(folder, name)));
}

let worst = 0;
for (const repository of repositories(join(root, 'examples')).sort()) {
  const path = relative(process.cwd(), repository) || '.';
  process.stdout.write(`\n$ tsmp validate ${path}\n`);
  const run = spawnSync(process.execPath, [bin, 'validate', path, ...process.argv.slice(2)], { stdio: 'inherit' });
  worst = Math.max(worst, run.status ?? 2);
}
process.exitCode = worst;
