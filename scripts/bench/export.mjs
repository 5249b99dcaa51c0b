// Times the export of a generated 100-page standard to DOCX and to PDF, and,
// in the same run, pandoc converting the same document as Markdown to DOCX.
// Run after `pnpm build`: `pnpm bench export`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateStandard } from './lib/generate-standard.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = await import(join(root, 'packages/schema/dist/index.js'));
const exporter = await import(join(root, 'packages/export/dist/index.js'));

const PROCEDURES = 220;
const RUNS = 5;
const generated = generateStandard(PROCEDURES);
const artifacts = [schema.Catalog.parse(generated.catalog), schema.ProcessStandard.parse(generated.standard)];
const sources = exporter.collectSources(artifacts);
const build = () => exporter.buildStandardDocument(artifacts[1], sources);

const work = mkdtempSync(join(tmpdir(), 'tsmp-bench-export-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(label, render) {
  const runs = [];
  let bytes;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    bytes = await render();
    runs.push(performance.now() - start);
  }
  return { label, ms: median(runs), bytes };
}

// One warm-up of each renderer, so the figures do not include loading fonts and modules.
await exporter.renderPdf(build());
await exporter.renderDocx(build());

const pdf = await time('tsmp PDF (build + render)', () => exporter.renderPdf(build()));
const docx = await time('tsmp DOCX (build + render)', () => exporter.renderDocx(build()));
const pdfPath = join(work, 'standard.pdf');
writeFileSync(pdfPath, pdf.bytes);
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);

const markdownPath = join(work, 'standard.md');
writeFileSync(markdownPath, exporter.renderMarkdown(build()));
const pandocVersion = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0];
let pandoc;
if (pandocVersion) {
  pandoc = await time('pandoc Markdown → DOCX', () => {
    execFileSync('pandoc', [markdownPath, '-f', 'markdown', '-t', 'docx', '-o', join(work, 'pandoc.docx')]);
    return new Uint8Array();
  });
}

const ms = (value) => `${value.toFixed(0)} ms`;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the end`);
console.log(`document: generated standard, ${PROCEDURES} procedures, 20 indicators; PDF has ${pages} pages`);
for (const entry of [docx, pdf, pandoc].filter(Boolean)) console.log(`${entry.label.padEnd(30)} median of ${RUNS}: ${ms(entry.ms)}`);
if (!pandoc) console.log('pandoc not found: install it to get the reference time');
else console.log(`pandoc: ${pandocVersion} (includes its process start)`);
