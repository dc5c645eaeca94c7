/**
 * No dangling norm ids anywhere: every string in the project's source that has the shape of a norm id must
 * name a norm in the knowledge base, and every norm cited at run time by the decision engines exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASUSSEN } from '../src/casus/index.js';
import { beoordeelDelen, DELEN_GRAAF } from '../src/delen/index.js';
import { hasNorm, NORMEN } from '../src/norms/index.js';
import { RULES } from '../src/rules/registry.js';
import { SITUATIES } from '../src/situaties/index.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PREFIXES = [...new Set(NORMEN.map((n) => n.id.split('.')[0]!))];
const ID_IN_SOURCE = new RegExp(`['"\`]((?:${PREFIXES.map((p) => p.replace(/[-.]/g, '\\$&')).join('|')})\\.[a-z0-9][a-z0-9.-]*)['"\`]`, 'g');

function* sourceFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir)) {
    if (e === 'node_modules' || e === 'dist' || e === 'generated') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (/\.(ts|tsx)$/.test(e)) yield p;
  }
}

describe('norm ids', () => {
  it('the knowledge base uses a handful of source prefixes', () => {
    expect(PREFIXES.length).toBeGreaterThanOrEqual(5);
  });

  it('every norm-shaped string in the source code of every package names an existing norm', () => {
    const dangling: string[] = [];
    for (const pkg of ['core', 'cli', 'server', 'web']) {
      for (const dir of ['src']) {
        let root: string;
        try {
          root = join(ROOT, 'packages', pkg, dir);
          statSync(root);
        } catch {
          continue;
        }
        for (const file of sourceFiles(root)) {
          if (file.endsWith('norm-ids-overal.test.ts')) continue;
          for (const m of readFileSync(file, 'utf8').matchAll(ID_IN_SOURCE)) {
            if (!hasNorm(m[1]!)) dangling.push(`${file.slice(ROOT.length)}: ${m[1]}`);
          }
        }
      }
    }
    expect(dangling).toEqual([]);
  });

  it('every rule cites existing norms', () => {
    for (const r of RULES) for (const n of r.norms) expect(hasNorm(n), `${r.id} → ${n}`).toBe(true);
  });

  it('every sub-norm points at an existing parent', () => {
    for (const n of NORMEN) if (n.onderdeelVan) expect(hasNorm(n.onderdeelVan), n.id).toBe(true);
  });

  it('every case cites existing norms', () => {
    for (const c of CASUSSEN) for (const n of c.normen) expect(hasNorm(n), `${c.id} → ${n}`).toBe(true);
  });

  it('every outcome of every situation and of the delen wizard cites existing norms', () => {
    for (const g of [...SITUATIES, DELEN_GRAAF]) {
      for (const u of g.uitkomsten) {
        expect(u.bronnen.length, `${g.id}/${u.id}`).toBeGreaterThan(0);
        for (const n of u.bronnen) expect(hasNorm(n), `${g.id}/${u.id} → ${n}`).toBe(true);
      }
    }
  });

  it('every advice of "Mag ik dit delen?" cites existing norms, over all recipients and grounds', () => {
    const ontvangers = ['rechtstreeks-betrokken', 'vertegenwoordiger', 'andere-hulpverlener', 'mantelzorger', 'naaste', 'gemeente', 'werkgever', 'politie-justitie', 'veilig-thuis', 'publiek', 'collegae-onderwijs'] as const;
    for (const ontvanger of ontvangers)
      for (const herleidbaar of [true, false])
        for (const toestemming of ['gegeven', 'geweigerd', 'niet-gevraagd', 'niet-mogelijk'] as const)
          for (const wettelijkeGrond of ['geen', 'meldplicht', 'meldrecht'] as const)
            for (const gevaar of [true, false]) {
              const advies = beoordeelDelen({
                ontvanger,
                herleidbaar,
                toestemming,
                ...(toestemming === 'gegeven' ? { toestemmingGeinformeerd: true, toestemmingSpecifiek: true, toestemmingVrij: gevaar } : {}),
                wettelijkeGrond,
                ernstigGevaar: gevaar,
                alleenDoorDelen: gevaar,
                doelVerenigbaar: !gevaar,
                alleenNoodzakelijk: gevaar,
                kanaal: gevaar ? 'chat' : 'beveiligd',
              });
              expect(advies.bronnen.length).toBeGreaterThan(0);
              for (const n of advies.bronnen) expect(hasNorm(n), `${ontvanger} → ${n}`).toBe(true);
            }
  });
});
