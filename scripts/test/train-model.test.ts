import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

describe('train-model', () => {
  it.each(['crisis', 'advies'])('retrains the shipped %s model exactly from training/ (nobody edited the weights by hand)', (model) => {
    const dir = mkdtempSync(join(tmpdir(), 'zv-model-'));
    try {
      const out = join(dir, `${model}-model.ts`);
      execFileSync(tsx, ['scripts/train-model.ts', model, '--write', '--uit', out], { cwd: root, stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, `packages/core/src/lexicons/generated/${model}-model.ts`), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks which model to train', () => {
    let status = 0;
    try {
      execFileSync(tsx, ['scripts/train-model.ts'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      status = (e as { status?: number }).status ?? -1;
    }
    expect(status).toBe(2);
  });

  it('refuses the shared development corpus: it only measures', () => {
    let err = '';
    try {
      execFileSync(tsx, ['scripts/train-model.ts', 'crisis', '../shared/corpus/dev.jsonl'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      err = String((e as { stderr?: Buffer }).stderr ?? '');
      expect((e as { status?: number }).status).toBe(2);
    }
    expect(err).toMatch(/nooit \.\.\/shared\/corpus/);
  });
});
