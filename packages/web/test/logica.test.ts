import { describe, expect, it } from 'vitest';
import { isHeleTekst, samenvatting, segmenteer, vervang } from '../src/logica/markeren.js';
import { href, parseHash } from '../src/logica/route.js';
import { antwoorden, eerdereKeuze, kies, LEEG, terug } from '../src/logica/stappen.js';
import { verantwoording } from '../src/logica/verantwoording.js';

describe('segmenteer', () => {
  const tekst = 'Mevrouw Bakker uit Zwolle belde gisteren.';

  it('returns the whole text as one plain run without findings', () => {
    expect(segmenteer(tekst, [])).toEqual([{ start: 0, end: tekst.length, text: tekst, bevindingen: [] }]);
  });

  it('splits around findings and the runs join back to the text', () => {
    const segs = segmenteer(tekst, [
      { start: 8, end: 14, severity: 'fout' },
      { start: 19, end: 25, severity: 'waarschuwing' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(tekst);
    expect(segs.filter((s) => s.bevindingen.length > 0).map((s) => [s.text, s.ernst])).toEqual([
      ['Bakker', 'fout'],
      ['Zwolle', 'waarschuwing'],
    ]);
  });

  it('handles overlapping findings and takes the most serious severity', () => {
    const segs = segmenteer(tekst, [
      { start: 0, end: 14, severity: 'tip' },
      { start: 8, end: 25, severity: 'fout' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(tekst);
    const overlap = segs.find((s) => s.text === 'Bakker');
    expect(overlap?.bevindingen).toEqual([0, 1]);
    expect(overlap?.ernst).toBe('fout');
    expect(segs.find((s) => s.text === 'Mevrouw ')?.ernst).toBe('tip');
  });

  it('does not highlight findings about the whole text, and clamps offsets', () => {
    expect(segmenteer(tekst, [{ start: 0, end: tekst.length, severity: 'fout' }])).toHaveLength(1);
    expect(isHeleTekst({ start: 0, end: tekst.length }, tekst.length)).toBe(true);
    const segs = segmenteer(tekst, [{ start: 30, end: 999, severity: 'tip' }]);
    expect(segs.map((s) => s.text).join('')).toBe(tekst);
    expect(segs[segs.length - 1]?.bevindingen).toEqual([0]);
  });

  it('keeps surrogate pairs intact when offsets respect them', () => {
    const t = 'Top dag 👍 met Piet';
    const start = t.indexOf('Piet');
    const segs = segmenteer(t, [{ start, end: start + 4, severity: 'fout' }]);
    expect(segs.map((s) => s.text)).toEqual(['Top dag 👍 met ', 'Piet']);
  });
});

describe('samenvatting and vervang', () => {
  it('counts findings in Dutch', () => {
    expect(samenvatting([])).toMatch(/Geen bevindingen/);
    expect(
      samenvatting([
        { start: 0, end: 1, severity: 'fout' },
        { start: 0, end: 1, severity: 'fout' },
        { start: 0, end: 1, severity: 'tip' },
      ]),
    ).toBe('3 bevindingen: 2 fouten, 1 tip.');
    expect(samenvatting([{ start: 0, end: 1, severity: 'waarschuwing' }])).toBe('1 bevinding: 1 waarschuwing.');
  });

  it('replaces one passage', () => {
    expect(vervang('Groeten van Ans', 12, 15, '[naam]')).toBe('Groeten van [naam]');
  });
});

describe('route', () => {
  it('parses hash routes with parameters', () => {
    expect(parseHash('')).toEqual({ scherm: '', params: [] });
    expect(parseHash('#/')).toEqual({ scherm: '', params: [] });
    expect(parseHash('#/normen/knmg-2017.aanbeveling-2')).toEqual({ scherm: 'normen', params: ['knmg-2017.aanbeveling-2'] });
    expect(parseHash('#/situaties/a%20b?x=1')).toEqual({ scherm: 'situaties', params: ['a b'] });
    expect(parseHash('#/x/%E0%A4%A')).toEqual({ scherm: 'x', params: ['%E0%A4%A'] });
  });

  it('builds links that parse back', () => {
    expect(parseHash(href('oefenen', 'c 1/2'))).toEqual({ scherm: 'oefenen', params: ['c 1/2'] });
  });
});

describe('wizard history', () => {
  it('goes back keeping the later answers, and a different answer drops them', () => {
    let g = kies(LEEG, { vraag: 'a', antwoord: '1' });
    g = kies(g, { vraag: 'b', antwoord: '2' });
    expect(antwoorden(g)).toEqual({ a: '1', b: '2' });
    g = terug(terug(g));
    expect(antwoorden(g)).toEqual({});
    expect(eerdereKeuze(g, 'a')).toBe('1');
    const zelfde = kies(g, { vraag: 'a', antwoord: '1' });
    expect(zelfde.keuzes).toHaveLength(2);
    expect(eerdereKeuze(zelfde, 'b')).toBe('2');
    const anders = kies(g, { vraag: 'a', antwoord: '9' });
    expect(anders.keuzes).toEqual([{ vraag: 'a', antwoord: '9' }]);
    expect(terug(LEEG)).toBe(LEEG);
  });
});

describe('verantwoording', () => {
  it('writes facts, decision, ground, conditions, explanation and norms', () => {
    const tekst = verantwoording({
      datum: '2026-11-23',
      stappen: [{ vraag: 'Met wie wil je delen?', antwoord: 'de huisarts' }],
      advies: {
        besluit: 'ja-onder-voorwaarden',
        grond: 'toestemming',
        voorwaarden: ['beveiligd-kanaal'],
        uitleg: ['De cliënt stemde in.'],
        bronnen: ['a.b', 'c.d'],
      },
      normTitel: (id) => (id === 'a.b' ? 'Norm AB' : undefined),
    });
    expect(tekst).toContain('(2026-11-23)');
    expect(tekst).toContain('- Met wie wil je delen? de huisarts');
    expect(tekst).toContain('Besluit: Ja, onder voorwaarden');
    expect(tekst).toContain('Grond: Toestemming van de cliënt');
    expect(tekst).toMatch(/beveiligd kanaal/);
    expect(tekst).toContain('- Norm AB (a.b)');
    expect(tekst).toContain('- c.d');
  });

  it('leaves out the ground when there is none', () => {
    const tekst = verantwoording({
      datum: '2026-11-23',
      stappen: [],
      advies: { besluit: 'nee', grond: null, voorwaarden: [], uitleg: [], bronnen: [] },
      normTitel: () => undefined,
    });
    expect(tekst).toContain('Besluit: Nee, niet delen');
    expect(tekst).not.toContain('Grond:');
  });
});
