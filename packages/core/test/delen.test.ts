import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allePaden,
  beoordeelDelen,
  DEEL_KANALEN,
  DELEN_GRAAF,
  effectieveToestemming,
  evalueerDelenGraaf,
  hasNorm,
  ONTVANGERS,
  TOESTEMMINGEN,
  valideerDeelVraag,
  valideerGraaf,
  WETTELIJKE_GRONDEN,
  type DeelVraag,
} from '../src/index.js';

const fixture = fileURLToPath(new URL('./fixtures/delen-voorbeelden.jsonl', import.meta.url));
const voorbeelden = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; vraag: unknown; verwacht: { besluit: string; grond: string | null; voorwaarden: string[] } });

/** A neutral question: nothing but the fields a test overrides decides the outcome. */
function vraag(over: Partial<DeelVraag> = {}): DeelVraag {
  return {
    ontvanger: 'andere-hulpverlener',
    herleidbaar: true,
    toestemming: 'niet-gevraagd',
    wettelijkeGrond: 'geen',
    ernstigGevaar: false,
    alleenDoorDelen: false,
    doelVerenigbaar: true,
    alleenNoodzakelijk: true,
    kanaal: 'mondeling',
    ...over,
  };
}
const geldig = { toestemming: 'gegeven', toestemmingGeinformeerd: true, toestemmingSpecifiek: true, toestemmingVrij: true } as const;
const kern = (v: DeelVraag) => {
  const a = beoordeelDelen(v);
  return { besluit: a.besluit, grond: a.grond, voorwaarden: a.voorwaarden };
};
const TRIM = /meer delen dan voor dit doel nodig/;

describe('contract examples (delen-voorbeelden.jsonl)', () => {
  it('has the examples', () => expect(voorbeelden.length).toBeGreaterThanOrEqual(16));
  for (const vb of voorbeelden) {
    it(`${vb.id}: ${vb.verwacht.besluit} / ${vb.verwacht.grond}`, () => {
      const v = valideerDeelVraag(vb.vraag);
      expect(v.ok).toBe(true);
      if (!v.ok) return;
      expect(kern(v.vraag)).toEqual(vb.verwacht);
      const advies = beoordeelDelen(v.vraag);
      expect(advies.uitleg.length).toBeGreaterThan(0);
      expect(advies.bronnen).toContain('rvs-2017.beroepsgeheim.doorbreken');
    });
  }
});

describe('rule 1: anonymous', () => {
  it('is a plain yes, whatever else holds', () => {
    const v = vraag({ herleidbaar: false, ontvanger: 'werkgever', toestemming: 'geweigerd', kanaal: 'chat', doelVerenigbaar: false });
    expect(kern(v)).toEqual({ besluit: 'ja', grond: 'anoniem', voorwaarden: [] });
  });
  it('to the public: inform the client, and nothing else (not even for an insecure channel)', () => {
    expect(kern(vraag({ herleidbaar: false, ontvanger: 'publiek', kanaal: 'sociale-media' }))).toEqual({
      besluit: 'ja-onder-voorwaarden',
      grond: 'anoniem',
      voorwaarden: ['client-informeren'],
    });
  });
});

describe('rule 2: public', () => {
  it('is no without valid consent, even with a statutory duty or serious danger', () => {
    for (const over of [
      { wettelijkeGrond: 'meldplicht' },
      { ernstigGevaar: true, alleenDoorDelen: true, toestemming: 'geweigerd' },
      { toestemming: 'niet-gevraagd' },
      { ...geldig, toestemmingVrij: false },
    ] as const) {
      expect(kern(vraag({ ontvanger: 'publiek', ...over }))).toEqual({ besluit: 'nee', grond: null, voorwaarden: [] });
    }
  });
  it('with valid consent: written consent and only what is needed, no channel condition', () => {
    expect(kern(vraag({ ontvanger: 'publiek', ...geldig, kanaal: 'sociale-media' }))).toEqual({
      besluit: 'ja-onder-voorwaarden',
      grond: 'toestemming',
      voorwaarden: ['alleen-noodzakelijke-gegevens', 'schriftelijke-toestemming'],
    });
  });
});

describe('rule 3: valid consent and effective consent', () => {
  it('valid consent is the ground, before the directly-involved rule', () => {
    expect(kern(vraag({ ontvanger: 'rechtstreeks-betrokken', ...geldig })).grond).toBe('toestemming');
    expect(kern(vraag({ ontvanger: 'werkgever', ...geldig, doelVerenigbaar: false })).grond).toBe('toestemming');
  });
  it('consent that is not free counts as refused, whatever else is missing', () => {
    expect(effectieveToestemming(vraag({ ...geldig, toestemmingVrij: false }))).toBe('geweigerd');
    expect(effectieveToestemming(vraag({ ...geldig, toestemmingVrij: false, toestemmingGeinformeerd: false }))).toBe('geweigerd');
  });
  it('free consent that is uninformed or too general counts as not asked', () => {
    expect(effectieveToestemming(vraag({ ...geldig, toestemmingGeinformeerd: false }))).toBe('niet-gevraagd');
    expect(effectieveToestemming(vraag({ ...geldig, toestemmingSpecifiek: false }))).toBe('niet-gevraagd');
    expect(kern(vraag({ ...geldig, toestemmingSpecifiek: false })).besluit).toBe('eerst-toestemming-vragen');
  });
  it('explains why the given consent does not count', () => {
    const a = beoordeelDelen(vraag({ ...geldig, toestemmingSpecifiek: false }));
    expect(a.uitleg.join(' ')).toMatch(/niet geldig/);
    expect(a.uitleg.join(' ')).toMatch(/niet specifiek/);
  });
});

describe('rule 4: directly involved', () => {
  const rb = { ontvanger: 'rechtstreeks-betrokken' } as const;
  it('presumed consent when the purpose fits and the client did not refuse', () => {
    for (const toestemming of ['niet-gevraagd', 'niet-mogelijk'] as const) {
      expect(kern(vraag({ ...rb, toestemming })).grond).toBe('veronderstelde-toestemming');
    }
    expect(kern(vraag({ ...rb, ...geldig, toestemmingGeinformeerd: false })).grond).toBe('veronderstelde-toestemming');
  });
  it('refusal (also consent under pressure) blocks it', () => {
    expect(kern(vraag({ ...rb, toestemming: 'geweigerd' })).besluit).toBe('nee');
    expect(kern(vraag({ ...rb, ...geldig, toestemmingVrij: false })).besluit).toBe('nee');
  });
  it('a new purpose blocks it and the uitleg names purpose limitation', () => {
    const a = beoordeelDelen(vraag({ ...rb, doelVerenigbaar: false }));
    expect(a.besluit).toBe('eerst-toestemming-vragen');
    expect(a.uitleg.join(' ')).toMatch(/ander doel/);
  });
});

describe('rule 5: representative', () => {
  it('is the ground when the purpose fits, even if the client refused', () => {
    expect(kern(vraag({ ontvanger: 'vertegenwoordiger', toestemming: 'geweigerd' })).grond).toBe('vertegenwoordiger');
  });
  it('a new purpose blocks it', () => {
    expect(kern(vraag({ ontvanger: 'vertegenwoordiger', doelVerenigbaar: false })).besluit).toBe('eerst-toestemming-vragen');
    expect(kern(vraag({ ontvanger: 'vertegenwoordiger', doelVerenigbaar: false, toestemming: 'geweigerd' })).besluit).toBe('nee');
  });
  it('a new purpose can still rest on statute', () => {
    expect(kern(vraag({ ontvanger: 'vertegenwoordiger', doelVerenigbaar: false, wettelijkeGrond: 'meldplicht' })).grond).toBe('wettelijke-plicht');
  });
});

describe('rule 6: statute', () => {
  it('a duty to report is a ground for any recipient, even against refusal', () => {
    expect(kern(vraag({ ontvanger: 'gemeente', wettelijkeGrond: 'meldplicht', toestemming: 'geweigerd' }))).toEqual({
      besluit: 'ja-onder-voorwaarden',
      grond: 'wettelijke-plicht',
      voorwaarden: ['alleen-noodzakelijke-gegevens'],
    });
  });
  it('the right to report only opens Veilig Thuis, with the meldcode steps and a record', () => {
    expect(kern(vraag({ ontvanger: 'veilig-thuis', wettelijkeGrond: 'meldrecht', toestemming: 'geweigerd', kanaal: 'email' }))).toEqual({
      besluit: 'ja-onder-voorwaarden',
      grond: 'meldrecht',
      voorwaarden: ['alleen-noodzakelijke-gegevens', 'beveiligd-kanaal', 'meldcode-stappen', 'vastleggen-in-dossier'],
    });
    const elders = beoordeelDelen(vraag({ ontvanger: 'politie-justitie', wettelijkeGrond: 'meldrecht', toestemming: 'geweigerd' }));
    expect(elders.besluit).toBe('nee');
    expect(elders.uitleg.join(' ')).toMatch(/Veilig Thuis/);
  });
});

describe('rule 7: conflict of duties', () => {
  const gevaar = { ernstigGevaar: true, alleenDoorDelen: true, ontvanger: 'politie-justitie' } as const;
  it('applies with refused or impossible consent', () => {
    for (const toestemming of ['geweigerd', 'niet-mogelijk'] as const) {
      expect(kern(vraag({ ...gevaar, toestemming }))).toEqual({
        besluit: 'ja-onder-voorwaarden',
        grond: 'conflict-van-plichten',
        voorwaarden: ['alleen-noodzakelijke-gegevens', 'client-informeren', 'collegiaal-overleg', 'vastleggen-in-dossier'],
      });
    }
  });
  it('applies when consent was given under pressure (counts as refused)', () => {
    expect(kern(vraag({ ...gevaar, ...geldig, toestemmingVrij: false })).grond).toBe('conflict-van-plichten');
  });
  it('asks consent first when it was not asked', () => {
    const a = beoordeelDelen(vraag({ ...gevaar, toestemming: 'niet-gevraagd' }));
    expect(a).toMatchObject({ besluit: 'eerst-toestemming-vragen', grond: null, voorwaarden: [] });
    expect(a.uitleg.join(' ')).toMatch(/ernstig gevaar/);
  });
  it('needs both serious danger and no other way', () => {
    expect(kern(vraag({ ...gevaar, alleenDoorDelen: false, toestemming: 'geweigerd' })).besluit).toBe('nee');
    expect(kern(vraag({ ...gevaar, ernstigGevaar: false, toestemming: 'geweigerd' })).besluit).toBe('nee');
  });
});

describe('rule 8: no ground', () => {
  it('not asked → ask first; refused or impossible → no', () => {
    expect(kern(vraag({ ontvanger: 'werkgever' })).besluit).toBe('eerst-toestemming-vragen');
    expect(kern(vraag({ ontvanger: 'werkgever', toestemming: 'geweigerd' })).besluit).toBe('nee');
    expect(kern(vraag({ ontvanger: 'werkgever', toestemming: 'niet-mogelijk' })).besluit).toBe('nee');
  });
  it('for informal carers and relatives the uitleg says care instructions need no secrets', () => {
    for (const ontvanger of ['mantelzorger', 'naaste'] as const) {
      for (const toestemming of ['geweigerd', 'niet-gevraagd'] as const) {
        const a = beoordeelDelen(vraag({ ontvanger, toestemming }));
        expect(a.uitleg.join(' ')).toMatch(/zonder geheime informatie/);
        expect(a.bronnen).toContain('rvs-2017.mantelzorger');
      }
    }
    expect(beoordeelDelen(vraag({ ontvanger: 'werkgever' })).uitleg.join(' ')).not.toMatch(/zonder geheime informatie/);
  });
});

describe('conditions across all rules', () => {
  it('an insecure channel adds beveiligd-kanaal to every yes of rules 3–7, a secure one does not', () => {
    for (const kanaal of DEEL_KANALEN) {
      const onveilig = ['email', 'chat', 'sociale-media'].includes(kanaal);
      for (const v of [
        vraag({ kanaal, ...geldig }),
        vraag({ kanaal, ontvanger: 'rechtstreeks-betrokken' }),
        vraag({ kanaal, ontvanger: 'vertegenwoordiger' }),
        vraag({ kanaal, wettelijkeGrond: 'meldplicht' }),
        vraag({ kanaal, ontvanger: 'veilig-thuis', wettelijkeGrond: 'meldrecht' }),
        vraag({ kanaal, ernstigGevaar: true, alleenDoorDelen: true, toestemming: 'geweigerd' }),
      ]) {
        const a = beoordeelDelen(v);
        expect(a.voorwaarden.includes('beveiligd-kanaal')).toBe(onveilig);
        expect(a.voorwaarden).toContain('alleen-noodzakelijke-gegevens');
      }
    }
  });
  it('when more than needed would be shared, the uitleg says to trim first', () => {
    expect(beoordeelDelen(vraag({ ontvanger: 'rechtstreeks-betrokken', alleenNoodzakelijk: false })).uitleg.join(' ')).toMatch(TRIM);
    expect(beoordeelDelen(vraag({ ontvanger: 'rechtstreeks-betrokken' })).uitleg.join(' ')).not.toMatch(TRIM);
  });
});

/** Every DeelVraag the contract allows. */
function* alleVragen(): Generator<DeelVraag> {
  const bools = [true, false];
  const details: Array<Partial<DeelVraag>> = [];
  for (const g of bools) for (const s of bools) for (const f of bools) details.push({ toestemmingGeinformeerd: g, toestemmingSpecifiek: s, toestemmingVrij: f });
  for (const ontvanger of ONTVANGERS)
    for (const herleidbaar of bools)
      for (const toestemming of TOESTEMMINGEN)
        for (const d of toestemming === 'gegeven' ? details : [{}])
          for (const wettelijkeGrond of WETTELIJKE_GRONDEN)
            for (const ernstigGevaar of bools)
              for (const alleenDoorDelen of bools)
                for (const doelVerenigbaar of bools)
                  for (const alleenNoodzakelijk of bools)
                    for (const kanaal of DEEL_KANALEN)
                      yield { ontvanger, herleidbaar, toestemming, ...d, wettelijkeGrond, ernstigGevaar, alleenDoorDelen, doelVerenigbaar, alleenNoodzakelijk, kanaal };
}

describe('invariants over the whole input space', () => {
  it('holds for every valid DeelVraag', () => {
    let n = 0;
    for (const v of alleVragen()) {
      n++;
      expect(valideerDeelVraag(v).ok).toBe(true);
      const a = beoordeelDelen(v);
      const geenJa = a.besluit === 'nee' || a.besluit === 'eerst-toestemming-vragen';
      if (geenJa !== (a.grond === null)) throw new Error(`grond/besluit mismatch for ${JSON.stringify(v)}`);
      if (geenJa && a.voorwaarden.length) throw new Error(`conditions without a yes for ${JSON.stringify(v)}`);
      if (a.besluit === 'eerst-toestemming-vragen' && effectieveToestemming(v) !== 'niet-gevraagd') throw new Error('ask-first with consent other than not-asked');
      if (v.ontvanger === 'publiek' && v.herleidbaar && !geenJa && a.grond !== 'toestemming') throw new Error('public opened without consent');
      if (!v.alleenNoodzakelijk && !TRIM.test(a.uitleg.join(' '))) throw new Error(`no trim advice for ${JSON.stringify(v)}`);
      if ([...a.voorwaarden].sort().join() !== a.voorwaarden.join()) throw new Error('conditions not sorted');
      if (a.uitleg.length === 0 || a.bronnen.length === 0) throw new Error('empty uitleg or bronnen');
    }
    expect(n).toBe(11 * 2 * (3 + 8) * 3 * 2 * 2 * 2 * 2 * 5);
  });
});

describe('valideerDeelVraag', () => {
  const ok = vraag();
  const fout = (x: unknown) => {
    const r = valideerDeelVraag(x);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.fout;
  };
  it('accepts a complete question and returns only contract fields', () => {
    const r = valideerDeelVraag(ok);
    expect(r).toEqual({ ok: true, vraag: ok });
  });
  it('names a missing field', () => {
    const { kanaal: _weg, ...rest } = ok;
    expect(fout(rest)).toMatch(/'kanaal' ontbreekt/);
  });
  it('names an unknown field', () => expect(fout({ ...ok, ontvnager: 'naaste' })).toMatch(/onbekend veld 'ontvnager'/));
  it('names a field with a wrong type or value', () => {
    expect(fout({ ...ok, herleidbaar: 'ja' })).toMatch(/'herleidbaar' moet true of false/);
    expect(fout({ ...ok, ontvanger: 'buurman' })).toMatch(/'ontvanger' heeft ongeldige waarde "buurman"; kies uit: rechtstreeks-betrokken/);
    expect(fout({ ...ok, kanaal: null })).toMatch(/'kanaal'/);
  });
  it('requires the consent qualifiers with gegeven and refuses them otherwise', () => {
    expect(fout({ ...ok, toestemming: 'gegeven' })).toMatch(/'toestemmingGeinformeerd' ontbreekt/);
    expect(fout({ ...ok, toestemming: 'gegeven', toestemmingGeinformeerd: true, toestemmingSpecifiek: true })).toMatch(/'toestemmingVrij' ontbreekt/);
    expect(fout({ ...ok, toestemmingVrij: true })).toMatch(/'toestemmingVrij' hoort alleen bij toestemming 'gegeven'/);
    expect(fout({ ...ok, ...geldig, toestemmingSpecifiek: 1 })).toMatch(/'toestemmingSpecifiek' moet true of false/);
  });
  it('refuses non-objects', () => {
    for (const x of [null, [], 'x', 3]) fout(x);
  });
});

describe('the delen wizard graph', () => {
  it('is valid (paths end in the outcome, nothing unreachable)', () => {
    expect(valideerGraaf(DELEN_GRAAF, () => true)).toEqual([]);
  });
  const paden = allePaden(DELEN_GRAAF);
  it('every path yields a complete, valid DeelVraag', () => {
    expect(paden.length).toBeGreaterThan(50);
    for (const p of paden) {
      const antwoorden = Object.fromEntries(p.stappen.map((s) => [s.vraag, s.antwoord]));
      const r = evalueerDelenGraaf(antwoorden);
      if (!r.ok) throw new Error(r.fout);
    }
  });
  it('skips only questions whose answer cannot change the decision', () => {
    const vrij: Record<string, readonly unknown[]> = {
      ontvanger: ONTVANGERS,
      herleidbaar: [true, false],
      wettelijkeGrond: WETTELIJKE_GRONDEN,
      ernstigGevaar: [true, false],
      alleenDoorDelen: [true, false],
      doelVerenigbaar: [true, false],
      alleenNoodzakelijk: [true, false],
      kanaal: DEEL_KANALEN,
    };
    for (const p of paden) {
      const gevraagd = new Set<string>();
      for (const s of p.stappen) {
        const a = DELEN_GRAAF.vragen.find((v) => v.id === s.vraag)!.antwoorden.find((x) => x.id === s.antwoord)!;
        for (const k of Object.keys(a.zet ?? {})) gevraagd.add(k);
      }
      const basis = valideerDeelVraag(p.toestand);
      if (!basis.ok) throw new Error(basis.fout);
      const verwacht = kern(basis.vraag);
      for (const [veld, waarden] of Object.entries(vrij)) {
        if (gevraagd.has(veld)) continue;
        for (const w of waarden) {
          const anders = { ...basis.vraag, [veld]: w } as DeelVraag;
          if (JSON.stringify(kern(anders)) !== JSON.stringify(verwacht)) {
            throw new Error(`skipped field ${veld}=${String(w)} changes the decision on path ${JSON.stringify(p.stappen)}`);
          }
        }
      }
      if (!gevraagd.has('toestemming')) {
        for (const toestemming of ['geweigerd', 'niet-mogelijk'] as const) {
          expect(kern({ ...basis.vraag, toestemming })).toEqual(verwacht);
        }
      }
    }
  });
  it('walks a named path: a wound photo by WhatsApp to a directly involved colleague', () => {
    const r = evalueerDelenGraaf({ ontvanger: 'rechtstreeks-betrokken', herleidbaar: 'ja', toestemming: 'niet-gevraagd', doel: 'ja', nodig: 'ja', kanaal: 'chat' });
    expect(r.ok && kern(r.waarde.vraag)).toEqual({ besluit: 'ja-onder-voorwaarden', grond: 'veronderstelde-toestemming', voorwaarden: ['alleen-noodzakelijke-gegevens', 'beveiligd-kanaal'] });
  });
  it('walks a named path: a public post with invalid consent ends after the consent questions', () => {
    const r = evalueerDelenGraaf({ ontvanger: 'publiek', herleidbaar: 'ja', toestemming: 'gegeven', geinformeerd: 'ja', specifiek: 'nee', vrij: 'ja' });
    expect(r.ok && r.waarde.advies.besluit).toBe('nee');
  });
  it('reports a missing answer by question id', () => {
    const r = evalueerDelenGraaf({ ontvanger: 'naaste' });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.fout).toMatch(/'herleidbaar'/);
  });
});

describe('norm citations', () => {
  it('every advice cites norms that exist in the knowledge base', () => {
    const genoemd = new Set<string>();
    for (const v of alleVragen()) for (const b of beoordeelDelen(v).bronnen) genoemd.add(b);
    for (const u of DELEN_GRAAF.uitkomsten) for (const b of u.bronnen) genoemd.add(b);
    expect([...genoemd].filter((b) => !hasNorm(b))).toEqual([]);
  });
});

describe('valideerDeelVraag on arbitrary input (property)', () => {
  const basis = vraag();
  it('never throws, and whatever it accepts can be judged', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = valideerDeelVraag(x);
        if (r.ok) expect(beoordeelDelen(r.vraag).besluit).toBeDefined();
      }),
    );
  });
  it('a dropped or mistyped field is an error that names that field', () => {
    const velden = Object.keys(basis) as Array<keyof DeelVraag>;
    fc.assert(
      fc.property(fc.constantFrom(...velden), fc.oneof(fc.constant(undefined), fc.integer(), fc.constant('onzin'), fc.constant(null)), (veld, waarde) => {
        const kapot: Record<string, unknown> = { ...basis, [veld]: waarde };
        if (waarde === undefined) delete kapot[veld];
        const r = valideerDeelVraag(kapot);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.fout).toContain(`'${veld}'`);
      }),
    );
  });
});
