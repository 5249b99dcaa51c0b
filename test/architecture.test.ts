import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What each package may import, from the import direction of the architecture. */
const ALLOWED: Record<string, readonly string[]> = {
  schema: [],
  core: ['schema'],
  indicators: ['schema', 'core'],
  adapters: ['schema', 'core'],
  export: ['schema', 'core'],
  cli: ['schema', 'core', 'indicators', 'adapters', 'export'],
};

/** Modules that only run on Node; the schema package must run in a browser as well. */
const NODE_ONLY = /^(node:|fs$|path$|child_process$|crypto$|os$|better-sqlite3|pdfkit|docx)/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((match) => match[1] ?? match[2] ?? '');
}

describe('package import direction', () => {
  for (const [name, allowed] of Object.entries(ALLOWED)) {
    it(`${name} imports only ${allowed.join(', ') || 'no tsmp package'}`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(root, 'packages', name, 'src'))) {
        for (const specifier of importsOf(file)) {
          const target = /^@tsmp\/([a-z-]+)/.exec(specifier)?.[1];
          if (target && target !== name && !allowed.includes(target)) violations.push(`${relative(root, file)} → ${specifier}`);
          if (specifier.startsWith('../') && /\.\.\/\.\.\/\.\.\//.test(specifier)) violations.push(`${relative(root, file)} reaches outside its package: ${specifier}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('schema uses no Node-only module', () => {
    const violations = sourceFiles(join(root, 'packages', 'schema', 'src')).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => NODE_ONLY.test(specifier))
        .map((specifier) => `${relative(root, file)} → ${specifier}`),
    );
    expect(violations).toEqual([]);
  });

  it('each package declares the tsmp packages it imports', () => {
    for (const name of Object.keys(ALLOWED)) {
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      const declared = new Set(Object.keys(manifest.dependencies ?? {}));
      const used = new Set(
        sourceFiles(join(root, 'packages', name, 'src'))
          .flatMap(importsOf)
          .map((specifier) => /^(@tsmp\/[a-z-]+)/.exec(specifier)?.[1])
          .filter((target): target is string => Boolean(target) && target !== `@tsmp/${name}`),
      );
      expect([...used].filter((target) => !declared.has(target))).toEqual([]);
    }
  });
});

describe('import direction check', () => {
  it('reports an import against the direction', () => {
    // The checker itself must be able to fail: feed it a forbidden import.
    const specifier = importsOf.call(null, join(root, 'test', 'fixtures', 'forbidden-import.ts'))[0];
    expect(specifier).toBe('@tsmp/cli');
    expect(ALLOWED['core']).not.toContain('cli');
  });
});
