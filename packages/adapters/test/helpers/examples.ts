import { fileURLToPath } from 'node:url';
import { loadRepository, type ModelRepository } from '@tsmp/core';

/** Folder of the shipped example repositories. */
export const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** Loads a shipped example repository and fails the test if it has load errors. */
export async function loadExample(name: string): Promise<ModelRepository> {
  const repository = await loadRepository(`${EXAMPLES}${name}`);
  const errors = repository.findings.filter((item) => item.severity === 'error');
  if (errors.length > 0) throw new Error(`Example ${name} has load errors: ${JSON.stringify(errors.slice(0, 3))}`);
  return repository;
}
