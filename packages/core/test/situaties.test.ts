import { describe, expect, it } from 'vitest';
import { allePaden, evalueerSituatie, getSituatie, hasNorm, SITUATIES, valideerGraaf } from '../src/index.js';

const VEREIST = [
  'vriendverzoek',
  'client-start-contact',
  'adviesvraag',
  'googelen',
  'blog-volgen',
  'review',
  'collega',
  'foto',
  'casus',
  'zakelijk-account',
  'dating',
  'werkgeverbeleid',
];

const uitkomstVan = (id: string, antwoorden: Record<string, string>) => {
  const r = evalueerSituatie(id, antwoorden);
  if (!r.ok) throw new Error(r.fout);
  return r.waarde.uitkomst;
};

describe('SITUATIES', () => {
  it('covers every required situation, with unique ids', () => {
    const ids = SITUATIES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of VEREIST) expect(getSituatie(id)?.id).toBe(id);
  });
  for (const s of SITUATIES) {
    describe(s.id, () => {
      it('is a valid graph whose outcomes cite existing norms', () => expect(valideerGraaf(s, hasNorm)).toEqual([]));
      it('every path ends in an outcome with advice and existing norms, and replays through evalueerSituatie', () => {
        const paden = allePaden(s);
        expect(paden.length).toBeGreaterThanOrEqual(2);
        for (const p of paden) {
          expect(p.uitkomst.advies.length).toBeGreaterThan(0);
          expect(p.uitkomst.bronnen.length).toBeGreaterThan(0);
          for (const b of p.uitkomst.bronnen) expect(hasNorm(b), b).toBe(true);
          const antwoorden = Object.fromEntries(p.stappen.map((st) => [st.vraag, st.antwoord]));
          expect(uitkomstVan(s.id, antwoorden).id).toBe(p.uitkomst.id);
        }
      });
    });
  }
});

describe('key paths', () => {
  it('friend request on a personal account: decline, with an example reply', () => {
    const u = uitkomstVan('vriendverzoek', { 'van-wie': 'client', account: 'prive' });
    expect(u.id).toBe('prive-weigeren');
    expect(u.voorbeeldReactie).toBeTruthy();
    expect(uitkomstVan('vriendverzoek', { 'van-wie': 'naaste', account: 'prive' }).id).toBe('naaste-prive-weigeren');
  });
  it('friend request on a business page with agreements: allowed', () => {
    expect(uitkomstVan('vriendverzoek', { 'van-wie': 'client', account: 'zakelijk', afspraken: 'ja' }).id).toBe('zakelijk-toestaan');
  });
  it('alarming message from a client: act offline', () => {
    expect(uitkomstVan('client-start-contact', { inhoud: 'zorgwekkend' }).bronnen).toContain('ggz.crisis-analoog');
  });
  it('colleague escalation: speak to them, then the manager, then the formal route', () => {
    expect(uitkomstVan('collega', { ernst: 'onprofessioneel', gesprek: 'nog-niet' }).id).toBe('aanspreken');
    expect(uitkomstVan('collega', { ernst: 'client', gesprek: 'nog-niet' }).id).toBe('aanspreken-snel');
    expect(uitkomstVan('collega', { ernst: 'client', gesprek: 'niet-geholpen', leidinggevende: 'nog-niet' }).id).toBe('leidinggevende-inlichten');
    expect(uitkomstVan('collega', { ernst: 'client', gesprek: 'niet-mogelijk', leidinggevende: 'zonder-resultaat' }).id).toBe('klacht-inspectie');
  });
  it('wound photo with a private phone: the exception with its conditions', () => {
    const u = uitkomstVan('foto', { wat: 'wond', apparatuur: 'prive' });
    expect(u.stappen?.length).toBeGreaterThanOrEqual(3);
    expect(u.bronnen).toContain('vvn.nbc-2.10.wondfoto');
  });
  it('business account for clients: the checklist', () => {
    const u = uitkomstVan('zakelijk-account', { protocol: 'ja', doel: 'clienten' });
    expect(u.stappen?.join(' ')).toMatch(/bereikbaar/);
    expect(u.stappen?.join(' ')).toMatch(/tijdlijn van een cliënt/);
  });
  it('public case with consent takes the cautious outcome', () => {
    expect(uitkomstVan('casus', { nodig: 'online', waar: 'openbaar', anoniem: 'ja', toestemming: 'ja' }).id).toBe('openbaar-met-toestemming');
    expect(uitkomstVan('casus', { nodig: 'online', waar: 'besloten', anoniem: 'ja', toestemming: 'ja' }).id).toBe('mag');
  });
  it('negative review: no content, an example reply', () => {
    expect(uitkomstVan('review', { soort: 'negatief' }).voorbeeldReactie).toMatch(/beroepsgeheim/);
  });
  it('reports an unknown situation and a missing answer', () => {
    expect(evalueerSituatie('bestaat-niet', {})).toMatchObject({ ok: false, fout: expect.stringMatching(/onbekende situatie 'bestaat-niet'/) });
    expect(evalueerSituatie('foto', { wat: 'wond' })).toMatchObject({ ok: false, fout: expect.stringMatching(/vraag 'apparatuur'/) });
  });
});
