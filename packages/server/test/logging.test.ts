import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, registreer, startTestServer, TOESTEMMING, type TestServer } from './helpers.js';

/** Logs must carry method, route, status and duration, and never message texts, client data or passwords. */
describe('structured logs without personal data', () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(BACKENDS[0]!, { logger: { level: 'trace', stream } });
  });
  afterAll(() => s?.close());

  it('logs one line per request with method, route, status and duration only', async () => {
    const geheim = 'Mevrouw Geheimhouding-Xyzzy (84) heeft dementie';
    const wachtwoord = 'wachtwoord-Plugh-123';
    await s.app.inject({ method: 'POST', url: '/api/check?kanaal=Xyzzy', payload: { text: geheim, kanaal: 'twitter' } });
    await s.app.inject({ method: 'POST', url: '/api/check', payload: `{"text": "${geheim}` , headers: { 'content-type': 'application/json' } });
    await s.app.inject({ method: 'POST', url: '/api/check', payload: { text: geheim, onbekend: 'Xyzzy' } });
    await s.app.inject({ method: 'POST', url: '/api/auth/inloggen', payload: { email: 'xyzzy@voorbeeld.nl', wachtwoord } });
    const { cookie } = await registreer(s.app);
    const t = await s.app.inject({ method: 'POST', url: '/api/toestemmingen', headers: { cookie }, payload: { ...TOESTEMMING, clientRef: 'CL-XYZZY', uitgelegd: geheim } });
    await s.app.inject({ method: 'GET', url: `/api/toestemmingen/${t.json().id}`, headers: { cookie, 'x-reden': 'Xyzzy-reden' } });
    await s.app.inject({ method: 'POST', url: '/api/toestemmingen', headers: { cookie }, payload: { ...TOESTEMMING, clientRef: '111222333' } });

    const all = lines.join('\n');
    expect(all).not.toMatch(/xyzzy|plugh|dementie|111222333/i);
    expect(all).not.toContain(cookie.split('=')[1]);
    expect(all).not.toContain(t.json().id);
    const verzoeken = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'verzoek');
    expect(verzoeken.length).toBe(8);
    for (const v of verzoeken) {
      expect(Object.keys(v).sort()).toEqual(['hostname', 'level', 'method', 'ms', 'msg', 'pid', 'reqId', 'route', 'status', 'time']);
    }
    expect(verzoeken.map((v) => v.route)).toContain('/api/toestemmingen/:id');
    expect(verzoeken.map((v) => v.status)).toEqual([200, 400, 400, 401, 201, 201, 200, 400]);
  });

  it('redacts bodies, texts, passwords, client references and cookies should anything log them', () => {
    lines.length = 0;
    s.app.log.info({ body: { text: 'Xyzzy' }, text: 'Xyzzy', wachtwoord: 'Xyzzy', clientRef: 'Xyzzy', req: { headers: { cookie: 'zv_sessie=Xyzzy' } } }, 'test');
    expect(lines.join('\n')).not.toContain('Xyzzy');
    expect(lines.join('\n')).toContain('[weggelaten]');
  });
});
