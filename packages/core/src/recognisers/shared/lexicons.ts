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
import stedenBuitenland from '../../lexicons/generated/steden-buitenland.js';
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
    // The last word of a multi-word name (no split: this runs for some 10,000 names at start-up).
    const space = name.lastIndexOf(' ');
    if (space >= 0) set.add(name.slice(space + 1));
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

/** Diminutive endings of first names: Marie-tje, Miep-je, Henk-ie (Marietje may be Mari+etje or Marie+tje). */
const DIMINUTIVES = ['etje', 'tje', 'pje', 'je', 'ie'];

/** A first name from the lists, or a hyphenated combination of them (`Henk-Jan`, `Anne-Marie`). */
export function isFirstName(lower: string): boolean {
  if (firstNames().has(lower)) return true;
  // Diminutives: `Daantje`, `Pietje`, `Marietje`, `Jantje`, `Miepje`, `Henkie` (all end in -je or -ie).
  if (lower.endsWith('je') || lower.endsWith('ie')) {
    for (const dim of DIMINUTIVES) {
      if (lower.endsWith(dim) && lower.length - dim.length >= (dim === 'ie' ? 3 : 2) && firstNames().has(lower.slice(0, -dim.length))) return true;
    }
  }
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length <= 3 && parts.every((p) => firstNames().has(p));
}

/**
 * OpenTaal base forms (lowercase). The generated list is sorted (UTF-16 order) and front-coded in blocks
 * (see `frontCode` in scripts/lexicons/build.ts): the blocks' first words are binary-searched and one block
 * of at most 32 words is decoded per look-up, so neither the whole list nor a 134,000-entry Set is built.
 */
export const dutchWords = lazy(() => {
  const blocks = woorden.split(' ');
  // A block's first word runs up to its first marker (a regex search: faster than a character loop that
  // still runs unoptimised at start-up).
  const heads = blocks.map((b) => {
    const i = b.search(MARKER);
    return i < 0 ? b : b.slice(0, i);
  });
  return {
    has(word: string): boolean {
      // Last block whose first word is at most `word`.
      let lo = 0;
      let hi = heads.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (heads[mid]! <= word) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return false;
      const block = blocks[lo - 1]!;
      let prev = heads[lo - 1]!;
      let pos = prev.length;
      while (prev < word && pos < block.length) {
        let end = pos + 1;
        while (end < block.length && !isMarker(block.charCodeAt(end))) end++;
        prev = prev.slice(0, block.charCodeAt(pos) - 65) + block.slice(pos + 1, end);
        pos = end;
      }
      return prev === word;
    },
  };
});
/** A capital starts a front-coded entry (the words themselves are lowercase). */
const isMarker = (c: number) => c >= 65 && c <= 90;
const MARKER = /[A-Z]/;
export const frequentWords = lazy(() => new Set(lines(frequenteWoorden)));

const ordinaryMemo = new Map<string, boolean>();

/** Is this lowercase word an ordinary Dutch word (base form or one of the most frequent forms)? */
export function isOrdinaryWord(lower: string): boolean {
  let known = ordinaryMemo.get(lower);
  if (known === undefined) {
    if (ordinaryMemo.size > 20000) ordinaryMemo.clear();
    known = frequentWords().has(lower) || dutchWords().has(lower);
    ordinaryMemo.set(lower, known);
  }
  return known;
}

export type PlaceKind = 'plaats' | 'provincie' | 'regio' | 'gemeente' | 'wijk' | 'eiland' | 'buitenland';

/** Places keyed by lowercase name with single spaces (`den haag`, `wijk bij duurstede`). */
export const places = lazy(() => {
  const map = new Map<string, PlaceKind>();
  for (const p of lines(stedenBuitenland)) map.set(p, 'buitenland');
  for (const p of lines(plaatsen)) map.set(p, 'plaats');
  // A town GeoNames already has stays a `plaats` (so it gets the full ambiguity check); provinces always win.
  for (const [name, kind] of parseLexiconMap(regio)) if (map.get(name) !== 'plaats' || kind === 'provincie') map.set(name, kind as PlaceKind);
  return map;
});

const COMPASS = new Set(['noord', 'zuid', 'oost', 'west', 'centrum', 'midden', 'noordoost', 'noordwest', 'zuidoost', 'zuidwest']);

/** The kind of a place name, including a town with a compass part (`rotterdam-zuid` → wijk). */
export function placeKind(key: string): PlaceKind | undefined {
  const direct = places().get(key);
  if (direct) return direct;
  const dash = key.lastIndexOf('-');
  if (dash > 0 && COMPASS.has(key.slice(dash + 1)) && places().get(key.slice(0, dash)) === 'plaats') return 'wijk';
  return undefined;
}
/** Longest place name in words, and the first words of multi-word places, for n-gram look-up. */
export const placeIndex = lazy(() => {
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const name of places().keys()) {
    if (!name.includes(' ')) continue;
    const words = name.split(' ');
    firstWords.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
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

/** A cue from the lexicon itself or a hyphenated form of one (`oud-patiënt`), not one guessed from its ending. */
export function isListedCue(lower: string): boolean {
  return cues().has(lower) || (lower.includes('-') && lower.split('-').some((p) => cues().has(p)));
}

const cueMemo = new Map<string, CueKind | null>();

/** The kind of name cue a word is, if any: `mw`, `Beste`, `oud-patiënt`, `collega-chirurg`, `locatiemanager`. */
export function cueKind(lower: string): CueKind | undefined {
  let kind = cueMemo.get(lower);
  if (kind === undefined) {
    if (cueMemo.size > 20000) cueMemo.clear();
    kind = computeCueKind(lower) ?? null;
    cueMemo.set(lower, kind);
  }
  return kind ?? undefined;
}

function computeCueKind(lower: string): CueKind | undefined {
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
