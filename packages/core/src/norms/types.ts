import type { Rol } from '../types.js';

/** The five source documents (file names as in the project's seeds). */
export const BRONNEN = {
  '000_5d20bc3ec9fcd0d7.txt': 'NIP/NVvP — online beroepsethiek in de ggz',
  '001_e4af458532752ae5.txt': 'V&VN — sociale media op een verantwoorde manier',
  '002_4b5ea684562cd2bf.txt': 'Like ik berichten van mijn cliënten? (zakelijk account)',
  '003_af71d4cb414cffa6.txt': 'KNMG — Artsen en social media',
  '004_ecc0cf79778dc46a.txt': 'RVS — beroepsgeheim en privacy in netwerkzorg',
} as const;
export type BronBestand = keyof typeof BRONNEN;

/** Who a norm binds: a role from the corpus format, or everyone. */
export type Doelgroep = Rol | 'iedereen';

/** One norm, paraphrased in the project's own words. */
export interface Norm {
  /** Stable id, e.g. `knmg-2017.aanbeveling-2.1`. Never renamed once published. */
  id: string;
  /** Seed file name. */
  bron: BronBestand;
  /** Place in the source: section, article, recommendation, paragraph title. */
  plaats: string;
  /** Professions it binds. */
  beroepen: Doelgroep[];
  /** Short title (Dutch). */
  titel: string;
  /** Summary in the project's own words (Dutch), never a copied sentence. */
  samenvatting: string;
  /** Ids of cases in the case library that illustrate the norm (may be empty). */
  casussen?: string[];
  /** Parent norm id for sub-points. */
  onderdeelVan?: string;
  /** Free keywords for search. */
  trefwoorden?: string[];
}
