import { describe, expect, it } from 'vitest';
import { allePaden, beschrijfStappen, evalueerGraaf, leesAntwoorden, valideerGraaf, volg, type Beslisgraaf } from '../src/index.js';

const bestaat = (id: string) => id.startsWith('norm.');

/** A small graph: a guarded transition on an earlier answer, two outcomes. */
const G: Beslisgraaf = {
  id: 'test',
  titel: 'Test',
  omschrijving: 'Testgraaf',
  start: 'a',
  vragen: [
    {
      id: 'a',
      tekst: 'Vraag A?',
      antwoorden: [
        { id: 'x', tekst: 'X', zet: { kleur: 'rood' }, naar: 'b' },
        { id: 'y', tekst: 'Y', zet: { kleur: 'blauw' }, naar: 'b' },
      ],
    },
    {
      id: 'b',
      tekst: 'Vraag B?',
      antwoorden: [
        { id: 'ja', tekst: 'ja', naar: [{ als: { kleur: ['rood'] }, zet: { pad: 'rood-ja' }, naar: 'u1' }, { naar: 'u2' }] },
        { id: 'nee', tekst: 'nee', naar: 'u2' },
      ],
    },
  ],
  uitkomsten: [
    { id: 'u1', titel: 'Een', advies: ['Doe een.'], bronnen: ['norm.1'] },
    { id: 'u2', titel: 'Twee', advies: ['Doe twee.'], bronnen: ['norm.2'] },
  ],
};

const met = (over: Partial<Beslisgraaf>): Beslisgraaf => ({ ...G, ...over });

describe('valideerGraaf', () => {
  it('accepts a valid graph', () => expect(valideerGraaf(G, bestaat)).toEqual([]));
  it('finds an unknown norm', () => {
    expect(valideerGraaf(G, (id) => id === 'norm.1')).toEqual([`uitkomst 'u2' noemt onbekende norm 'norm.2'`]);
  });
  it('finds an outcome without norms', () => {
    const g = met({ uitkomsten: [G.uitkomsten[0]!, { ...G.uitkomsten[1]!, bronnen: [] }] });
    expect(valideerGraaf(g, bestaat)).toContain(`uitkomst 'u2' noemt geen normen`);
  });
  it('finds an unknown target and a missing start', () => {
    const g = met({ start: 'zz', vragen: [G.vragen[0]!, { ...G.vragen[1]!, antwoorden: [G.vragen[1]!.antwoorden[0]!, { id: 'nee', tekst: 'nee', naar: 'nergens' }] }] });
    const f = valideerGraaf(g, bestaat);
    expect(f).toContain(`startvraag 'zz' bestaat niet`);
    expect(f).toContain(`antwoord 'b.nee' verwijst naar onbekende vraag of uitkomst 'nergens'`);
  });
  it('requires a default as last transition', () => {
    const b = { ...G.vragen[1]!, antwoorden: [{ id: 'ja', tekst: 'ja', naar: [{ als: { kleur: ['rood'] }, naar: 'u1' }] }, G.vragen[1]!.antwoorden[1]!] };
    expect(valideerGraaf(met({ vragen: [G.vragen[0]!, b] }), bestaat)).toContain(`antwoord 'b.ja': de laatste overgang moet zonder voorwaarde zijn`);
  });
  it('finds duplicate ids and questions with one answer', () => {
    const f = valideerGraaf(met({ vragen: [G.vragen[0]!, G.vragen[1]!, { id: 'u1', tekst: 'Dubbel?', antwoorden: [{ id: 'a', tekst: 'a', naar: 'u1' }] }] }), bestaat);
    expect(f).toContain(`id 'u1' komt meer dan eens voor`);
    expect(f).toContain(`vraag 'u1' heeft minder dan twee antwoorden`);
  });
  it('finds a cycle', () => {
    const b = { ...G.vragen[1]!, antwoorden: [G.vragen[1]!.antwoorden[0]!, { id: 'nee', tekst: 'nee', naar: 'a' }] };
    expect(valideerGraaf(met({ vragen: [G.vragen[0]!, b] }), bestaat).some((f) => f.startsWith(`kringloop: vraag 'a'`))).toBe(true);
  });
  it('finds unreachable questions and outcomes, including a guard that can never match', () => {
    const c = { id: 'c', tekst: 'Los?', antwoorden: [{ id: 'p', tekst: 'p', naar: 'u2' }, { id: 'q', tekst: 'q', naar: 'u2' }] };
    expect(valideerGraaf(met({ vragen: [...G.vragen, c] }), bestaat)).toEqual([`'c' is onbereikbaar`]);
    const b = { ...G.vragen[1]!, antwoorden: [{ id: 'ja', tekst: 'ja', naar: [{ als: { kleur: ['groen'] }, naar: 'u1' }, { naar: 'u2' }] }, G.vragen[1]!.antwoorden[1]!] };
    expect(valideerGraaf(met({ vragen: [G.vragen[0]!, b] }), bestaat)).toEqual([`'u1' is onbereikbaar`]);
  });
});

describe('allePaden', () => {
  it('enumerates every path with its state', () => {
    const p = allePaden(G);
    expect(p.map((x) => `${x.stappen.map((s) => s.antwoord).join('>')}=${x.uitkomst.id}`)).toEqual(['x>ja=u1', 'x>nee=u2', 'y>ja=u2', 'y>nee=u2']);
    expect(p[0]!.toestand).toEqual({ kleur: 'rood', pad: 'rood-ja' });
  });
  it('refuses an invalid graph', () => expect(() => allePaden(met({ start: 'zz' }))).toThrow(/ongeldige beslisgraaf/));
});

describe('volg and evalueerGraaf', () => {
  it('returns the next question while answers are missing', () => {
    const r = volg(G, { a: 'y' });
    expect(r.ok && r.waarde.soort === 'vraag' && r.waarde.vraag.id).toBe('b');
  });
  it('reaches the outcome', () => {
    expect(evalueerGraaf(G, { a: 'x', b: 'ja' })).toMatchObject({ ok: true, waarde: { uitkomst: { id: 'u1' } } });
  });
  it('names a missing answer, an unknown answer, an unknown question and a superfluous answer', () => {
    expect(evalueerGraaf(G, { a: 'x' })).toEqual({ ok: false, fout: `antwoord ontbreekt op vraag 'b' (Vraag B?); kies uit: ja, nee` });
    expect(evalueerGraaf(G, { a: 'z' })).toEqual({ ok: false, fout: `onbekend antwoord 'z' op vraag 'a'; kies uit: x, y` });
    expect(evalueerGraaf(G, { a: 'x', b: 'ja', q: 'ja' })).toEqual({ ok: false, fout: `onbekende vraag 'q' in de antwoorden` });
    const kort: Beslisgraaf = met({ vragen: [{ ...G.vragen[0]!, antwoorden: [{ id: 'x', tekst: 'X', naar: 'u1' }, G.vragen[0]!.antwoorden[1]!] }, G.vragen[1]!] });
    const r = evalueerGraaf(kort, { a: 'x', b: 'ja' });
    expect(!r.ok && r.fout).toMatch(/vraag 'b' hoort niet bij dit pad/);
  });
  it('refuses answers that are not an object of strings (untrusted JSON)', () => {
    expect(volg(G, undefined as unknown as Record<string, string>)).toMatchObject({ ok: false });
    expect(evalueerGraaf(G, { a: 1 } as unknown as Record<string, string>)).toEqual({ ok: false, fout: `antwoord op vraag 'a' moet een tekst (antwoord-id) zijn` });
  });
  it('describes the steps in words', () => {
    expect(beschrijfStappen(G, [{ vraag: 'a', antwoord: 'x' }])).toEqual([{ vraag: 'Vraag A?', antwoord: 'X' }]);
  });
});

describe('leesAntwoorden', () => {
  it('reads {"antwoorden": {...}}', () => expect(leesAntwoorden({ antwoorden: { a: 'x' } })).toEqual({ ok: true, waarde: { a: 'x' } }));
  it('names what is wrong', () => {
    expect(leesAntwoorden({})).toEqual({ ok: false, fout: 'veld "antwoorden" ontbreekt' });
    expect(leesAntwoorden({ antwoorden: {}, extra: 1 })).toMatchObject({ ok: false, fout: expect.stringMatching(/onbekend veld 'extra'/) });
    expect(leesAntwoorden({ antwoorden: { a: 1 } })).toMatchObject({ ok: false, fout: expect.stringMatching(/vraag 'a'/) });
    expect(leesAntwoorden([])).toMatchObject({ ok: false });
  });
});
