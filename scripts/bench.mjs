// Runs every benchmark script in scripts/bench/ in name order; each prints its own figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const scripts = readdirSync(folder)
  .filter((name) => /\.(mjs|ts)$/.test(name))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

let failed = 0;
for (const name of scripts) {
  process.stdout.write(`\n## ${name}\n`);
  const args = name.endsWith('.ts') ? ['--import', 'tsx', join(folder, name)] : [join(folder, name)];
  const run = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
