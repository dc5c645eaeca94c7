import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, startTestServer, type TestServer } from './helpers.js';

describe('serving the web app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zv-web-'));
  let s: TestServer;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Zorgvuldig</title><div id="root"></div>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);');
    s = await startTestServer(BACKENDS[0]!, { webDir: dir });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for app routes, and keeps API 404s as JSON', async () => {
    const root = await s.app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<div id="root">');
    expect(root.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(root.headers['x-content-type-options']).toBe('nosniff');
    expect(root.headers['referrer-policy']).toBe('no-referrer');
    const asset = await s.app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.body).toBe('console.log(1);');
    const deep = await s.app.inject({ method: 'GET', url: '/toestemmingen/123' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');
    const api = await s.app.inject({ method: 'GET', url: '/api/niets' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ fout: 'niet gevonden' });
    expect((await s.app.inject({ method: 'POST', url: '/ergens', payload: {} })).statusCode).toBe(404);
  });
});
