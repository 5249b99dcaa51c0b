import { defineConfig } from 'tsup';

export default defineConfig({
  // `catalogs` is the light `./messages` entry: message catalogues without the heavy libraries.
  entry: ['src/index.ts', 'src/catalogs.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
