import { appendFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tsmp } from './helpers.js';

describe('tsmp export on a broken repository', () => {
  it('writes no document and names the error', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tsmp-export-'));
    const repository = join(folder, 'repo');
    cpSync(join(ROOT, 'examples', 'social-adaptation'), repository, { recursive: true });
    appendFileSync(join(repository, 'catalog.yaml'), '\n  - id: [x\n');
    const out = join(folder, 'standard.md');
    const result = tsmp(['export', repository, '--doc', 'standard:social-adaptation', '--format', 'md', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('catalog.yaml');
    expect(result.stderr).toContain('Документ не сформирован');
    expect(existsSync(out)).toBe(false);
  });
});
