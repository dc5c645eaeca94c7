import { CASUSSEN } from '../casus/index.js';
import type { Doelgroep, Norm } from './types.js';
import { GGZ } from './data/ggz.js';
import { KNMG } from './data/knmg.js';
import { RVS } from './data/rvs.js';
import { VVN } from './data/vvn.js';
import { ZAKELIJK } from './data/zakelijk.js';

export type { Norm, Doelgroep, BronBestand } from './types.js';
export { BRONNEN } from './types.js';

/**
 * The knowledge base. Each source has its own data file in `norms/data/`; this module joins them and offers
 * look-ups. Adding a source: create the data file and list it here.
 */
const SOURCES: Norm[][] = [KNMG, VVN, GGZ, ZAKELIJK, RVS];

/** Case ids per norm id, derived from the norms each case in the case library cites. */
const CASUS_PER_NORM = new Map<string, string[]>();
for (const c of CASUSSEN) {
  for (const id of c.normen) CASUS_PER_NORM.set(id, [...(CASUS_PER_NORM.get(id) ?? []), c.id]);
}

export const NORMEN: readonly Norm[] = SOURCES.flat().map((n) => {
  const casussen = [...new Set([...(n.casussen ?? []), ...(CASUS_PER_NORM.get(n.id) ?? [])])];
  return casussen.length ? { ...n, casussen } : n;
});

const BY_ID = new Map(NORMEN.map((n) => [n.id, n]));

export function getNorm(id: string): Norm | undefined {
  return BY_ID.get(id);
}

export function hasNorm(id: string): boolean {
  return BY_ID.has(id);
}

export interface NormFilter {
  beroep?: Doelgroep;
  bron?: string;
  zoek?: string;
}

/** Norms filtered by profession (norms for `iedereen` always match), source file and free text. */
export function zoekNormen(filter: NormFilter = {}): Norm[] {
  const q = filter.zoek?.toLowerCase().trim();
  return NORMEN.filter((n) => {
    if (filter.beroep && !n.beroepen.includes(filter.beroep) && !n.beroepen.includes('iedereen')) return false;
    if (filter.bron && !n.bron.startsWith(filter.bron) && !n.id.startsWith(filter.bron)) return false;
    if (q) {
      const hay = `${n.id} ${n.titel} ${n.samenvatting} ${n.plaats} ${(n.trefwoorden ?? []).join(' ')}`.toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
}
