import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { LoadedArtifact } from '@tsmp/core';
import { loadArtifactBytes } from '@tsmp/core';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** A fixture parsed to plain data, to be changed by a test before loading. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fixtureData(name: string): any {
  return parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
}

/** Writes data as YAML and loads it with the real loader, so positions and schema defaults are real. */
export function loadData(data: unknown, file: string): LoadedArtifact {
  const loaded = loadArtifactBytes(new TextEncoder().encode(stringify(data)), file);
  if (!loaded.artifact) throw new Error(`Fixture ${file} does not load: ${JSON.stringify(loaded.findings.map((item) => [item.messageId, item.args, item.idPath]))}`);
  return loaded.artifact;
}

/** Loads a fixture file as it is. */
export function loadFixture(name: string): LoadedArtifact {
  return loadData(fixtureData(name), name);
}
