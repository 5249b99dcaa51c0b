import { loadRepository, type LoadedArtifact } from '@tsmp/core';

/** The shipped standards the benchmark generates events for and computes. */
export const BENCH_REPOSITORIES = [
  'examples/social-adaptation',
  'examples/public-works',
  'examples/vocational-guidance',
  'examples/editions/standard-156/2024',
];

/** Loads the shipped repositories as one set of artifacts. */
export async function loadBenchRepository(root: string): Promise<{ artifacts: LoadedArtifact[] }> {
  const artifacts: LoadedArtifact[] = [];
  for (const folder of BENCH_REPOSITORIES) artifacts.push(...(await loadRepository(`${root}/${folder}`)).artifacts);
  return { artifacts };
}
