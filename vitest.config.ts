import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests import the packages from source so that a change is tested without a
// rebuild; the CLI end-to-end tests run the built binary instead.
export default defineConfig({
  resolve: {
    alias: {
      '@tsmp/schema': src('schema'),
      '@tsmp/core': src('core'),
      '@tsmp/indicators': src('indicators'),
      '@tsmp/adapters': src('adapters'),
      '@tsmp/export': src('export'),
      '@tsmp/cli': src('cli'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'examples/integrator/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
