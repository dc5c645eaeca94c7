/**
 * Shared vocabulary of the checker: the context a text is sent in, the span labels (what identifies or is
 * sensitive) and the item labels (what a reviewer would flag). Values follow the corpus format and the
 * batch contract (docs/contracts/check.md in this repo).
 */

export const KANALEN = [
  'twitter',
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'blog',
  'forum',
  'zorgkaart-reactie',
  'whatsapp',
  'sms',
  'email',
  'facebook-bericht',
  'linkedin-bericht',
] as const;
export type Kanaal = (typeof KANALEN)[number];

export const ZICHTBAARHEDEN = ['openbaar', 'besloten', 'prive'] as const;
export type Zichtbaarheid = (typeof ZICHTBAARHEDEN)[number];

export const ROLLEN = [
  'arts',
  'verpleegkundige',
  'verzorgende',
  'psycholoog',
  'psychiater',
  'psychotherapeut',
  'sociaal-werker',
  'jeugdzorgwerker',
  'wijkteamlid',
  'student',
] as const;
export type Rol = (typeof ROLLEN)[number];

export const RICHTINGEN = ['uitgaand', 'inkomend'] as const;
export type Richting = (typeof RICHTINGEN)[number];

/** The context a text is written or received in. Every field is optional; defaults are documented in `resolveContext`. */
export interface CheckContext {
  kanaal?: Kanaal;
  zichtbaarheid?: Zichtbaarheid;
  rol?: Rol;
  richting?: Richting;
}

export const SPAN_LABELS = [
  'PERSOON',
  'LEEFTIJD',
  'DATUM',
  'LOCATIE',
  'INSTELLING',
  'TELEFOON',
  'EMAIL',
  'URL',
  'BSN',
  'ID',
  'GEZONDHEID',
] as const;
export type SpanLabel = (typeof SPAN_LABELS)[number];

/** Span labels that on their own point at one person (the corpus README's "direct identifiers"). */
export const DIRECT_IDENTIFIERS: readonly SpanLabel[] = ['PERSOON', 'TELEFOON', 'EMAIL', 'BSN', 'ID', 'LOCATIE', 'DATUM'];

export const ITEM_LABELS = [
  'herleidbaar',
  'gezondheidsgegevens',
  'beeldmateriaal',
  'denigrerend',
  'klacht-openbaar',
  'individueel-advies',
  'onveilig-kanaal',
  'persoonlijke-relatie',
  'crisis',
] as const;
export type ItemLabel = (typeof ITEM_LABELS)[number];

export const SEVERITIES = ['fout', 'waarschuwing', 'tip'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A labelled passage; offsets are UTF-16 code units into the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
  label: SpanLabel;
  text: string;
}

/**
 * What a recogniser found, before overlaps are resolved: a span plus how sure the recogniser is (0..1),
 * which recogniser fired, and why (a Dutch sentence a user can read).
 */
export interface Detection extends Span {
  recogniser: string;
  score: number;
  explanation: string;
}

export interface Finding {
  /** Stable rule id, e.g. `herleidbaar.naam`. */
  rule: string;
  label: ItemLabel;
  severity: Severity;
  start: number;
  end: number;
  /** Plain Dutch, in the project's own words. */
  message: string;
  /** Ids of the norms this finding rests on (at least one). */
  norms: string[];
  suggestion?: string;
}

export interface CheckResult {
  spans: Span[];
  labels: ItemLabel[];
  findings: Finding[];
  anonymized: string;
}
