/**
 * The name, place and institution lexicons used by the PERSOON, LOCATIE and INSTELLING recognisers, built
 * once on first use (not at import) so that importing the core stays cheap. Provenance and licences:
 * `lexicons/README.md`.
 */
import aanspreekvormen from '../../lexicons/aanspreekvormen.js';
import achternamenAanvulling from '../../lexicons/achternamen-aanvulling.js';
import achternamen from '../../lexicons/generated/achternamen.js';
import frequenteWoorden from '../../lexicons/generated/frequente-woorden.js';
import plaatsen from '../../lexicons/generated/plaatsen.js';
import voornamen from '../../lexicons/generated/voornamen.js';
import woorden from '../../lexicons/generated/woorden.js';
import instellingen from '../../lexicons/instellingen.js';
import namenOokWoord from '../../lexicons/namen-ook-woord.js';
import { parseLexicon, parseLexiconMap } from '../../lexicons/parse.js';
import regio from '../../lexicons/regio.js';
import voornamenAanvulling from '../../lexicons/voornamen-aanvulling.js';
import { tokenize } from '../../text/tokenize.js';

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** Whitespace-separated entries (comment lines skipped), lowercased. */
function wordList(source: string): string[] {
  return parseLexicon(source).flatMap((line) => line.split(/\s+/));
}

/** Generated modules: one entry per line, no comments. */
function lines(source: string): string[] {
  return source.split('\n');
}

const PARTICLES = new Set(['de', 'van', 'ter', 'ten', 'te', 'el', 'op', 'in', 'ait', 'den', 'der', 'het', "'t", 'al', 'la', 'le', 'du', 'da', 'di', 'von']);

export const firstNames = lazy(() => new Set([...lines(voornamen), ...wordList(voornamenAanvulling)]));
export const ambiguousFirstNames = lazy(() => new Set(wordList(namenOokWoord)));

/** Surnames, both as written after a first name (`de vries`) and as the capitalised core (`vries`). */
export const surnames = lazy(() => {
  const set = new Set<string>();
  const add = (name: string) => {
    set.add(name);
    const parts = name.split(' ');
    if (parts.length > 1) set.add(parts[parts.length - 1]!);
  };
  for (const n of lines(achternamen)) add(n);
  for (const line of parseLexicon(achternamenAanvulling)) {
    const first = line.split(/\s+/)[0]!;
    if (PARTICLES.has(first) && line.includes(' ')) add(line);
    else for (const w of line.split(/\s+/)) add(w);
  }
  return set;
});

/** The hand-written Dutch surnames only (curated: no ordinary words among them), particle forms included. */
export const curatedSurnames = lazy(() => {
  const set = new Set<string>();
  for (const line of parseLexicon(achternamenAanvulling)) {
    const first = line.split(/\s+/)[0]!;
    if (PARTICLES.has(first) && line.includes(' ')) set.add(line);
    else for (const w of line.split(/\s+/)) set.add(w);
  }
  return set;
});

/** A first name from the lists, or a hyphenated combination of them (`Henk-Jan`, `Anne-Marie`). */
export function isFirstName(lower: string): boolean {
  if (firstNames().has(lower)) return true;
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length <= 3 && parts.every((p) => firstNames().has(p));
}

/** OpenTaal base forms (lowercase); the big one, built only when a recogniser needs it. */
export const dutchWords = lazy(() => new Set(lines(woorden)));
export const frequentWords = lazy(() => new Set(lines(frequenteWoorden)));

/** Is this lowercase word an ordinary Dutch word (base form or one of the most frequent forms)? */
export function isOrdinaryWord(lower: string): boolean {
  return dutchWords().has(lower) || frequentWords().has(lower);
}

export type PlaceKind = 'plaats' | 'provincie' | 'regio' | 'gemeente' | 'wijk' | 'eiland';

/** Places keyed by lowercase name with single spaces (`den haag`, `wijk bij duurstede`). */
export const places = lazy(() => {
  const map = new Map<string, PlaceKind>();
  for (const p of lines(plaatsen)) map.set(p, 'plaats');
  for (const [name, kind] of parseLexiconMap(regio)) map.set(name, kind as PlaceKind);
  return map;
});
/** Longest place name in words, and the first words of multi-word places, for n-gram look-up. */
export const placeIndex = lazy(() => {
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const name of places().keys()) {
    const n = tokenize(name).filter((t) => t.kind === 'word').length;
    if (n > 1) firstWords.add(tokenize(name)[0]!.lower);
    maxWords = Math.max(maxWords, n);
  }
  return { maxWords, firstWords };
});

export type CueKind = 'titel' | 'aanhef' | 'rol';
export const cues = lazy(() => parseLexiconMap(aanspreekvormen) as Map<string, CueKind>);

/** Role nouns by their ending (`locatiemanager`, `werkconsulent`, `wijkverpleegkundige`). */
const ROLE_SUFFIXES = [
  'manager',
  'leider',
  'kundige',
  'consulent',
  'begeleider',
  'coach',
  'therapeut',
  'loog',
  'arts',
  'werker',
  'assistent',
  'assistente',
  'regisseur',
  'verzorgende',
  'patiënt',
  'patiënte',
  'patiëntje',
  'cliënt',
  'cliënte',
];

/** The kind of name cue a word is, if any: `mw`, `Beste`, `oud-patiënt`, `collega-chirurg`, `locatiemanager`. */
export function cueKind(lower: string): CueKind | undefined {
  const direct = cues().get(lower);
  if (direct) return direct;
  if (lower.includes('-')) {
    for (const part of lower.split('-')) {
      const k = cues().get(part);
      if (k === 'rol' || k === 'titel') return k;
    }
  }
  if (lower.length > 6 && ROLE_SUFFIXES.some((s) => lower.endsWith(s))) return 'rol';
  return undefined;
}

/** Capitalised words that are never a person, place or institution name on their own. */
export const NOT_A_NAME = new Set(
  [
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    'januari februari maart april mei juni juli augustus september oktober november december',
    'pasen pinksteren kerst kerstmis oud nieuwjaar koningsdag sinterklaas ramadan suikerfeest offerfeest',
    'facebook instagram twitter linkedin tiktok whatsapp youtube google snapchat signal telegram teams zoom',
    'god jezus allah heer here christus',
    'nederland belgië duitsland frankrijk marokko turkije suriname curaçao aruba polen syrië indonesië',
    'nederlands nederlandse engels engelse duits duitse frans franse marokkaans marokkaanse turks turkse',
    'ok oké ja nee hoi hallo dag beste geachte lieve dank bedankt sorry help',
  ]
    .join(' ')
    .split(' '),
);

export const TUSSENVOEGSEL_WORDS = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", 'in', 'op', 'uit', 'aan', 'von', 'la', 'le', 'du', 'da', 'di', 'dos', 'el', 'al']);

export interface InstitutionEntry {
  /** Lowercased token texts of the name. */
  tokens: string[];
  /** Short all-caps names (MEE, LUMC) only match in capitals. */
  capsOnly: boolean;
  /** The name is written with a lowercase first letter (`inGeest`), so lowercase text may match. */
  lowerStart: boolean;
  /** The name is also a first name or an ordinary word: needs an article/preposition before or a town after. */
  needsContext: boolean;
}

/** Institutions indexed by their first token (lowercase), longest first. */
export const institutions = lazy(() => {
  const index = new Map<string, InstitutionEntry[]>();
  for (const line of parseLexicon(instellingen, true)) {
    const [name, flag] = line.split(' | ');
    const toks = tokenize(name!.trim());
    const entry: InstitutionEntry = {
      tokens: toks.map((t) => t.lower),
      capsOnly: toks.length === 1 && toks[0]!.allCaps,
      lowerStart: /^\p{Ll}/u.test(name!.trim()),
      needsContext: flag?.trim() === 'context',
    };
    const key = entry.tokens[0]!;
    const list = index.get(key) ?? [];
    list.push(entry);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    index.set(key, list);
  }
  return index;
});
