import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';

describe('embedded database folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'zv-dir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps a second server off a folder in use and takes over a lock left by a dead process', { timeout: 180_000 }, async () => {
    const dir = join(root, 'db');
    mkdirSync(dir);
    // A lock from a process that has exited (as after SIGKILL).
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dir, 'zorgvuldig.lock'), String(dead));
    const a = await openDatabase({ dataDir: dir });
    try {
      expect(await migrate(a.db)).not.toEqual([]);
      // A live process holds it: use this test's parent process id as "another server".
      const lock = join(dir, 'zorgvuldig.lock');
      rmSync(lock);
      writeFileSync(lock, String(process.ppid));
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/al in gebruik door proces/);
      writeFileSync(lock, String(process.pid));
    } finally {
      await a.close();
    }
    expect(existsSync(join(dir, 'zorgvuldig.lock'))).toBe(false);
  });
});
