/** Who would receive the information (contract `delen.md`). */
export const ONTVANGERS = [
  'rechtstreeks-betrokken',
  'vertegenwoordiger',
  'andere-hulpverlener',
  'mantelzorger',
  'naaste',
  'gemeente',
  'werkgever',
  'politie-justitie',
  'veilig-thuis',
  'publiek',
  'collegae-onderwijs',
] as const;
export type Ontvanger = (typeof ONTVANGERS)[number];

export const TOESTEMMINGEN = ['gegeven', 'geweigerd', 'niet-gevraagd', 'niet-mogelijk'] as const;
export type Toestemming = (typeof TOESTEMMINGEN)[number];

export const WETTELIJKE_GRONDEN = ['geen', 'meldplicht', 'meldrecht'] as const;
export type WettelijkeGrond = (typeof WETTELIJKE_GRONDEN)[number];

export const DEEL_KANALEN = ['beveiligd', 'mondeling', 'email', 'chat', 'sociale-media'] as const;
export type DeelKanaal = (typeof DEEL_KANALEN)[number];

export const BESLUITEN = ['ja', 'ja-onder-voorwaarden', 'eerst-toestemming-vragen', 'nee'] as const;
export type Besluit = (typeof BESLUITEN)[number];

export const GRONDEN = [
  'anoniem',
  'veronderstelde-toestemming',
  'vertegenwoordiger',
  'toestemming',
  'wettelijke-plicht',
  'meldrecht',
  'conflict-van-plichten',
] as const;
export type Grond = (typeof GRONDEN)[number];

export const VOORWAARDEN = [
  'alleen-noodzakelijke-gegevens',
  'beveiligd-kanaal',
  'vastleggen-in-dossier',
  'client-informeren',
  'collegiaal-overleg',
  'meldcode-stappen',
  'schriftelijke-toestemming',
] as const;
export type Voorwaarde = (typeof VOORWAARDEN)[number];

/** The question: may this client information be shared with this recipient, this way? */
export interface DeelVraag {
  ontvanger: Ontvanger;
  /** The information can be traced to the client (false: truly anonymous). */
  herleidbaar: boolean;
  toestemming: Toestemming;
  /** Present exactly when `toestemming` is `gegeven`: the client knew what, with whom, why and how far. */
  toestemmingGeinformeerd?: boolean;
  /** Present exactly when `toestemming` is `gegeven`: names this recipient and purpose. */
  toestemmingSpecifiek?: boolean;
  /** Present exactly when `toestemming` is `gegeven`: the client could refuse without consequences. */
  toestemmingVrij?: boolean;
  wettelijkeGrond: WettelijkeGrond;
  ernstigGevaar: boolean;
  /** The danger can only be averted or limited by sharing. */
  alleenDoorDelen: boolean;
  /** The purpose of sharing fits the purpose for which the information was obtained. */
  doelVerenigbaar: boolean;
  /** Only the information needed for that purpose would be shared. */
  alleenNoodzakelijk: boolean;
  kanaal: DeelKanaal;
}

/** The answer: a decision, the ground that carries a yes, conditions, explanation and cited norms. */
export interface DeelAdvies {
  besluit: Besluit;
  /** `null` with `nee` and `eerst-toestemming-vragen`. */
  grond: Grond | null;
  /** Sorted; empty with `nee` and `eerst-toestemming-vragen`. */
  voorwaarden: Voorwaarde[];
  /** Dutch sentences. */
  uitleg: string[];
  /** Norm ids from the knowledge base. */
  bronnen: string[];
}
