import { describe, expect, it } from 'vitest';
import { beantwoordCasus, CASUSSEN, filterCasussen, getCasus, kiesOefenset, THEMAS } from '../src/casus/index.js';
import { BRONNEN, hasNorm } from '../src/norms/index.js';
import { ROLLEN } from '../src/types.js';

describe('case library', () => {
  it('has at least 30 cases, from every source and at least 10 of its own', () => {
    expect(CASUSSEN.length).toBeGreaterThanOrEqual(30);
    for (const b of Object.keys(BRONNEN)) expect(CASUSSEN.some((c) => c.bron?.bestand === b), b).toBe(true);
    expect(CASUSSEN.filter((c) => !c.bron).length).toBeGreaterThanOrEqual(10);
  });

  it('has unique ids and well-formed cases', () => {
    const ids = CASUSSEN.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const doelgroepen: string[] = [...ROLLEN, 'iedereen'];
    for (const c of CASUSSEN) {
      expect(c.id, c.id).toMatch(/^casus\.[a-z0-9-]+$/);
      expect(hasNorm(c.id), c.id).toBe(false);
      for (const veld of [c.titel, c.situatie, c.vraag, c.uitleg]) expect(veld.trim(), c.id).not.toBe('');
      expect(c.opties.length, c.id).toBeGreaterThanOrEqual(2);
      const optieIds = c.opties.map((o) => o.id);
      expect(new Set(optieIds).size, c.id).toBe(optieIds.length);
      expect(optieIds, c.id).toContain(c.juist);
      for (const o of c.opties) expect(o.tekst.trim(), c.id).not.toBe('');
      expect(c.normen.length, c.id).toBeGreaterThan(0);
      for (const n of c.normen) expect(hasNorm(n), `${c.id} cites ${n}`).toBe(true);
      expect(c.beroepen.length, c.id).toBeGreaterThan(0);
      for (const b of c.beroepen) expect(doelgroepen, c.id).toContain(b);
      expect(THEMAS, c.id).toContain(c.thema);
      if (c.bron) {
        expect(Object.keys(BRONNEN), c.id).toContain(c.bron.bestand);
        expect(c.bron.plaats.trim(), c.id).not.toBe('');
      }
    }
  });

  it('does not always put the right answer in the same place', () => {
    const perPlek = new Map<string, number>();
    for (const c of CASUSSEN) perPlek.set(c.juist, (perPlek.get(c.juist) ?? 0) + 1);
    for (const aantal of perPlek.values()) expect(aantal).toBeLessThan(CASUSSEN.length * 0.6);
  });

  it('finds a case by id', () => {
    const c = CASUSSEN[0]!;
    expect(getCasus(c.id)).toBe(c);
    expect(getCasus('bestaat.niet')).toBeUndefined();
  });

  describe('beantwoordCasus', () => {
    const c = getCasus('casus.rvs-mantelzorger-wil-weten')!;

    it('accepts the right option and explains it', () => {
      const a = beantwoordCasus(c.id, c.juist);
      expect(a).toEqual({ juist: true, juisteOptie: c.juist, uitleg: c.uitleg, normen: c.normen });
    });

    it('rejects a wrong option and still names the right one', () => {
      const fout = c.opties.find((o) => o.id !== c.juist)!;
      const a = beantwoordCasus(c.id, fout.id);
      expect(a?.juist).toBe(false);
      expect(a?.juisteOptie).toBe(c.juist);
      expect(a?.normen).toContain('rvs-2017.mantelzorger');
    });

    it('returns undefined for an unknown case or option', () => {
      expect(beantwoordCasus('bestaat.niet', 'a')).toBeUndefined();
      expect(beantwoordCasus(c.id, 'z')).toBeUndefined();
    });

    it('does not let callers change the library through the answer', () => {
      beantwoordCasus(c.id, c.juist)!.normen.push('iets');
      expect(c.normen).not.toContain('iets');
    });
  });

  describe('kiesOefenset', () => {
    it('is deterministic for a seed', () => {
      const a = kiesOefenset(8, 42).map((c) => c.id);
      const b = kiesOefenset(8, 42).map((c) => c.id);
      expect(a).toEqual(b);
      expect(a).toHaveLength(8);
      expect(new Set(a).size).toBe(8);
    });

    it('varies with the seed', () => {
      const sets = new Set([1, 2, 3, 4, 5].map((s) => kiesOefenset(5, s).map((c) => c.id).join(',')));
      expect(sets.size).toBeGreaterThan(1);
    });

    it('respects the filter', () => {
      const set = kiesOefenset(5, 7, { beroep: 'arts' });
      expect(set.length).toBeGreaterThan(0);
      for (const c of set) expect(c.beroepen.includes('arts') || c.beroepen.includes('iedereen')).toBe(true);
      for (const c of kiesOefenset(50, 3, { thema: 'crisis' })) expect(c.thema).toBe('crisis');
      for (const c of kiesOefenset(50, 3, { norm: 'rvs-2017' })) {
        expect(c.normen.some((n) => n.startsWith('rvs-2017.'))).toBe(true);
      }
      expect(kiesOefenset(100, 1, { uitBron: false }).every((c) => !c.bron)).toBe(true);
      const fotos = filterCasussen({ norm: 'vvn.nbc-2.10' }).map((c) => c.id);
      expect(fotos).toContain('casus.vvn-fotos-psychogeriatrie');
      expect(filterCasussen({ norm: 'vvn.nbc-2.1' })).toEqual([]);
    });

    it('returns at most what the filter allows, and nothing for zero', () => {
      const alle = filterCasussen({ thema: 'crisis' });
      expect(kiesOefenset(1000, 9, { thema: 'crisis' })).toHaveLength(alle.length);
      expect(kiesOefenset(0, 9)).toEqual([]);
    });

    it('does not reorder the library itself', () => {
      const voor = CASUSSEN.map((c) => c.id);
      kiesOefenset(10, 123);
      expect(CASUSSEN.map((c) => c.id)).toEqual(voor);
    });
  });
});
