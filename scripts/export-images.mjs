// Renders one page of each exported document kind to docs/images/<kind>.png
// (pdftoppm at 90 dpi), for the README. Run after `pnpm build`: `node scripts/export-images.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadRepository } = await import(join(root, 'packages/core/dist/index.js'));
const exporter = await import(join(root, 'packages/export/dist/index.js'));

const examples = join(root, 'examples');
const socialAdaptation = await loadRepository(join(examples, 'social-adaptation'));
const base = await loadRepository(join(examples, 'editions/social-adaptation/2022'));
const current = await loadRepository(join(examples, 'editions/social-adaptation/2024'));
const report = JSON.parse(readFileSync(join(root, 'packages/export/test/fixtures/indicator-report.json'), 'utf8'));

// The page shown for each kind: the first, except the report, whose charts start on page 2.
const documents = [
  ['standard', exporter.documentFromRepository(socialAdaptation, { kind: 'standard', id: 'social-adaptation' }), 1],
  ['tech-card', exporter.documentFromRepository(socialAdaptation, { kind: 'tech-card', id: 'social-adaptation-tc' }), 1],
  ['indicator-report', exporter.buildIndicatorReportDocument(exporter.parseIndicatorReportInput(report, 'indicator-report.json')), 2],
  ['comparison-table', exporter.documentFromRepository(current, { kind: 'comparison', id: 'social-adaptation', base }), 1],
];

const out = join(root, 'docs', 'images');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'tsmp-images-'));
for (const [kind, document, page] of documents) {
  const pdf = join(work, `${kind}.pdf`);
  writeFileSync(pdf, await exporter.renderPdf(document));
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', String(page), '-l', String(page), '-singlefile', pdf, join(work, kind)]);
  renameSync(join(work, `${kind}.png`), join(out, `${kind}.png`));
  console.log(`docs/images/${kind}.png  ${Math.round(statSync(join(out, `${kind}.png`)).size / 1024)} KB`);
}
