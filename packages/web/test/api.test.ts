import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiFout, foutTekst } from '../src/api.js';
import { isPrivacyOfficer } from '../src/sessie.js';

function antwoord(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('api', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends JSON with POST when there is a body and returns the parsed answer', async () => {
    const fetchMock = vi.fn(async () => antwoord(201, { id: 'x' }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await api('/toestemmingen', { body: { clientRef: 'CL-1' } })).toEqual({ id: 'x' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/toestemmingen');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(String(init.body))).toEqual({ clientRef: 'CL-1' });
  });

  it('throws the server error message with status and field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => antwoord(400, { fout: 'clientRef lijkt een BSN', veld: 'clientRef' })));
    const e = await api('/toestemmingen', { body: {} }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiFout);
    expect(e).toMatchObject({ message: 'clientRef lijkt een BSN', status: 400, veld: 'clientRef' });
  });

  it('gives a Dutch message for unreadable errors and for an unreachable server', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('kapot', { status: 502 })));
    await expect(api('/health')).rejects.toThrow(/status 502/);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('network'))));
    const e = await api('/health').catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 0 });
    expect(foutTekst(e)).toMatch(/niet bereikbaar/);
    expect(foutTekst('iets')).toBe('Er ging iets mis.');
  });
});

describe('isPrivacyOfficer', () => {
  it('lets privacy officers and admins see the audit trail, not professionals', () => {
    const basis = { naam: 'A', email: 'a@voorbeeld.nl' };
    expect(isPrivacyOfficer(null)).toBe(false);
    expect(isPrivacyOfficer({ ...basis, rol: 'professional' })).toBe(false);
    expect(isPrivacyOfficer({ ...basis, rol: 'privacy-officer' })).toBe(true);
    expect(isPrivacyOfficer({ ...basis, rol: 'admin' })).toBe(true);
  });
});
