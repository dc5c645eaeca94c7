import { describe, expect, it } from 'vitest';
import { CASUSSEN } from '../src/casus/index.js';
import { BRONNEN, getNorm, hasNorm, NORMEN, zoekNormen } from '../src/norms/index.js';
import { ROLLEN } from '../src/types.js';

const ID = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const PREFIX: Record<string, string> = {
  '003_af71d4cb414cffa6.txt': 'knmg-2017.',
  '001_e4af458532752ae5.txt': 'vvn.',
  '000_5d20bc3ec9fcd0d7.txt': 'ggz.',
  '002_4b5ea684562cd2bf.txt': 'zakelijk.',
  '004_ecc0cf79778dc46a.txt': 'rvs-2017.',
};

describe('norms knowledge base', () => {
  it('has unique ids that follow the scheme and the prefix of their source', () => {
    const ids = NORMEN.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of NORMEN) {
      expect(n.id, n.id).toMatch(ID);
      expect(n.id.startsWith(PREFIX[n.bron]!), n.id).toBe(true);
    }
  });

  it('fills every field', () => {
    const doelgroepen: string[] = [...ROLLEN, 'iedereen'];
    for (const n of NORMEN) {
      expect(n.plaats.trim(), n.id).not.toBe('');
      expect(n.titel.trim(), n.id).not.toBe('');
      expect(n.samenvatting.trim().length, n.id).toBeGreaterThan(20);
      expect(n.beroepen.length, n.id).toBeGreaterThan(0);
      for (const b of n.beroepen) expect(doelgroepen, n.id).toContain(b);
      for (const t of n.trefwoorden ?? []) expect(t.trim(), n.id).not.toBe('');
    }
  });

  it('cites only the five source files, and every source has norms', () => {
    const bronnen = Object.keys(BRONNEN);
    expect(bronnen).toHaveLength(5);
    for (const n of NORMEN) expect(bronnen).toContain(n.bron);
    for (const b of bronnen) expect(NORMEN.some((n) => n.bron === b), b).toBe(true);
  });

  it('has the ids other modules and the sharing contract rely on', () => {
    for (const id of [
      'rvs-2017.beroepsgeheim.doorbreken',
      'knmg-2017.aanbeveling-2',
      'knmg-2017.aanbeveling-2.1',
      'knmg-2017.aanbeveling-2.2',
      'vvn.nbc-2.10.foto',
      'vvn.nbc-2.12.geen-vrienden',
      'ggz.crisis-analoog',
      'zakelijk.account.prive-berichten',
      'rvs-2017.toestemming.vrij',
      'rvs-2017.mantelzorger',
    ]) {
      expect(hasNorm(id), id).toBe(true);
    }
    expect(getNorm('rvs-2017.beroepsgeheim.doorbreken')?.samenvatting).toMatch(/toestemming/);
    expect(getNorm('bestaat.niet')).toBeUndefined();
  });

  it('covers all nine KNMG recommendations and all six V&VN articles', () => {
    for (let i = 1; i <= 9; i++) expect(hasNorm(`knmg-2017.aanbeveling-${i}`), `aanbeveling ${i}`).toBe(true);
    for (const a of ['nbc-2.2', 'nbc-2.10', 'nbc-2.12', 'art-4', 'nbc-3.6', 'nbc-3.8']) {
      expect(hasNorm(`vvn.${a}`), a).toBe(true);
      expect(NORMEN.some((n) => n.onderdeelVan === `vvn.${a}`), `points of ${a}`).toBe(true);
    }
  });

  it('resolves every onderdeelVan (without cycles) and every casussen id', () => {
    const cases = new Set(CASUSSEN.map((c) => c.id));
    for (const n of NORMEN) {
      const seen = new Set<string>([n.id]);
      let parent = n.onderdeelVan;
      while (parent) {
        expect(hasNorm(parent), `${n.id} → ${parent}`).toBe(true);
        expect(seen.has(parent), `cycle at ${parent}`).toBe(false);
        seen.add(parent);
        parent = getNorm(parent)?.onderdeelVan;
      }
      for (const c of n.casussen ?? []) expect(cases.has(c), `${n.id} → ${c}`).toBe(true);
    }
  });

  it('links cases back to the norms they illustrate', () => {
    const n = getNorm('rvs-2017.mantelzorger');
    expect(n?.casussen?.length).toBeGreaterThan(0);
    for (const id of n?.casussen ?? []) {
      expect(CASUSSEN.find((c) => c.id === id)?.normen).toContain('rvs-2017.mantelzorger');
    }
  });

  describe('zoekNormen', () => {
    it('returns everything without a filter', () => {
      expect(zoekNormen()).toHaveLength(NORMEN.length);
    });

    it('filters by profession, keeping norms for everyone', () => {
      const arts = zoekNormen({ beroep: 'arts' });
      expect(arts.some((n) => n.id.startsWith('knmg-2017.'))).toBe(true);
      expect(arts.some((n) => n.id.startsWith('rvs-2017.'))).toBe(true);
      expect(arts.some((n) => n.id.startsWith('vvn.'))).toBe(false);
      for (const n of arts) expect(n.beroepen.includes('arts') || n.beroepen.includes('iedereen')).toBe(true);
    });

    it('filters by source file or id prefix', () => {
      const perBestand = zoekNormen({ bron: '001_e4af458532752ae5.txt' });
      expect(perBestand.length).toBeGreaterThan(0);
      expect(perBestand.every((n) => n.id.startsWith('vvn.'))).toBe(true);
      expect(zoekNormen({ bron: 'ggz' }).every((n) => n.bron === '000_5d20bc3ec9fcd0d7.txt')).toBe(true);
    });

    it('searches free text case-insensitively in titles, summaries and keywords', () => {
      const hits = zoekNormen({ zoek: 'MANTELZORGER' }).map((n) => n.id);
      expect(hits).toContain('rvs-2017.mantelzorger');
      expect(zoekNormen({ zoek: 'veilig thuis' }).map((n) => n.id)).toContain('rvs-2017.meldcode');
      expect(zoekNormen({ zoek: 'xyzzy-bestaat-niet' })).toEqual([]);
    });

    it('combines filters', () => {
      const hits = zoekNormen({ beroep: 'verpleegkundige', zoek: 'foto' });
      expect(hits.map((n) => n.id)).toContain('vvn.nbc-2.10.foto');
      expect(hits.some((n) => n.id.startsWith('ggz.'))).toBe(false);
    });
  });
});
