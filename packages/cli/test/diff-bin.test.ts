import { describe, expect, it } from 'vitest';
import { tsmp } from './helpers.js';

// Runs the built binary, as a user or CI does; `pnpm test` builds it first.
describe('tsmp diff binary', () => {
  it('prints the Standard 156 changes in Russian', () => {
    const result = tsmp(['diff', 'examples/editions/standard-156/2023', 'examples/editions/standard-156/2024']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('заменено на «службы занятости»');
    expect(result.stdout).toContain('Изменена формулировка: пункт 7');
    expect(result.stdout).toContain('Все специалисты центров');
  });

  it('fails CI on breaking changes with JSON on stdout', () => {
    const result = tsmp(['diff', 'examples/editions/social-adaptation/2022', 'examples/editions/social-adaptation/2024', '--format', 'json', '--fail-on', 'breaking']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as { summary: { byLevel: { breaking: number } }; assignments: { role: string | null }[] };
    expect(json.summary.byLevel.breaking).toBeGreaterThan(0);
    expect(json.assignments.map((assignment) => assignment.role)).toContain('role-czn-specialist');
  });

  it('a missing side exits 2 without a stack trace', () => {
    const result = tsmp(['diff', 'examples/editions/no-such-folder', 'examples/editions/standard-156/2024']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('не найден');
    expect(result.stderr).not.toContain('    at ');
  });
});
