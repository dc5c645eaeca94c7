import type { Doelgroep } from '../norms/types.js';
import { EIGEN_CASUSSEN } from './eigen.js';
import type { Casus, Thema } from './types.js';
import { CASUSSEN_UIT_BRONNEN } from './uit-bronnen.js';

export { THEMAS, type Casus, type CasusOptie, type Thema } from './types.js';

/** Small stable string hash (FNV-1a), used to place answer options. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Rotates a case's options by an amount derived from its id and relabels them a, b, c …, so the right answer
 * does not sit in the same place in every case (the data lists options in a natural reading order).
 */
function plaatsOpties(c: Casus): Casus {
  const n = c.opties.length;
  const r = hash(c.id) % n;
  const gedraaid = c.opties.map((_, i) => c.opties[(i + r) % n]!);
  const juistIndex = gedraaid.findIndex((o) => o.id === c.juist);
  return {
    ...c,
    opties: gedraaid.map((o, i) => ({ id: String.fromCharCode(97 + i), tekst: o.tekst })),
    juist: String.fromCharCode(97 + juistIndex),
  };
}

/** The case library: every case from the sources, then the project's own cases. */
export const CASUSSEN: readonly Casus[] = [...CASUSSEN_UIT_BRONNEN, ...EIGEN_CASUSSEN].map(plaatsOpties);

const BY_ID = new Map(CASUSSEN.map((c) => [c.id, c]));

export function getCasus(id: string): Casus | undefined {
  return BY_ID.get(id);
}

export interface CasusAntwoord {
  juist: boolean;
  juisteOptie: string;
  uitleg: string;
  normen: string[];
}

/** Checks an answer. Undefined when the case or the option does not exist. */
export function beantwoordCasus(id: string, optieId: string): CasusAntwoord | undefined {
  const casus = BY_ID.get(id);
  if (!casus || !casus.opties.some((o) => o.id === optieId)) return undefined;
  return { juist: optieId === casus.juist, juisteOptie: casus.juist, uitleg: casus.uitleg, normen: [...casus.normen] };
}

export interface CasusFilter {
  /** Cases for this profession (cases for `iedereen` always match). */
  beroep?: Doelgroep;
  thema?: Thema;
  /** Norm id or norm-id prefix (e.g. `rvs-2017` or `vvn.nbc-2.10`): cases citing a matching norm. */
  norm?: string;
  /** Only cases from the sources (`true`) or only the project's own (`false`). */
  uitBron?: boolean;
}

export function filterCasussen(filter: CasusFilter = {}): Casus[] {
  return CASUSSEN.filter((c) => {
    if (filter.beroep && !c.beroepen.includes(filter.beroep) && !c.beroepen.includes('iedereen')) return false;
    if (filter.thema && c.thema !== filter.thema) return false;
    if (filter.norm !== undefined) {
      const p = filter.norm;
      if (!c.normen.some((n) => n === p || n.startsWith(p + '.'))) return false;
    }
    if (filter.uitBron !== undefined && (c.bron !== undefined) !== filter.uitBron) return false;
    return true;
  });
}

/** Small deterministic PRNG (mulberry32); core takes the seed from the caller instead of using Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A practice set of `aantal` distinct cases, chosen deterministically from `seed` (same seed and filter, same
 * set in the same order). Returns fewer when the filter leaves fewer cases.
 */
export function kiesOefenset(aantal: number, seed: number, filter?: CasusFilter): Casus[] {
  const pool = filterCasussen(filter);
  const n = Math.max(0, Math.min(Math.floor(aantal), pool.length));
  const rnd = mulberry32(Math.floor(seed));
  // Partial Fisher–Yates: the first n positions become the sample.
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rnd() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}
