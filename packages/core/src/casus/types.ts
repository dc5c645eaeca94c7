import type { BronBestand, Doelgroep } from '../norms/types.js';

/** Themes that group the cases for practice sets. */
export const THEMAS = [
  'vertrouwelijkheid',
  'grenzen',
  'professioneel-gedrag',
  'collega-aanspreken',
  'kanaal',
  'delen',
  'crisis',
  'werkgever',
] as const;
export type Thema = (typeof THEMAS)[number];

export interface CasusOptie {
  id: string;
  tekst: string;
}

/** One case for learning: a situation, a question, answer options and the reasoning behind the right one. */
export interface Casus {
  /** Stable id, e.g. `casus.knmg-neef-herkent-patient` or `casus.eigen-uitslag-via-whatsapp` (never a norm id). */
  id: string;
  titel: string;
  /** Where the case comes from; absent for the project's own cases. */
  bron?: { bestand: BronBestand; plaats: string };
  /** The story, retold in the project's own words. */
  situatie: string;
  /** The question to the learner. */
  vraag: string;
  opties: CasusOptie[];
  /** Id of the right option. */
  juist: string;
  /** Why that option is right. */
  uitleg: string;
  /** Norm ids the case illustrates. */
  normen: string[];
  beroepen: Doelgroep[];
  thema: Thema;
}

/** Builds options with ids a, b, c, … in the given order. */
export function opties(...teksten: string[]): CasusOptie[] {
  return teksten.map((tekst, i) => ({ id: String.fromCharCode(97 + i), tekst }));
}
