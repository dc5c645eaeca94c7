import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../src/audit/chain.js';
import { BACKENDS, registreer, startTestServer, TOESTEMMING, voegGebruikerToe, type TestServer } from './helpers.js';

const VRAAG = {
  ontvanger: 'andere-hulpverlener',
  herleidbaar: true,
  toestemming: 'gegeven',
  toestemmingGeinformeerd: true,
  toestemmingSpecifiek: true,
  toestemmingVrij: true,
  wettelijkeGrond: 'geen',
  ernstigGevaar: false,
  alleenDoorDelen: false,
  doelVerenigbaar: true,
  alleenNoodzakelijk: true,
  kanaal: 'email',
};

describe.each(BACKENDS)('API op $naam', (backend) => {
  let s: TestServer;
  let admin: string;
  let prof: { cookie: string; id: string };
  let officer: { cookie: string; id: string };
  let ander: string; // admin of another organisation

  beforeAll(async () => {
    s = await startTestServer(backend);
    admin = (await registreer(s.app, 'Wijkteam Noord')).cookie;
    prof = await voegGebruikerToe(s.app, admin, 'professional');
    officer = await voegGebruikerToe(s.app, admin, 'privacy-officer');
    ander = (await registreer(s.app, 'Andere Instelling')).cookie;
  });
  afterAll(() => s?.close());

  const post = (url: string, payload: unknown, cookie?: string, headers: Record<string, string> = {}) =>
    s.app.inject({ method: 'POST', url, payload: payload as object, headers: { ...(cookie ? { cookie } : {}), ...headers } });
  const get = (url: string, cookie?: string, headers: Record<string, string> = {}) =>
    s.app.inject({ method: 'GET', url, headers: { ...(cookie ? { cookie } : {}), ...headers } });

  describe('open routes', () => {
    it('health reports the database kind', async () => {
      const res = await get('/api/health');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok', database: backend.naam });
    });

    it('check answers with the contract output object', async () => {
      const res = await post('/api/check', { id: 'x1', text: 'Bel mij op 06-12345678 over mevrouw Bakker.', kanaal: 'twitter', rol: 'verpleegkundige' });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.id).toBe('x1');
      expect(Object.keys(body).sort()).toEqual(['anonymized', 'findings', 'id', 'labels', 'spans']);
      expect(body.spans.some((sp: { label: string }) => sp.label === 'TELEFOON')).toBe(true);
      expect(body.anonymized).not.toContain('06-12345678');
    });

    it('check rejects unknown fields, wrong types and bad enum values naming the field', async () => {
      expect((await post('/api/check', { text: 'hallo', extra: 1 })).json()).toEqual({ fout: "onbekend veld 'extra'", veld: 'extra' });
      const t = await post('/api/check', { text: 42 });
      expect(t.statusCode).toBe(400);
      expect(t.json().veld).toBe('text');
      const k = await post('/api/check', { text: 'hallo', kanaal: 'postduif' });
      expect(k.statusCode).toBe(400);
      expect(k.json().veld).toBe('kanaal');
      expect((await post('/api/check', {})).json().veld).toBe('text');
    });

    it('malformed JSON, wrong content type and oversized bodies give Dutch JSON errors', async () => {
      const bad = await s.app.inject({ method: 'POST', url: '/api/check', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fout).toMatch(/geen geldige JSON/);
      const plain = await s.app.inject({ method: 'POST', url: '/api/check', payload: 'hallo', headers: { 'content-type': 'text/plain' } });
      expect(plain.statusCode).toBe(415);
      expect(plain.json().fout).toMatch(/JSON/);
      const big = await post('/api/check', { text: 'a'.repeat(300 * 1024) });
      expect(big.statusCode).toBe(413);
      expect(big.json().fout).toMatch(/te groot/);
    });

    it('delen answers a DeelAdvies and names a bad field', async () => {
      const res = await post('/api/delen', VRAAG);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ besluit: 'ja-onder-voorwaarden', grond: 'toestemming' });
      expect(res.json().voorwaarden).toContain('beveiligd-kanaal');
      const bad = await post('/api/delen', { ...VRAAG, kanaal: 'duif' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().veld).toBe('kanaal');
    });

    it('normen can be filtered and fetched by id', async () => {
      const all = (await get('/api/normen')).json();
      expect(all.length).toBeGreaterThan(0);
      const one = await get(`/api/normen/${encodeURIComponent(all[0].id)}`);
      expect(one.json().id).toBe(all[0].id);
      expect((await get('/api/normen/bestaat-niet')).statusCode).toBe(404);
      const arts = (await get('/api/normen?beroep=arts')).json();
      expect(arts.length).toBeLessThanOrEqual(all.length);
      expect((await get('/api/normen?beroep=astronaut')).statusCode).toBe(400);
    });

    it('walks a situation to its outcome; a missing answer is a 400 naming the question', async () => {
      const lijst = (await get('/api/situaties')).json();
      expect(lijst.length).toBeGreaterThan(0);
      const graaf = (await get(`/api/situaties/${lijst[0].id}`)).json();
      expect(graaf.id).toBe(lijst[0].id);
      expect((await get('/api/situaties/bestaat-niet')).statusCode).toBe(404);
      const antwoorden: Record<string, string> = {};
      for (let i = 0; i < 50; i++) {
        const res = await post(`/api/situaties/${graaf.id}/uitkomst`, { antwoorden });
        if (res.statusCode === 200) {
          expect(res.json().uitkomst).toBeTruthy();
          expect(res.json().stappen.length).toBe(Object.keys(antwoorden).length);
          return;
        }
        expect(res.statusCode).toBe(400);
        const vraagId = /vraag '([^']+)'/.exec(res.json().fout)![1]!;
        antwoorden[vraagId] = graaf.vragen.find((v: { id: string }) => v.id === vraagId).antwoorden[0].id;
      }
      throw new Error('geen uitkomst bereikt');
    });

    it('practice cases hide the right answer until answered', async () => {
      const lijst = (await get('/api/casussen')).json();
      expect(lijst.length).toBeGreaterThan(0);
      expect(lijst[0]).not.toHaveProperty('juist');
      expect(lijst[0]).not.toHaveProperty('uitleg');
      const c = (await get(`/api/casussen/${lijst[0].id}`)).json();
      expect(c).not.toHaveProperty('juist');
      const antwoord = (await post(`/api/casussen/${c.id}/antwoord`, { optie: c.opties[0].id })).json();
      expect(antwoord.juist).toBe(antwoord.juisteOptie === c.opties[0].id);
      expect(antwoord.uitleg).toBeTruthy();
      expect((await post(`/api/casussen/${c.id}/antwoord`, { optie: 'zz' })).json().veld).toBe('optie');
      expect((await post('/api/casussen/bestaat-niet/antwoord', { optie: 'a' })).statusCode).toBe(404);
    });

    it('serves an OpenAPI document listing the routes', async () => {
      const doc = (await get('/api/openapi.json')).json();
      expect(doc.openapi).toMatch(/^3\./);
      for (const p of ['/api/check', '/api/situaties/{id}/uitkomst', '/api/casussen/{id}/antwoord', '/api/toestemmingen', '/api/toestemmingen/{id}/fhir', '/api/deellog', '/api/audit/verify', '/api/auth/inloggen']) {
        expect(doc.paths).toHaveProperty([p]);
      }
    });

    it('sets security headers and a JSON 404 for unknown API routes', async () => {
      const res = await get('/api/bestaat-niet');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ fout: 'niet gevonden' });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    });
  });

  describe('accounts', () => {
    it('registration sets a secure, HTTP-only, SameSite=Strict session cookie', async () => {
      const res = await post('/api/auth/registreren', { naam: 'A', email: `cookie.${backend.naam}@voorbeeld.nl`, wachtwoord: 'lang-genoeg-wachtwoord', organisatie: 'Praktijk' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ rol: 'admin', organisatie: { naam: 'Praktijk' } });
      const c = res.cookies.find((x) => x.name === 'zv_sessie');
      expect(c).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
      // The same address again is a conflict, in any letter case.
      const again = await post('/api/auth/registreren', { naam: 'B', email: `COOKIE.${backend.naam}@voorbeeld.nl`, wachtwoord: 'lang-genoeg-wachtwoord', organisatie: 'X' });
      expect(again.statusCode).toBe(409);
      expect(again.json().veld).toBe('email');
    });

    it('rejects short passwords and malformed e-mail addresses', async () => {
      expect((await post('/api/auth/registreren', { naam: 'A', email: 'a@b.nl', wachtwoord: 'kort', organisatie: 'P' })).json().veld).toBe('wachtwoord');
      expect((await post('/api/auth/registreren', { naam: 'A', email: 'geen-adres', wachtwoord: 'lang-genoeg-wachtwoord', organisatie: 'P' })).json().veld).toBe('email');
    });

    it('logs in, tells who is logged in, and logs out', async () => {
      const email = `inlog.${backend.naam}@voorbeeld.nl`;
      await post('/api/auth/registreren', { naam: 'Inlogger', email, wachtwoord: 'mijn-wachtwoord-123', organisatie: 'P' });
      expect((await post('/api/auth/inloggen', { email, wachtwoord: 'fout-wachtwoord-123' })).statusCode).toBe(401);
      expect((await post('/api/auth/inloggen', { email: 'niemand@voorbeeld.nl', wachtwoord: 'x' })).statusCode).toBe(401);
      const ok = await post('/api/auth/inloggen', { email: email.toUpperCase(), wachtwoord: 'mijn-wachtwoord-123' });
      expect(ok.statusCode).toBe(200);
      const cookie = `zv_sessie=${ok.cookies.find((c) => c.name === 'zv_sessie')!.value}`;
      expect((await get('/api/auth/ik', cookie)).json().naam).toBe('Inlogger');
      expect((await post('/api/auth/uitloggen', undefined, cookie)).statusCode).toBe(204);
      expect((await get('/api/auth/ik', cookie)).statusCode).toBe(401);
      expect((await get('/api/auth/ik')).statusCode).toBe(401);
      expect((await get('/api/auth/ik', 'zv_sessie=verzonnen')).statusCode).toBe(401);
    });

    it('blocks a client after ten failed logins for an address, even with the right password', async () => {
      const email = `begrensd.${backend.naam}@voorbeeld.nl`;
      await post('/api/auth/registreren', { naam: 'B', email, wachtwoord: 'het-goede-wachtwoord', organisatie: 'P' });
      for (let i = 0; i < 10; i++) expect((await post('/api/auth/inloggen', { email, wachtwoord: `fout-${i}` })).statusCode).toBe(401);
      const geblokt = await post('/api/auth/inloggen', { email, wachtwoord: 'het-goede-wachtwoord' });
      expect(geblokt.statusCode).toBe(429);
      expect(geblokt.json().fout).toMatch(/te veel mislukte inlogpogingen/);
      expect(Number(geblokt.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('only admins add users; admins and privacy officers list their own organisation', async () => {
      expect((await post('/api/gebruikers', { naam: 'X', email: 'x1@voorbeeld.nl', wachtwoord: 'lang-genoeg-wachtwoord', rol: 'admin' }, prof.cookie)).statusCode).toBe(403);
      expect((await post('/api/gebruikers', { naam: 'X', email: 'x1@voorbeeld.nl', wachtwoord: 'lang-genoeg-wachtwoord', rol: 'baas' }, admin)).json().veld).toBe('rol');
      expect((await get('/api/gebruikers', prof.cookie)).statusCode).toBe(403);
      const lijst = (await get('/api/gebruikers', officer.cookie)).json();
      expect(lijst.map((g: { rol: string }) => g.rol).sort()).toEqual(['admin', 'privacy-officer', 'professional']);
      const andere = (await get('/api/gebruikers', ander)).json();
      expect(andere).toHaveLength(1);
      expect(andere[0].id).not.toBe(prof.id);
    });
  });

  describe('consent register', () => {
    it('requires a session', async () => {
      expect((await get('/api/toestemmingen')).statusCode).toBe(401);
      expect((await post('/api/toestemmingen', TOESTEMMING)).statusCode).toBe(401);
    });

    it('creates, lists, reads and withdraws a consent; never deletes it', async () => {
      const created = await post('/api/toestemmingen', TOESTEMMING, prof.cookie, { 'x-reden': 'overdracht voorbereiden' });
      expect(created.statusCode).toBe(201);
      const t = created.json();
      expect(t).toMatchObject({ clientRef: 'CL-2026-0042', status: 'actief', vastgelegdDoor: { id: prof.id }, geldigTot: '2027-12-31' });
      expect((await get(`/api/toestemmingen/${t.id}`, admin)).json().id).toBe(t.id);
      const lijst = (await get('/api/toestemmingen?clientRef=CL-2026-0042', prof.cookie)).json();
      expect(lijst.map((x: { id: string }) => x.id)).toContain(t.id);

      const zonderReden = await post(`/api/toestemmingen/${t.id}/intrekken`, {}, prof.cookie);
      expect(zonderReden.json().veld).toBe('reden');
      const ingetrokken = await post(`/api/toestemmingen/${t.id}/intrekken`, { reden: 'cliënt wil het niet meer' }, prof.cookie);
      expect(ingetrokken.statusCode).toBe(200);
      expect(ingetrokken.json()).toMatchObject({ status: 'ingetrokken', intrekReden: 'cliënt wil het niet meer', ingetrokkenDoor: { id: prof.id } });
      expect((await post(`/api/toestemmingen/${t.id}/intrekken`, { reden: 'nogmaals' }, prof.cookie)).statusCode).toBe(409);
      await expect(sql`DELETE FROM toestemmingen WHERE id = ${t.id}`.execute(s.db.db)).rejects.toThrow(/alleen-toevoegen/);
      await expect(sql`UPDATE toestemmingen SET intrek_reden = 'anders' WHERE id = ${t.id}`.execute(s.db.db)).rejects.toThrow(/al ingetrokken/);
      const ander = (await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: 'CL-WIJZIG' }, prof.cookie)).json();
      await expect(sql`UPDATE toestemmingen SET doel = 'iets anders' WHERE id = ${ander.id}`.execute(s.db.db)).rejects.toThrow(/niet gewijzigd/);
    });

    it('rejects a BSN as client reference, and bad dates', async () => {
      for (const bsn of ['111222333', '1112.22.333', 'client 111 222 333']) {
        const res = await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: bsn }, prof.cookie);
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ veld: 'clientRef' });
        expect(res.json().fout).toMatch(/BSN/);
      }
      expect((await get('/api/toestemmingen?clientRef=111222333', prof.cookie)).json().veld).toBe('clientRef');
      expect((await get('/api/deellog?clientRef=111222333', prof.cookie)).json().veld).toBe('clientRef');
      // Nine digits that fail the elfproef are no BSN.
      expect((await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: '123456789' }, prof.cookie)).statusCode).toBe(201);
      expect((await post('/api/toestemmingen', { ...TOESTEMMING, geldigVan: '2026-13-01' }, prof.cookie)).json().veld).toBe('geldigVan');
      expect((await post('/api/toestemmingen', { ...TOESTEMMING, geldigVan: '2026-02-30' }, prof.cookie)).json()).toMatchObject({ veld: 'geldigVan', fout: "'2026-02-30' is geen bestaande datum" });
      expect((await post('/api/toestemmingen', { ...TOESTEMMING, geldigTot: '2025-01-01' }, prof.cookie)).json().veld).toBe('geldigTot');
      expect((await post('/api/toestemmingen', { ...TOESTEMMING, ontvanger: { soort: 'rol', naam: 'x', extra: 1 } }, prof.cookie)).json().veld).toBe('ontvanger.extra');
      expect((await post('/api/toestemmingen', { ...TOESTEMMING, verkregen: 'telepathisch' }, prof.cookie)).json().veld).toBe('verkregen');
    });

    it('answers whether a sharing is covered, with a reason', async () => {
      const ref = 'CL-DEKKING-1';
      const t = (await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: ref }, prof.cookie)).json();
      const vraag = { clientRef: ref, ontvanger: 'Huisarts', doel: 'Overdracht na ontslag', gegevens: ['medicatie'], datum: '2026-06-01' };
      const ja = (await post('/api/toestemmingen/dekking', vraag, prof.cookie)).json();
      expect(ja).toMatchObject({ gedekt: true, toestemming: { id: t.id } });
      const gegevens = (await post('/api/toestemmingen/dekking', { ...vraag, gegevens: ['medicatie', 'psychiatrische voorgeschiedenis'] }, prof.cookie)).json();
      expect(gegevens.gedekt).toBe(false);
      expect(gegevens.reden).toMatch(/psychiatrische voorgeschiedenis/);
      expect((await post('/api/toestemmingen/dekking', { ...vraag, ontvanger: 'werkgever' }, prof.cookie)).json().gedekt).toBe(false);
      expect((await post('/api/toestemmingen/dekking', { ...vraag, datum: '2028-01-01' }, prof.cookie)).json().reden).toMatch(/2027-12-31/);
      expect((await post('/api/toestemmingen/dekking', { ...vraag, clientRef: 'ONBEKEND' }, prof.cookie)).json().reden).toMatch(/geen toestemming/);
      await post(`/api/toestemmingen/${t.id}/intrekken`, { reden: 'ingetrokken door cliënt' }, prof.cookie);
      const na = (await post('/api/toestemmingen/dekking', vraag, prof.cookie)).json();
      expect(na.gedekt).toBe(false);
      expect(na.reden).toMatch(/ingetrokken/);
    });

    it('exports an HL7 FHIR R4 Consent resource', async () => {
      const t = (await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: 'CL-FHIR-1' }, prof.cookie)).json();
      const res = await get(`/api/toestemmingen/${t.id}/fhir`, prof.cookie);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/application\/fhir\+json/);
      const c = res.json();
      expect(c).toMatchObject({
        resourceType: 'Consent',
        id: t.id,
        status: 'active',
        scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
        patient: { identifier: { value: 'CL-FHIR-1' } },
        provision: { type: 'permit', period: { start: '2026-01-01', end: '2027-12-31' } },
      });
      expect(c.category[0].coding[0]).toMatchObject({ system: 'http://loinc.org', code: '59284-0' });
      expect(c.provision.actor[0].reference.display).toBe('huisarts');
      expect(c.provision.actor[0].role.coding[0].code).toBe('IRCP');
      expect(c.provision.purpose[0].display).toBe('overdracht na ontslag');
      expect(c.provision.class.map((x: { display: string }) => x.display)).toEqual(['medicatie', 'diagnose']);
      expect(Date.parse(c.dateTime)).not.toBeNaN();
      // R4 structure: the required elements are there, and privacy consent carries a policy rule (ppc-1).
      for (const k of ['status', 'scope', 'category', 'patient', 'performer', 'policyRule', 'provision']) expect(c).toHaveProperty([k]);
      expect(Array.isArray(c.performer) && Array.isArray(c.category) && Array.isArray(c.provision.actor)).toBe(true);
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      await post(`/api/toestemmingen/${t.id}/intrekken`, { reden: 'klaar' }, prof.cookie);
      expect((await get(`/api/toestemmingen/${t.id}/fhir`, prof.cookie)).json().status).toBe('inactive');
    });

    it('unknown or malformed ids are 404', async () => {
      expect((await get('/api/toestemmingen/00000000-0000-4000-8000-000000000000', prof.cookie)).statusCode).toBe(404);
      expect((await get('/api/toestemmingen/geen-uuid', prof.cookie)).statusCode).toBe(404);
    });
  });

  describe('sharing log', () => {
    it('recomputes the advice server-side and refuses a client-sent advice', async () => {
      const res = await post('/api/deellog', { clientRef: 'CL-LOG-1', vraag: VRAAG, gedeeld: 'medicatieoverzicht', notitie: 'via beveiligde mail' }, prof.cookie);
      expect(res.statusCode).toBe(201);
      const item = res.json();
      expect(item).toMatchObject({ clientRef: 'CL-LOG-1', grond: 'toestemming', advies: { besluit: 'ja-onder-voorwaarden' }, door: { id: prof.id } });
      const metAdvies = await post('/api/deellog', { clientRef: 'CL-LOG-1', vraag: VRAAG, gedeeld: 'x', advies: { besluit: 'ja' } }, prof.cookie);
      expect(metAdvies.json().veld).toBe('advies');
      const badVraag = await post('/api/deellog', { clientRef: 'CL-LOG-1', vraag: { ...VRAAG, herleidbaar: 'ja' }, gedeeld: 'x' }, prof.cookie);
      expect(badVraag.statusCode).toBe(400);
      expect(badVraag.json().veld).toBe('vraag.herleidbaar');
      expect((await post('/api/deellog', { clientRef: '111222333', vraag: VRAAG, gedeeld: 'x' }, prof.cookie)).json().veld).toBe('clientRef');
    });

    it('professionals see their own entries; privacy officers the whole organisation', async () => {
      const vanAdmin = (await post('/api/deellog', { clientRef: 'CL-LOG-2', vraag: VRAAG, gedeeld: 'verslag' }, admin)).json();
      const eigen = (await get('/api/deellog', prof.cookie)).json();
      expect(eigen.every((i: { door: { id: string } }) => i.door.id === prof.id)).toBe(true);
      expect((await get(`/api/deellog/${vanAdmin.id}`, prof.cookie)).statusCode).toBe(404);
      const alle = (await get('/api/deellog', officer.cookie)).json();
      expect(alle.map((i: { id: string }) => i.id)).toContain(vanAdmin.id);
      expect((await get(`/api/deellog/${vanAdmin.id}`, officer.cookie)).json().gedeeld).toBe('verslag');
    });
  });

  describe('organisations are isolated on every route', () => {
    it('another organisation cannot read, withdraw, export, cover or list our records', async () => {
      const t = (await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: 'CL-ISO-1' }, prof.cookie)).json();
      const l = (await post('/api/deellog', { clientRef: 'CL-ISO-1', vraag: VRAAG, gedeeld: 'x' }, prof.cookie)).json();
      expect((await get(`/api/toestemmingen/${t.id}`, ander)).statusCode).toBe(404);
      expect((await get(`/api/toestemmingen/${t.id}/fhir`, ander)).statusCode).toBe(404);
      expect((await post(`/api/toestemmingen/${t.id}/intrekken`, { reden: 'kwaadwillig' }, ander)).statusCode).toBe(404);
      expect((await get(`/api/toestemmingen/${t.id}`, prof.cookie)).json().status).toBe('actief');
      expect((await get('/api/toestemmingen', ander)).json().map((x: { id: string }) => x.id)).not.toContain(t.id);
      expect((await get('/api/toestemmingen?clientRef=CL-ISO-1', ander)).json()).toEqual([]);
      const dekking = (await post('/api/toestemmingen/dekking', { clientRef: 'CL-ISO-1', ontvanger: 'huisarts', doel: 'overdracht na ontslag', datum: '2026-06-01' }, ander)).json();
      expect(dekking.gedekt).toBe(false);
      expect((await get(`/api/deellog/${l.id}`, ander)).statusCode).toBe(404);
      expect((await get('/api/deellog', ander)).json().map((x: { id: string }) => x.id)).not.toContain(l.id);
      // Their trail shows only their failed attempts on our ids; ours holds no row of theirs.
      const audit = (await get('/api/audit?limit=1000', ander)).json() as Array<{ objectId: string | null; actie: string }>;
      const pogingen = audit.filter((r) => r.objectId === t.id || r.objectId === l.id);
      expect(pogingen.length).toBe(4);
      expect(pogingen.every((r) => r.actie === 'niet-gevonden')).toBe(true);
      expect((await get('/api/gebruikers', ander)).json().map((g: { id: string }) => g.id)).not.toContain(prof.id);
    });
  });

  describe('audit trail', () => {
    it('records every register and log access with who, what, where and why', async () => {
      const t = (await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: 'CL-AUDIT-1', reden: 'intake' }, prof.cookie)).json();
      await get(`/api/toestemmingen/${t.id}`, prof.cookie, { 'x-reden': 'controle dossier' });
      const rows = (await get('/api/audit?limit=5', officer.cookie)).json();
      expect(rows[0]).toMatchObject({ actie: 'lezen', objectType: 'toestemming', objectId: t.id, gebruikerId: prof.id, reden: 'controle dossier' });
      expect(rows[1]).toMatchObject({ actie: 'aanmaken', objectId: t.id, reden: 'intake' });
      expect(rows[0].ip).toBeTruthy();
      expect(rows[0].volgnummer).toBe(rows[1].volgnummer + 1);
      expect(rows[0].vorigeHash).toBe(rows[1].hash);
    });

    it('only privacy officers and admins see the trail', async () => {
      expect((await get('/api/audit', prof.cookie)).statusCode).toBe(403);
      expect((await get('/api/audit/verify', prof.cookie)).statusCode).toBe(403);
      expect((await get('/api/audit')).statusCode).toBe(401);
    });

    it('the database refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
      await expect(sql`UPDATE audit_log SET reden = 'weg'`.execute(s.db.db)).rejects.toThrow(/alleen-toevoegen/);
      await expect(sql`DELETE FROM audit_log`.execute(s.db.db)).rejects.toThrow(/alleen-toevoegen/);
      await expect(sql`TRUNCATE audit_log`.execute(s.db.db)).rejects.toThrow(/alleen-toevoegen/);
    });

    it('a withdrawal of an unknown consent changes nothing but leaves a trace of the attempt', async () => {
      const voor = (await get('/api/audit/verify', admin)).json().aantal;
      const id = '00000000-0000-4000-8000-000000000000';
      const res = await post(`/api/toestemmingen/${id}/intrekken`, { reden: 'x' }, admin);
      expect(res.statusCode).toBe(404);
      expect((await get('/api/audit/verify', admin)).json()).toMatchObject({ intact: true, aantal: voor + 1 });
      expect((await get('/api/audit?limit=1', admin)).json()[0]).toMatchObject({ actie: 'niet-gevonden', objectId: id, objectType: 'toestemming' });
    });

    it('when the audit row cannot be written, the record is not stored either', async () => {
      await sql.raw(`CREATE FUNCTION zv_test_weiger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit weigert'; END $$`).execute(s.db.db);
      await sql`CREATE TRIGGER zv_test_weiger BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION zv_test_weiger()`.execute(s.db.db);
      try {
        const res = await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: 'CL-ATOMAIR' }, prof.cookie);
        expect(res.statusCode).toBe(500);
        expect(res.json()).toEqual({ fout: 'interne fout' });
        const log = await post('/api/deellog', { clientRef: 'CL-ATOMAIR', vraag: VRAAG, gedeeld: 'x' }, prof.cookie);
        expect(log.statusCode).toBe(500);
      } finally {
        await sql`DROP TRIGGER zv_test_weiger ON audit_log`.execute(s.db.db);
        await sql`DROP FUNCTION zv_test_weiger()`.execute(s.db.db);
      }
      expect(await s.db.db.selectFrom('toestemmingen').select('id').where('client_ref', '=', 'CL-ATOMAIR').execute()).toEqual([]);
      expect(await s.db.db.selectFrom('deellog').select('id').where('client_ref', '=', 'CL-ATOMAIR').execute()).toEqual([]);
    });

    it('concurrent writes keep one unbroken chain', async () => {
      const res = await Promise.all(Array.from({ length: 20 }, (_, i) => post('/api/toestemmingen', { ...TOESTEMMING, clientRef: `CL-PAR-${i}` }, i % 2 ? prof.cookie : admin)));
      expect(res.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
      const v = (await get('/api/audit/verify', officer.cookie)).json();
      expect(v.intact).toBe(true);
      expect(v.aantal).toBeGreaterThanOrEqual(20);
      // Paged walking gives the same answer as one page.
      const org = (await get('/api/auth/ik', officer.cookie)).json().organisatie.id;
      expect(await verifyChain(s.db.db, org, 3)).toEqual(v);
    });

    // Last: it breaks this organisation's chain on purpose.
    it('verify finds a row changed behind the trigger\'s back', async () => {
      const org = (await get('/api/auth/ik', officer.cookie)).json().organisatie.id;
      expect((await get('/api/audit/verify', officer.cookie)).json()).toMatchObject({ intact: true });
      const doel = await s.db.db.selectFrom('audit_log').select(['id', 'volgnummer']).where('organisatie_id', '=', org).where('volgnummer', '=', 3).executeTakeFirstOrThrow();
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_alleen_toevoegen`.execute(s.db.db);
      await sql`UPDATE audit_log SET reden = 'achteraf verzonnen' WHERE id = ${doel.id}`.execute(s.db.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_alleen_toevoegen`.execute(s.db.db);
      const v = (await get('/api/audit/verify', officer.cookie)).json();
      expect(v.intact).toBe(false);
      expect(v.breuk).toMatchObject({ volgnummer: 3, id: doel.id });
      expect(v.breuk.probleem).toMatch(/gewijzigd/);
      // The other organisation's chain is untouched.
      expect((await get('/api/audit/verify', ander)).json().intact).toBe(true);
    });

    it('verify finds a deleted row', async () => {
      const org = (await get('/api/auth/ik', ander)).json().organisatie.id;
      for (const ref of ['CL-DEL-1', 'CL-DEL-2', 'CL-DEL-3']) await post('/api/toestemmingen', { ...TOESTEMMING, clientRef: ref }, ander);
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_alleen_toevoegen`.execute(s.db.db);
      await sql`DELETE FROM audit_log WHERE organisatie_id = ${org} AND volgnummer = 2`.execute(s.db.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_alleen_toevoegen`.execute(s.db.db);
      const v = (await get('/api/audit/verify', ander)).json();
      expect(v).toMatchObject({ intact: false, breuk: { volgnummer: 3 } });
      expect(v.breuk.probleem).toMatch(/ontbreekt/);
    });
  });
});
