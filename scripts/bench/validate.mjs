// Times loading plus full validation of a repository at the scale of the real
// system, and the CLI's cold start. Run after `pnpm build`: `pnpm bench validate`.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateRepository } from './lib/generate-repository.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { loadRepository, validateRepository } = await import(join(root, 'packages/core/dist/index.js'));
const bin = join(root, 'packages/cli/dist/bin.js');
const folder = join(root, '.bench', 'validate-repo');
const size = generateRepository(folder);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = [];
let findings = 0;
for (let i = 0; i < 5; i += 1) {
  const start = performance.now();
  const repository = await loadRepository(folder);
  const loaded = performance.now();
  findings = validateRepository(repository).length;
  runs.push({ load: loaded - start, validate: performance.now() - loaded, total: performance.now() - start });
}

const coldStart = [];
const coldValidate = [];
for (let i = 0; i < 5; i += 1) {
  let start = performance.now();
  spawnSync(process.execPath, [bin, '--version'], { stdio: 'ignore' });
  coldStart.push(performance.now() - start);
  start = performance.now();
  spawnSync(process.execPath, [bin, 'validate', folder, '--format', 'json'], { stdio: 'ignore' });
  coldValidate.push(performance.now() - start);
}

const ms = (value) => `${value.toFixed(0)} ms`;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.log(`repository: ${size.standards} standards, ${size.techCards} tech cards, ${size.operations} operations; ${findings} findings`);
console.log(`load (median of 5):            ${ms(median(runs.map((run) => run.load)))}`);
console.log(`validate rules (median of 5):  ${ms(median(runs.map((run) => run.validate)))}`);
console.log(`load + validate (median of 5): ${ms(median(runs.map((run) => run.total)))}`);
console.log(`CLI cold start, tsmp --version (median of 5): ${ms(median(coldStart))}`);
console.log(`CLI tsmp validate end to end (median of 5):    ${ms(median(coldValidate))}`);
