import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOAD_RULE_IDS, RULE_ERROR_ID, RULES } from '@tsmp/core';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./', import.meta.url));
const folders = { ru: join(root, 'docs', 'rules'), en: join(root, 'docs', 'rules', 'en') };

/**
 * Rule ids that loading puts on findings, read from the loader's source so
 * that a new id there fails this test until it has pages. They appear as
 * `ruleId: 'id'`, in `cond ? 'a' : 'b'` after `ruleId:`, as the second
 * argument of `withProblem(...)` or as the first of `problem(...)`.
 */
function loadingIds(): string[] {
  const folder = join(root, 'packages', 'core', 'src', 'repository');
  const ids = new Set<string>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    const source = readFileSync(join(folder, name), 'utf8');
    for (const match of source.matchAll(/ruleId:\s*(?:[^,\n]*?\?\s*)?'([a-z][a-z-]*)'(?:\s*:\s*'([a-z][a-z-]*)')?/g)) {
      ids.add(match[1]!);
      if (match[2]) ids.add(match[2]);
    }
    for (const match of source.matchAll(/withProblem\([^,]+,\s*'([a-z][a-z-]*)'/g)) ids.add(match[1]!);
    for (const match of source.matchAll(/\bproblem\(\s*'([a-z][a-z-]*)'/g)) ids.add(match[1]!);
  }
  return [...ids].sort();
}

function pages(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => name.slice(0, -3))
    .sort();
}

/**
 * Rule ids a page names: links to sibling pages, `--rule id=level` and keys
 * of a `rules:` map. Generated blocks are left out: they show what tsmp
 * prints on an incorrect example, and the example of `unknown-rule-id`
 * names an unknown id on purpose.
 */
function namedIds(page: string): string[] {
  const text = page.replace(/<!-- tsmp:begin [\s\S]*?<!-- tsmp:end -->/g, '');
  const ids: string[] = [];
  for (const match of text.matchAll(/\]\(([a-z][a-z-]*)\.md(?:#[^)]*)?\)/g)) ids.push(match[1]!);
  for (const match of text.matchAll(/--rule ([a-z][a-z-]*)=/g)) ids.push(match[1]!);
  for (const block of text.matchAll(/^rules:\n((?:[ \t]+.*\n)+)/gm)) {
    for (const line of block[1]!.matchAll(/^[ \t]+([a-z][a-z-]*):/gm)) ids.push(line[1]!);
  }
  return ids;
}

const ruleIds = RULES.map((rule) => rule.id);
const fixedIds = [...new Set([...loadingIds(), ...LOAD_RULE_IDS, RULE_ERROR_ID])].sort();
const known = new Set([...ruleIds, ...fixedIds]);

describe('rule pages', () => {
  it('loader source yields the fixed ids', () => {
    // Guards the source scan itself: if it found nothing, the checks of loading ids would rest on LOAD_RULE_IDS alone.
    expect(loadingIds()).toEqual(expect.arrayContaining(['schema', 'yaml-syntax', 'yaml-duplicate-key', 'file-encoding', 'manifest-missing']));
  });

  it('level settings accept every loading id', () => {
    // `--rule` and `rules:` reject ids outside RULES and LOAD_RULE_IDS, so a loading id missing there could not be lowered.
    expect(loadingIds().filter((id) => !LOAD_RULE_IDS.includes(id))).toEqual([]);
  });

  for (const [lang, folder] of Object.entries(folders)) {
    it(`every rule has a ${lang} page`, () => {
      const missing = ruleIds.filter((id) => !existsSync(join(folder, `${id}.md`)));
      expect(missing).toEqual([]);
    });

    it(`every loading id has a ${lang} page`, () => {
      const missing = fixedIds.filter((id) => !existsSync(join(folder, `${id}.md`)));
      expect(missing).toEqual([]);
    });

    it(`${lang} pages name only existing ids`, () => {
      const unknownPages = pages(folder).filter((id) => !known.has(id));
      expect(unknownPages).toEqual([]);
      for (const name of [...pages(folder).map((id) => `${id}.md`), 'README.md']) {
        const unknown = namedIds(readFileSync(join(folder, name), 'utf8')).filter((id) => !known.has(id));
        expect(unknown, name).toEqual([]);
      }
    });

    it(`${lang} pages show existing fixtures`, () => {
      for (const id of pages(folder)) {
        const text = readFileSync(join(folder, `${id}.md`), 'utf8');
        for (const match of text.matchAll(/<!-- tsmp:begin output ([\w.-]+) -->/g)) {
          expect(existsSync(join(fixtures, id, match[1]!)), `${lang}/${id}.md shows ${match[1]}`).toBe(true);
        }
      }
    });
  }
});
