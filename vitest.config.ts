import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests import the packages from source so that a change is tested without a
// rebuild; the CLI end-to-end tests run the built binary instead.
export default defineConfig({
  resolve: {
    alias: [
      // The light `messages` entries first, so that `@tsmp/export/messages` is not read as `@tsmp/export` + a path.
      { find: /^@tsmp\/(export|adapters|indicators)\/messages$/, replacement: fileURLToPath(new URL('./packages/$1/src/catalogs.ts', import.meta.url)) },
      { find: '@tsmp/schema', replacement: src('schema') },
      { find: '@tsmp/core', replacement: src('core') },
      { find: '@tsmp/indicators', replacement: src('indicators') },
      { find: '@tsmp/adapters', replacement: src('adapters') },
      { find: '@tsmp/export', replacement: src('export') },
      { find: '@tsmp/cli', replacement: src('cli') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'examples/integrator/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The JSON report lets .ci/run print a plain «N passed, N failed» closing line.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
  },
});
