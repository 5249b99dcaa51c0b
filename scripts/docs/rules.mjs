// Keeps the generated parts of docs/rules/*.md in step with the code: the
// default level, the findings a user sees for each incorrect example (run
// through the real loader, rules and catalogues) and the index tables.
// The prose around them is written by hand.
//
//   pnpm build && node scripts/docs/rules.mjs          rewrite the pages
//   node scripts/docs/rules.mjs --check                exit 1 if a page is out of date
//
// A generated part sits between `<!-- tsmp:begin WHAT [ARG] -->` and
// `<!-- tsmp:end -->`; WHAT is `summary`, `output`, `example` or `index`.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOADING_SCENARIOS, writeScenario } from './loading-scenarios.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = await import(join(root, 'packages', 'core', 'dist', 'index.js')).catch(() => {
  process.stderr.write('packages/core/dist is missing: run `pnpm build` first.\n');
  process.exit(2);
});
const { CORE_CATALOGS, Localizer, RULES, RULE_ERROR_ID, formatFindings, loadRepository, runRules, russianCalendar, sortFindings, validateRepository } = core;

const FIXTURES = join(root, 'packages', 'core', 'test', 'rules');
// Ids that validation reports about the run itself rather than about a loaded file.
const VALIDATION_IDS = new Set(['rules-skipped', 'unknown-rule-id']);
const LANGS = {
  ru: { dir: join(root, 'docs', 'rules'), t: new Localizer('ru', CORE_CATALOGS) },
  en: { dir: join(root, 'docs', 'rules', 'en'), t: new Localizer('en', CORE_CATALOGS) },
};
const TEXT = {
  ru: {
    level: 'Уровень по умолчанию',
    loadingLevel: 'Уровень',
    loadingNote: 'Эту проверку выполняет загрузка файлов, а не правило из `tsmp rules`; уровень меняется так же, как у правил.',
    engineNote: 'Это замечание выдаёт не правило, а сама проверка, когда правило завершилось с ошибкой.',
    validationNote: 'Это замечание выдаёт сама проверка, а не правило из `tsmp rules`; уровень меняется так же, как у правил.',
    header: '| Правило | Уровень | Что проверяет |',
    loading: 'Замечания загрузки и самой проверки',
  },
  en: {
    level: 'Default level',
    loadingLevel: 'Level',
    loadingNote: 'File loading makes this check, not a rule of `tsmp rules`; its level is changed the same way as a rule\'s.',
    engineNote: 'No rule reports this finding: validation itself does when a rule fails.',
    validationNote: 'Validation itself reports this finding, not a rule of `tsmp rules`; its level is changed the same way as a rule\'s.',
    header: '| Rule | Level | What it checks |',
    loading: 'Findings of loading and of the check itself',
  },
};

/** Findings of a rule on one of its fixtures, as `tsmp validate` shows them. */
async function fixtureFindings(rule, fixture) {
  const repository = await loadRepository(join(FIXTURES, rule.id, fixture));
  if (repository.findings.length > 0) throw new Error(`Fixture ${rule.id}/${fixture} does not load cleanly`);
  return sortFindings(runRules(repository, [rule], { calendar: russianCalendar }));
}

// Stand-ins for the temporary folders, so that pages stay the same from run to run.
const SHOWN_REPOSITORY = '/home/metodist/social-adaptation';
const SHOWN_OUTSIDE = '/home/metodist/shared';

/** Findings of a loading scenario, or of a rule that throws for `rule-error`. */
async function scenarioFindings(id) {
  if (id === RULE_ERROR_ID) {
    const repository = await loadRepository(join(FIXTURES, 'unique-ids', 'valid-basic'));
    const failing = { ...RULES[0], check: () => JSON.parse('{"operations": [') };
    return runRules(repository, [failing]);
  }
  const scenario = LOADING_SCENARIOS[id];
  if (!scenario) throw new Error(`No loading scenario for "${id}"`);
  const dir = mkdtempSync(join(tmpdir(), 'tsmp-docs-'));
  const outside = mkdtempSync(join(tmpdir(), 'tsmp-docs-outside-'));
  try {
    writeScenario(scenario, dir, outside);
    const repository = await loadRepository(dir);
    const findings = validateRepository(repository);
    return JSON.parse(JSON.stringify(findings).replaceAll(outside, SHOWN_OUTSIDE).replaceAll(dir, SHOWN_REPOSITORY));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
}

function levelOf(t, severities) {
  return [...new Set(severities)].map((severity) => `${t.format(`severity.${severity}`)} (\`${severity}\`)`).join(', ');
}

async function renderBlock(id, lang, blockKind, arg) {
  const t = LANGS[lang].t;
  const rule = RULES.find((item) => item.id === id);
  if (blockKind === 'summary') {
    if (rule) return `${t.format(rule.descriptionId)}\n\n**${TEXT[lang].level}:** ${levelOf(t, [rule.defaultSeverity])}.`;
    const findings = (await scenarioFindings(id)).filter((item) => item.ruleId === id);
    const note = id === RULE_ERROR_ID ? TEXT[lang].engineNote : VALIDATION_IDS.has(id) ? TEXT[lang].validationNote : TEXT[lang].loadingNote;
    return `**${TEXT[lang].loadingLevel}:** ${levelOf(t, findings.map((item) => item.severity))}. ${note}`;
  }
  if (blockKind === 'output') {
    const findings = rule ? await fixtureFindings(rule, arg) : await scenarioFindings(id);
    if (findings.length === 0) throw new Error(`The example of ${id} (${arg ?? 'scenario'}) yields no finding`);
    return `\`\`\`console\n$ tsmp validate${lang === 'en' ? ' --lang en' : ''}\n${formatFindings(findings, 'stylish', { localizer: t })}\`\`\``;
  }
  if (blockKind === 'example') {
    const scenario = LOADING_SCENARIOS[id];
    return scenario.printedFiles.map((file) => `\`${file}\`:\n\n\`\`\`yaml\n${scenario.files[file]}\`\`\``).join('\n\n');
  }
  throw new Error(`Unknown generated block "${blockKind}" on the page of ${id}`);
}

const BLOCK = /<!-- tsmp:begin (\w+)(?: ([\w.-]+))? -->\n[\s\S]*?<!-- tsmp:end -->/g;

async function renderPage(text, id, lang) {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(BLOCK)) {
    const [whole, blockKind, arg] = match;
    const body = blockKind === 'index' ? renderIndex(lang) : await renderBlock(id, lang, blockKind, arg);
    out += `${text.slice(last, match.index)}<!-- tsmp:begin ${blockKind}${arg ? ` ${arg}` : ''} -->\n${body}\n<!-- tsmp:end -->`;
    last = match.index + whole.length;
  }
  return out + text.slice(last);
}

/** Ids of the pages in one language folder, README excluded. */
function pageIds(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => name.slice(0, -3))
    .sort();
}

/** Returns the first paragraph after the page title, which summarises a loading check. */
function firstParagraph(dir, id) {
  const text = readFileSync(join(dir, `${id}.md`), 'utf8');
  const afterTitle = text.slice(text.indexOf('\n', text.indexOf('# ')) + 1).trimStart();
  return afterTitle.slice(0, afterTitle.indexOf('\n\n')).replace(/\n/g, ' ');
}

function renderIndex(lang) {
  const { dir, t } = LANGS[lang];
  const rows = [...RULES]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => `| [\`${rule.id}\`](${rule.id}.md) | ${levelOf(t, [rule.defaultSeverity])} | ${t.format(rule.descriptionId)} |`);
  const ruleIds = new Set(RULES.map((rule) => rule.id));
  const loading = pageIds(dir)
    .filter((id) => !ruleIds.has(id))
    .map((id) => `| [\`${id}\`](${id}.md) | ${loadingLevel[id] ? levelOf(t, loadingLevel[id]) : ''} | ${firstParagraph(dir, id)} |`);
  return [TEXT[lang].header, '|---|---|---|', ...rows, '', `### ${TEXT[lang].loading}`, '', TEXT[lang].header, '|---|---|---|', ...loading].join('\n');
}

const loadingLevel = {};
const check = process.argv.includes('--check');
let stale = 0;

for (const lang of Object.keys(LANGS)) {
  const dir = LANGS[lang].dir;
  for (const id of pageIds(dir)) {
    if (RULES.some((rule) => rule.id === id)) continue;
    loadingLevel[id] = (await scenarioFindings(id)).filter((item) => item.ruleId === id).map((item) => item.severity);
  }
}

for (const [lang, { dir }] of Object.entries(LANGS)) {
  for (const name of [...pageIds(dir).map((id) => `${id}.md`), 'README.md']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const updated = await renderPage(text, name.slice(0, -3), lang);
    if (updated === text) continue;
    stale += 1;
    if (check) process.stderr.write(`out of date: ${file}\n`);
    else writeFileSync(file, updated);
  }
}
if (check && stale > 0) {
  process.stderr.write(`${stale} page(s) out of date: run node scripts/docs/rules.mjs\n`);
  process.exitCode = 1;
} else if (!check) {
  process.stderr.write(`${stale} page(s) updated\n`);
}
