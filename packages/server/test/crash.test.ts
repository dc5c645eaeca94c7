import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TOESTEMMING } from './helpers.js';

const BIN = fileURLToPath(new URL('../../cli/bin/zorgvuldig.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../dist/app.js', import.meta.url));

/** Start the built server on a free port with its own data folder; resolves with its base URL. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, ZORGVULDIG_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += String(d);
      const m = /draait op (http:\/\/[^\s]+)/.exec(err);
      if (m) resolve({ child, url: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`server stopte (code ${code}): ${err}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

describe('crash safety (embedded database)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zv-crash-'));
  let current: ChildProcess | undefined;
  afterAll(async () => {
    if (current && current.exitCode === null) {
      current.kill('SIGKILL');
      await killed(current);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Two starts of a file-backed embedded database: slow on a busy machine.
  it('loses no acknowledged register write when killed mid-burst; the audit chain verifies after restart', { timeout: 240_000 }, async () => {
    expect(existsSync(BUILT), 'the server must be built first (npm run build)').toBe(true);
    let { child, url } = await startServer(dataDir);
    current = child;
    const reg = await fetch(`${url}/api/auth/registreren`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ naam: 'Crash', email: 'crash@voorbeeld.nl', wachtwoord: 'crash-test-wachtwoord', organisatie: 'Crashtest' }),
    });
    expect(reg.status).toBe(201);
    const cookie = reg.headers.getSetCookie()[0]!.split(';')[0]!;

    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${url}/api/toestemmingen`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ ...TOESTEMMING, clientRef: `CL-CRASH-${w}-${i}` }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // connection refused or reset: the server is gone
        }
      }
    };
    const workers = Array.from({ length: 6 }, (_, w) => worker(w));
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await killed(child);
    stop = true;
    await Promise.all(workers);
    const gezien = [...acknowledged];

    ({ child, url } = await startServer(dataDir));
    current = child;
    const login = await fetch(`${url}/api/auth/inloggen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'crash@voorbeeld.nl', wachtwoord: 'crash-test-wachtwoord' }),
    });
    const cookie2 = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const lijst = (await (await fetch(`${url}/api/toestemmingen`, { headers: { cookie: cookie2 } })).json()) as Array<{ id: string }>;
    const opgeslagen = new Set(lijst.map((t) => t.id));
    expect(gezien.filter((id) => !opgeslagen.has(id))).toEqual([]);
    const verify = (await (await fetch(`${url}/api/audit/verify`, { headers: { cookie: cookie2 } })).json()) as { intact: boolean; aantal: number };
    expect(verify.intact).toBe(true);
    // Every stored consent has its audit row (plus the one for the list just read).
    expect(verify.aantal).toBe(lijst.length + 1);
    child.kill('SIGTERM');
    await killed(child);
  });
});

describe('zorgvuldig serve', () => {
  it('refuses a bad port with a usage error (exit 2)', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', 'tachtig'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ongeldige poort 'tachtig'/);
  });
});
