import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAIN = join(ROOT, 'examples', 'integrator', 'src', 'main.ts');
const EXAMPLE = join(ROOT, 'examples', 'social-adaptation');

/**
 * Runs the integrator as a separate Node process. The root vitest config maps
 * @tsmp/* to the sources, so only a process of its own resolves the packages
 * through their exports to the built dist, as an integrator's code would.
 */
function runIntegrator(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: join(ROOT, 'examples', 'integrator'), encoding: 'utf8', env: { ...process.env, TSMP_LANG: 'en' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('integrator example', () => {
  test('lists points and checks the sample mapping', () => {
    const result = runIntegrator([EXAMPLE, 'svc-job-search-mindset', join(EXAMPLE, 'mappings', 'sample-regional-system.yaml')]);
    expect(result.stderr).not.toContain('Error');
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.standard).toMatchObject({ id: 'social-adaptation', edition: 2 });
    expect(summary.validation.errors).toBe(0);
    expect(summary.controlPoints.filter((point: { required: boolean }) => point.required)).toHaveLength(7);
    expect(summary.controlPoints[1]).toMatchObject({ id: 'cp-application-accepted', event: 'application.accepted' });
    expect(summary.mapping.coverage).toMatchObject({ total: 10, mapped: 8, share: 0.8 });
  });

  test('mapping of another edition fails', () => {
    const result = runIntegrator([join(ROOT, 'examples', 'editions', 'social-adaptation', '2022'), '-', join(EXAMPLE, 'mappings', 'sample-regional-system.yaml')]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).mapping.errors).toBeGreaterThan(0);
    expect(result.stderr).toContain('mapping-unknown-control-point');
  });

  test('unknown service is a usage error', () => {
    const result = runIntegrator([EXAMPLE, 'svc-missing', join(EXAMPLE, 'mappings', 'sample-regional-system.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Standard social-adaptation has no service "svc-missing"');
  });
});
