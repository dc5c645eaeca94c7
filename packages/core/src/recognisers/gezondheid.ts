import {
  GEZONDHEID_KOPPEN,
  GEZONDHEID_LEXICON,
  GEZONDHEID_MEETWAARDEN,
  GEZONDHEID_STAARTEN,
  type GezondheidCategorie,
} from '../lexicons/gezondheid.js';
import { parseLexicon } from '../lexicons/parse.js';
import { wordsAfter, wordsBefore, type AnalysedText } from '../text/document.js';
import { isSentenceEndMark, tokenize, type Token } from '../text/tokenize.js';
import type { Detection } from '../types.js';
import { contextScore, explainContext } from './context.js';
import { isOrdinaryWord } from './shared/lexicons.js';
import type { Recogniser } from './types.js';

/**
 * Specific health facts: diagnoses, conditions, treatments, medication, test results (and the value after
 * a measurement word), findings, pregnancy complications, death, forensic and protective measures, and the
 * social-domain facts the corpus treats as sensitive (debts, guardianship).
 *
 * Matching (built once at module load, then one Map look-up per token):
 * - lexicon terms token by token, longest first; acronyms in capitals match only in capitals;
 * - Dutch morphology: plural -en/-s is stripped, diacritics are folded (suïcide = suicide);
 * - compounds: a listed head at the end of a longer word (borst|kanker, mamma|operatie) → the whole word;
 *   a listed term followed by a known tail (delier|preventie) or in a hyphenated word
 *   (pneumothorax-randje) → only the term;
 * - eponyms: `ziekte van X`, `syndroom van X` with X capitalised;
 * - a number after a measurement word (`cholesterol is 7,2`, `totaal IQ 84`) is a test result.
 * Hashtags are topics, not facts about a person, and are skipped.
 *
 * Scoring heuristic (see `beoordeel`): each category has a base score (0.6–0.65; symptoms and substances
 * 0.45, below the threshold, since "koorts" or "cocaïne" alone says little about anyone). Words that tie the
 * term to a person raise it by 0.2: specific persons and care words within eight words (hij, zij, uw, heeft,
 * lijdt, patiënt, meneer, opgenomen, diagnose …) and possessives or `met` right before it (je angst, zijn
 * suikers, met een hartinfarct). Words that mark a general or educational statement (mensen, iedereen,
 * ouders, jongeren, voorlichting, preventie, verdenking, tips, lezing, aantal …, or `over` right before the
 * term, or a group such as `mensen met`) lower it by 0.4, which outweighs a raise: a health word in a
 * statement about no one in particular is not reported. Questions often address anyone, so they score
 * lower unless something ties them to a person.
 */
const BASIS: Record<GezondheidCategorie, number> = {
  aandoening: 0.65,
  psychiatrie: 0.65,
  verslaving: 0.65,
  middelen: 0.45,
  behandeling: 0.6,
  medicatie: 0.6,
  onderzoek: 0.6,
  bevinding: 0.6,
  zwangerschap: 0.6,
  overlijden: 0.6,
  forensisch: 0.65,
  sociaal: 0.6,
  symptoom: 0.45,
};
const CATEGORIENAAM: Record<GezondheidCategorie, string> = {
  aandoening: 'aandoening',
  psychiatrie: 'psychische aandoening',
  verslaving: 'verslaving',
  middelen: 'middelengebruik',
  behandeling: 'behandeling of ingreep',
  medicatie: 'medicatie',
  onderzoek: 'onderzoek of uitslag',
  bevinding: 'bevinding',
  zwangerschap: 'zwangerschap of bevalling',
  overlijden: 'overlijden',
  forensisch: 'maatregel, dwang of geweld',
  sociaal: 'schulden of woonsituatie',
  symptoom: 'klacht of symptoom',
};

/** Any character outside ASCII (a loop: this runs for every token, where a regex test cost more). */
function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return true;
  return false;
}
/** Lowercase with diacritics removed (suïcide → suicide); plain ASCII words skip the costly normalisation. */
const fold = (s: string) => {
  const l = s.toLowerCase();
  return hasNonAscii(l) ? l.normalize('NFD').replace(/\p{M}/gu, '') : l;
};
/** Fold a token's already lowercased text (cheaper than `fold` on the original). */
const foldLower = (l: string) => (hasNonAscii(l) ? l.normalize('NFD').replace(/\p{M}/gu, '') : l);

interface Entry {
  /** Folded tokens of the term (punctuation included, e.g. covid - 19). */
  tokens: string[];
  /** Original tokens when the term is an all-caps acronym that must match in capitals. */
  exact: string[] | null;
  categorie: GezondheidCategorie;
}

const SIMPLE_WORD = /^\p{L}+$/u;
const BY_FIRST = new Map<string, Entry[]>();
/** Single-token terms, folded, for the morphology steps. */
const SINGLE = new Map<string, GezondheidCategorie>();
for (const [categorie, source] of Object.entries(GEZONDHEID_LEXICON) as Array<[GezondheidCategorie, string]>) {
  for (const term of parseLexicon(source, true)) {
    const toks = SIMPLE_WORD.test(term) ? [term] : tokenize(term).map((t) => t.text);
    const acronym = /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(term);
    const entry: Entry = { tokens: toks.map(fold), exact: acronym ? toks : null, categorie };
    const key = entry.tokens[0]!;
    const list = BY_FIRST.get(key) ?? [];
    list.push(entry);
    BY_FIRST.set(key, list);
    if (toks.length === 1 && !acronym) SINGLE.set(key, categorie);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
/** Head, category and (optionally) the only word endings allowed before it (hart|operatie, not fusie|operatie). */
type Kop = [string, GezondheidCategorie, string[] | null];
const KOPPEN: Kop[] = parseLexicon(GEZONDHEID_KOPPEN).map((l) => {
  const [head, cat, voor] = l.split('|').map((s) => s.trim());
  return [fold(head!), cat as GezondheidCategorie, voor ? voor.split(/\s+/).map(fold) : null];
});
const STAARTEN = parseLexicon(GEZONDHEID_STAARTEN).map(fold);
/** Heads and tails indexed by their last four letters, so a word needs one look-up instead of a scan. */
const bySuffix = <T extends string | Kop>(items: T[]) => {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const w = typeof it === 'string' ? it : it[0];
    const k = w.slice(-4);
    m.set(k, [...(m.get(k) ?? []), it]);
  }
  return m;
};
const KOPPEN_OP_EIND = bySuffix(KOPPEN);
const STAARTEN_OP_EIND = bySuffix(STAARTEN);
const MEETWAARDEN = new Set(parseLexicon(GEZONDHEID_MEETWAARDEN).map(fold));
const WAARDE = /^\s*(?:van\s+(?:meneer|mevrouw|hem|haar|de\s+patiënte?|de\s+cliënte?)\s+)?(?:(?:is|was|waren|van|op|nu|vandaag|gisteren|vanochtend|vanmorgen|vanmiddag|weer|opnieuw|bedraagt|bedroeg|gemeten|zakte|daalde|steeg|tot|naar|rond|boven|onder|ligt|lag|:|=)\s*){0,3}(\d+(?:[.,]\d+)?(?:\/\d+)?)(?![\p{N}]|[.,\-/]\p{N}|\s*(?:jaar|keer|uur|minuten|dagen|weken)(?![\p{L}]))/iu;
/** Second halves of hyphenated words that turn a health term into the name of a place, team or service. */
const NIET_FEIT = new Set([
  'afdeling', 'team', 'zorg', 'poli', 'polikliniek', 'kliniek', 'centrum', 'unit', 'huis', 'verpleegkundige', 'specialist',
  'consulent', 'cafe', 'vereniging', 'fonds', 'week', 'dag', 'app', 'apparatuur', 'protocol', 'richtlijn', 'training',
]);
/** Tails of compounds that name an activity aimed at many people rather than one person's condition. */
const VOOR_VELEN = new Set(['screening', 'preventie', 'onderzoek', 'diagnostiek']);
/** Compound measurement words: lithiumspiegel, suikerwaarde, ijzergehalte. */
const MEET_EIND = /(?:spiegel|waarde|waarden|gehalte)$/;
const EMOTIE = new Set(['angst', 'angsten']);
const EMOTIE_NA = new Set(['voor', 'om', 'dat', 'van']);
const EPONIEM_KOP = new Set(['ziekte', 'syndroom']);

const recogniser: Recogniser = {
  id: 'gezondheid.lexicon',
  label: 'GEZONDHEID',
  beschrijving:
    'Gezondheidsgegevens over een persoon: diagnoses, aandoeningen, behandelingen, medicatie, uitslagen, opname, maatregelen als tbs en gevoelige sociale feiten als schulden.',
  context: {
    verhogen: [
      'hij', 'zij', 'uw', 'heeft', 'kreeg', 'krijgt', 'lijdt', 'leed', 'patiënt', 'patiënte', 'patient', 'patiente', 'cliënt',
      'cliënte', 'client', 'cliente', 'meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'bewoner', 'bewoonster', 'opgenomen',
      'gediagnosticeerd', 'diagnose', 'vastgesteld', 'behandeld', 'gestart', 'starten', 'zoon', 'dochter', 'moeder', 'vader',
    ],
    verlagen: [
      'mensen', 'iedereen', 'allemaal', 'wist', 'ouders', 'jongeren', 'algemeen', 'algemene', 'voorlichting', 'preventie', 'verdenking',
      'informatie', 'tip', 'tips', 'webinar', 'symposium', 'congres', 'lezing', 'nascholing', 'cursus', 'richtlijn', 'studie',
      'wetenschappelijk', 'iemand', 'nederlanders', 'landelijk', 'gemiddeld', 'risico', 'podcast', 'artikel',
      'rivm', 'ggd', 'training', 'scholing', 'workshop', 'e-learning', 'voorkom', 'voorkomen', 'herken', 'herkennen', 'vergoeding',
      'vergoed', 'aantal', 'cijfers', 'percentage', 'procent', 'vaccineren', 'vaccinatie', 'gebied', 'domein', 'meldcode',
      'meldcodes', 'professionals', 'hulpverleners', 'beleid', 'vacature', 'ervaring', 'zoeken', 'generalist',
    ],
  },
  recognise(doc: AnalysedText): Detection[] {
    const out: Detection[] = [];
    const tokens = doc.tokens;
    const keys = tokens.map((t) => (t.kind === 'word' || t.kind === 'number' ? foldLower(t.lower) : ''));
    const push = (start: number, end: number, categorie: GezondheidCategorie, hoe: string) =>
      out.push(beoordeel(doc, start, end, BASIS[categorie], `${hoe} (${CATEGORIENAAM[categorie]}).`, categorie === 'symptoom'));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      const key = keys[i]!;
      // 1. Lexicon terms, longest first.
      const entry = firstMatch(BY_FIRST.get(key), tokens, keys, i);
      if (entry) {
        const last = tokens[i + entry.tokens.length - 1]!;
        // "angst voor de gevolgen", "angst om fouten te maken": an everyday fear, not an anxiety disorder.
        if (EMOTIE.has(key) && EMOTIE_NA.has(keys[nextWord(tokens, i)] ?? '')) continue;
        push(t.start, last.end, entry.categorie, `'${doc.text.slice(t.start, last.end)}' staat in de lijst met gezondheidstermen`);
        waarde(doc, last, entry.tokens.join(''), out);
        i += entry.tokens.length - 1;
        continue;
      }
      if (t.kind !== 'word') continue;
      // 2. Eponyms: ziekte/syndroom van + capitalised name(s).
      const eponiem = EPONIEM_KOP.has(key) ? eponymEnd(tokens, i) : -1;
      if (eponiem > i) {
        push(t.start, tokens[eponiem]!.end, 'aandoening', `'${doc.text.slice(t.start, tokens[eponiem]!.end)}' is een ziekte met een eigennaam`);
        i = eponiem;
        continue;
      }
      // 3. Morphology and compounds.
      // Plurals, compounds and hyphenated words are all longer than five letters.
      const m = key.length > 5 ? morphology(key) : null;
      if (m) {
        const start = t.start + m.from;
        const end = m.to < 0 ? t.end : t.start + m.to;
        push(start, end, m.categorie, `'${doc.text.slice(start, end)}' is ${m.hoe}`);
        waarde(doc, t, key, out);
        continue;
      }
      // 4. A measurement word not in the lexicon itself (IQ): only its value is a fact.
      if (MEETWAARDEN.has(key)) {
        waarde(doc, t, key, out);
        continue;
      }
      // 5. A typo in a long term ("schizofernie", "parkinsson"): one letter off, and no Dutch word itself.
      const bedoeld = key.length >= TIKFOUT_MIN ? tikfout(key) : undefined;
      if (bedoeld && !isOrdinaryWord(key)) {
        const categorie = SINGLE.get(bedoeld)!;
        out.push(beoordeel(doc, t.start, t.end, BASIS[categorie] - 0.1, `'${t.text}' lijkt een tikfout voor '${bedoeld}' (${CATEGORIENAAM[categorie]}).`, categorie === 'symptoom'));
      }
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Drie jaar na zijn longkanker-diagnose is hij overleden.', span: 'longkanker' },
      { tekst: 'Meneer heeft tbs en moet geopereerd worden.', span: 'tbs' },
      { tekst: 'Uw cholesterol is 7,2 mmol/l.', span: '7,2' },
      { tekst: 'Uw cholesterol is 7,2 mmol/l.', span: 'cholesterol' },
      { tekst: 'Zijn dementie gaat hard achteruit.', span: 'dementie' },
      { tekst: 'Ze had vorige week een borstkankeroperatie.', span: 'borstkankeroperatie' },
      { tekst: 'Wie ziet het pneumothorax-randje op de foto?', span: 'pneumothorax' },
      { tekst: 'Het nieuwe protocol voor delierpreventie werkt.', span: 'delier' },
      { tekst: 'Hij leed aan de ziekte van Lyme.', span: 'ziekte van Lyme' },
      { tekst: 'Zijn suikers waren te hoog.', span: 'suikers' },
      { tekst: 'Verslag IQ-onderzoek: totaal IQ 84.', span: '84' },
      { tekst: 'Mijn cliënt is depressief sinds de scheiding.', span: 'depressief' },
      { tekst: 'Patiënte lijdt aan ALS.', span: 'ALS' },
      { tekst: 'Wat je vertelt over de paniekaanvallen in de trein snap ik goed.', span: 'paniekaanvallen' },
      { tekst: 'Hij heeft sinds zijn twintigste schizofernie.', span: 'schizofernie' },
      { tekst: 'Zijn clozapinespiegel is te hoog, de clozapine wordt verlaagd.', span: 'clozapine' },
      { tekst: 'Na haar darmkankerbehandeling is ze weer aan het werk.', span: 'darmkanker' },
      { tekst: 'Meneer, uw INR was vanochtend 3,9.', span: '3,9' },
      { tekst: 'Zijn dochtertje heeft krentenbaard.', span: 'krentenbaard' },
    ],
    vindtNiet: [
      'Bel bij verdenking van een beroerte altijd 112.',
      'Ouders vragen of een dieet helpt bij ADHD.',
      'Mensen vragen vaak of ze met koorts kunnen sporten.',
      'Als het regent blijven we binnen.',
      'Hij moet na de operatie even rusten.',
      'Wat een leuke #dementie-vriendelijke middag!',
      'Ik heb hoofdpijn van al dat vergaderen.',
      'Die buurvrouw is echt borderline ofzo.',
      'Gordelroos is pijnlijk, maar gaat meestal vanzelf over.',
      'Een delier ontstaat plotseling en wisselt over de dag.',
      'Trots op de afdeling longziekten: vanaf maandag ruimere bezoektijden.',
      'Vanaf januari start de darmkankerscreening voor iedereen boven de 55.',
    ],
  },
};

const OFZO = /^\s*(?:ofzo|of\s+zo(?:iets)?)\b/u;
/** Possessives and links that tie a term to someone when they come right before it: `je angst`, `met een hartinfarct`. */
const DIRECT_ERVOOR = new Set(['zijn', "z'n", 'z’n', 'zn', 'haar', "d'r", 'd’r', 'je', 'jouw', 'uw', 'hun', 'met', 'heeft']);
/** Plural person words: `X met <term>` after one of these is about a group. */
const GROEPEN = new Set([
  'mensen', 'cliënten', 'clienten', 'patiënten', 'patienten', 'kinderen', 'ouderen', 'jongeren', 'volwassenen', 'vrouwen',
  'mannen', 'bewoners', 'studenten', 'leerlingen', 'gezinnen', 'ouders', 'werknemers', 'collega’s', "collega's",
]);
/** Words skipped when looking for what comes right before a term. */
const TUSSENWOORDEN = new Set(['een', 'de', 'het', 'ernstige', 'ernstig', 'zware', 'zwaar', 'lichte', 'licht', 'acute', 'chronische', 'nieuwe', 'bekende']);

/**
 * Score one candidate. Person-tying words anywhere in a window of eight words raise the score by 0.2;
 * possessives and `met`/`heeft` only count right before the term (skipping articles and a few adjectives),
 * because as loose words they are everywhere (`wist je dat`, `er zijn`, `mensen met`). General-statement
 * words lower it by 0.4, and so does `over` right before the term (`een lezing over delier`). A symptom in a
 * question gets no raise; any term in a question that nothing ties to a person loses 0.15.
 */
function beoordeel(doc: AnalysedText, start: number, end: number, base: number, reden: string, symptoom: boolean): Detection {
  const effect = contextScore(doc, start, end, base, recogniser.context, { window: 8, raise: 0.2, lower: 0.4 });
  // Lowering words that say nothing about this term undo their lowering: 'wist' outside "wist je dat" ("wist
  // na één ochtend mijn naam"), or words that all stand in another sentence ("… Iemand tips?").
  const lowered = effect.loweredBy;
  if (lowered.length && ((lowered.length === 1 && lowered[0] === 'wist' && !WIST_JE.test(doc.lower)) || !lowered.some((w) => sentenceOf(doc, start, end).includes(w)))) {
    effect.score = Math.min(1, effect.score + 0.4);
    effect.loweredBy = [];
  }
  /** Lower the score for a general reading, when nothing lowered it yet. */
  const lowerOnce = (why: string) => {
    if (effect.loweredBy.length) return;
    effect.loweredBy.push(why);
    effect.score = Math.max(0, effect.score - 0.4);
  };
  const voor = wordsBefore(doc, start, 3)
    .reverse()
    .find((t) => !TUSSENWOORDEN.has(t.lower));
  // "mensen met", "cliënten met": a group, so a general statement.
  const groep = voor?.lower === 'met' ? wordsBefore(doc, voor.start, 1)[0] : undefined;
  if (groep && GROEPEN.has(groep.lower)) {
    if (!effect.loweredBy.length) effect.score = Math.max(0, effect.score - 0.4);
    effect.loweredBy.push(`${groep.lower} met`);
  } else if (voor && DIRECT_ERVOOR.has(voor.lower) && !effect.raisedBy.length) {
    effect.raisedBy.push(voor.lower);
    effect.score = Math.min(1, effect.score + 0.2);
  }
  // "de afdeling longziekten", "poli reumatologie": the name of a ward, not a fact about someone.
  const wardWord = wordsBefore(doc, start, 1)[0];
  if (wardWord && WARD_WORDS.has(wardWord.lower)) lowerOnce(wardWord.lower);
  // "Gordelroos is niet besmettelijk …", "Een delier ontstaat plotseling": a term that opens its sentence as the
  // subject of a general statement is about the condition, not about someone.
  if (!effect.loweredBy.length && generalSubject(doc, start, end)) lowerOnce('algemene uitspraak');
  // "een lezing over delier" is general; "wat je vertelt over de paniekaanvallen" is about someone.
  const ervoor = voor?.lower === 'over' ? wordsBefore(doc, voor.start, 1)[0] : undefined;
  if (voor?.lower === 'over' && !(ervoor && VERTELLEN.has(ervoor.lower))) lowerOnce('over');
  // "die vrouw is echt borderline ofzo": a label thrown at someone, not a diagnosis.
  if (OFZO.test(doc.lower.slice(end, end + 12))) {
    effect.score = Math.max(0, effect.score - 0.6);
    effect.loweredBy.push('ofzo');
  }
  const vraag = inQuestion(doc.tokens, end);
  if (vraag && symptoom && effect.raisedBy.length) {
    effect.score = Math.max(0, effect.score - 0.2);
    effect.raisedBy = [];
  }
  let uitleg = reden + explainContext(effect);
  if (vraag && !effect.raisedBy.length) {
    effect.score = Math.max(0, effect.score - 0.15);
    uitleg += ' Minder zeker: het staat in een vraag die iedereen kan gelden.';
  }
  return {
    start,
    end,
    label: 'GEZONDHEID',
    text: doc.text.slice(start, end),
    recogniser: recogniser.id,
    score: Math.round(effect.score * 100) / 100,
    explanation: uitleg,
  };
}

const WIST_JE = /\bwist\s+(?:je|jij|u|jullie)\b/u;
const WARD_WORDS = new Set(['afdeling', 'afdelingen', 'poli', 'polikliniek', 'unit', 'vakgroep', 'maatschap', 'kliniek']);
const SENTENCE_STOP = /[.!?\n]/;
/** The lowercased words of the sentence holding [start, end). */
function sentenceOf(doc: AnalysedText, start: number, end: number): string[] {
  let from = start;
  while (from > 0 && !SENTENCE_STOP.test(doc.text[from - 1]!)) from--;
  let to = end;
  while (to < doc.text.length && !SENTENCE_STOP.test(doc.text[to]!)) to++;
  return doc.lower.slice(from, to).split(/[^\p{L}\p{N}'’-]+/u);
}
/** Words from this length on may carry one typo; shorter words are too often another word. */
const TIKFOUT_MIN = 8;
let deletions: Map<string, string> | undefined;
/** Every single-word term of TIKFOUT_MIN letters or more, and each form with one letter left out, to the term. */
function deletionIndex(): Map<string, string> {
  if (!deletions) {
    deletions = new Map();
    for (const term of SINGLE.keys()) {
      if (term.length < TIKFOUT_MIN || !SIMPLE_WORD.test(term)) continue;
      if (!deletions.has(term)) deletions.set(term, term);
      for (let i = 0; i < term.length; i++) {
        const d = term.slice(0, i) + term.slice(i + 1);
        if (!deletions.has(d)) deletions.set(d, term);
      }
    }
  }
  return deletions;
}

/**
 * The term a word is one typo away from: a letter missing, added, replaced or two letters swapped (checked
 * with an exact edit distance, since the deletion index alone also pairs some words two edits apart).
 */
function tikfout(word: string): string | undefined {
  // Long everyday words come back in text after text ("vanochtend", "verpleegkundige"): remember the answer.
  const known = TIKFOUT_MEMO.get(word);
  if (known !== undefined) return known || undefined;
  if (TIKFOUT_MEMO.size >= TIKFOUT_MEMO_MAX) TIKFOUT_MEMO.clear();
  const found = tikfoutZoeken(word);
  TIKFOUT_MEMO.set(word, found ?? '');
  return found;
}
const TIKFOUT_MEMO = new Map<string, string>();
const TIKFOUT_MEMO_MAX = 20_000;

function tikfoutZoeken(word: string): string | undefined {
  const index = deletionIndex();
  const candidates = [index.get(word)];
  for (let i = 0; i < word.length; i++) candidates.push(index.get(word.slice(0, i) + word.slice(i + 1)));
  for (const c of candidates) if (c && c !== word && editDistance(word, c) <= 1) return c;
  return undefined;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Verbs of telling: "vertelde over haar angst" is about the teller. */
const VERTELLEN = new Set(['vertelt', 'vertelde', 'vertelden', 'vertel', 'sprak', 'praatte', 'klaagt', 'klaagde', 'schreef', 'schrijft', 'appte']);
/** Verbs of a general statement right after a sentence-opening term. */
const ALGEMEEN_WERKWOORD = new Set([
  'is', 'zijn', 'wordt', 'worden', 'ontstaat', 'ontstaan', 'komt', 'komen', 'kan', 'kunnen', 'betekent', 'geeft', 'geven', 'treft', 'blijft',
  'helpt', 'helpen', 'werkt', 'werken', 'veroorzaakt', 'veroorzaken', 'verdwijnt', 'verdwijnen', 'begint', 'beginnen', 'verloopt', 'verlopen',
]);
const LIDWOORD = new Set(['een', 'de', 'het']);

/** The term opens its sentence (after at most an article) and a verb of a general statement follows it. */
function generalSubject(doc: AnalysedText, start: number, end: number): boolean {
  const voor = wordsBefore(doc, start, 2);
  const eerste = voor.length === 0 || !LIDWOORD.has(voor[voor.length - 1]!.lower) ? doc.tokens.find((t) => t.start === start) : voor[voor.length - 1];
  if (!eerste?.sentenceStart) return false;
  const na = wordsAfter(doc, end, 1)[0];
  return na !== undefined && ALGEMEEN_WERKWOORD.has(na.lower);
}

/** Does the sentence around offset `end` end with a question mark? */
function inQuestion(tokens: Token[], end: number): boolean {
  for (const t of tokens) {
    if (t.start < end || t.kind !== 'punct') continue;
    if (isSentenceEndMark(t.text)) return t.text === '?';
  }
  return false;
}

/** The first (longest) entry of `list` that matches at token `i`. */
function firstMatch(list: Entry[] | undefined, tokens: Token[], keys: string[], i: number): Entry | undefined {
  if (list) for (const e of list) if (matchesAt(tokens, keys, i, e)) return e;
  return undefined;
}

function matchesAt(tokens: Token[], keys: string[], i: number, e: Entry): boolean {
  if (i + e.tokens.length > tokens.length) return false;
  for (let k = 0; k < e.tokens.length; k++) {
    const t = tokens[i + k]!;
    if (e.exact ? t.text !== e.exact[k] : (keys[i + k] || foldLower(t.lower)) !== e.tokens[k]) return false;
    // Tokens of a multiword term follow each other with at most whitespace between.
    if (k > 0 && t.start - tokens[i + k - 1]!.end > 2) return false;
  }
  if (e.exact) {
    // An acronym that is also a word (ALS, MS) counts only in normal text: not when the text around it is
    // in capitals (shouting) and not as part of a product name (MS Teams).
    const prev = previousWord(tokens, i);
    const next = tokens.slice(i + e.tokens.length).find((t) => t.kind === 'word');
    if (prev?.allCaps || next?.allCaps || (next && next.capitalised && next.start - tokens[i + e.tokens.length - 1]!.end <= 1)) return false;
  }
  return true;
}

/** Index of the next word token after `i` (or -1). */
function nextWord(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j]!.kind === 'word') return j;
  return -1;
}

function previousWord(tokens: Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0; j--) if (tokens[j]!.kind === 'word') return tokens[j];
  return undefined;
}

/** Index of the last token of `ziekte van Fabry` / `syndroom van Gilles de la Tourette`, or -1. */
function eponymEnd(tokens: Token[], i: number): number {
  if (tokens[i + 1]?.lower !== 'van') return -1;
  let j = i + 2;
  let last = -1;
  while (j < tokens.length && j <= i + 6) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.capitalised) last = j;
    else if (!(last > 0 && ['de', 'la', 'von'].includes(t.lower))) break;
    j++;
  }
  return last;
}

function single(key: string): GezondheidCategorie | undefined {
  const direct = SINGLE.get(key);
  if (direct) return direct;
  // Plurals: -en, -n, and a doubled consonant before -en (stoornissen → stoornis, abcessen → abces).
  if (key.length > 5 && key.endsWith('en'))
    return SINGLE.get(key.slice(0, -2)) ?? SINGLE.get(key.slice(0, -1)) ?? (key[key.length - 3] === key[key.length - 4] ? SINGLE.get(key.slice(0, -3)) : undefined);
  if (key.length > 5 && key.endsWith('s')) return SINGLE.get(key.slice(0, -1)) ?? SINGLE.get(key.slice(0, -2));
  return undefined;
}

interface Morph {
  from: number;
  /** End offset inside the token, or -1 for the whole token. */
  to: number;
  categorie: GezondheidCategorie;
  hoe: string;
}

/** Words recur across texts: morphology depends on the word only, so its answers are kept (a bounded cache). */
const MORPH_CACHE = new Map<string, Morph | null>();

function morphology(key: string): Morph | null {
  let m = MORPH_CACHE.get(key);
  if (m === undefined) {
    if (MORPH_CACHE.size >= 50_000) MORPH_CACHE.clear();
    m = analyseWord(key);
    MORPH_CACHE.set(key, m);
  }
  return m;
}

function analyseWord(key: string): Morph | null {
  const whole = single(key);
  if (whole) return { from: 0, to: -1, categorie: whole, hoe: 'een vorm van een term uit de lijst met gezondheidstermen' };
  // Term + known tail: delier|preventie → delier.
  for (const tail of STAARTEN_OP_EIND.get(key.slice(-4)) ?? []) {
    if (key.length > tail.length + 3 && key.endsWith(tail)) {
      const stem = key.slice(0, -tail.length).replace(/-$/, '');
      // The stem may itself be a compound: borstkanker|behandeling → borst|kanker. Not before a tail that
      // names an activity for many (longkanker|screening, darmkanker|preventie): that is no one's health fact.
      const cat = SINGLE.get(stem) ?? (stem.length > 6 && !VOOR_VELEN.has(tail) ? analyseWord(stem)?.categorie : undefined);
      if (cat) return { from: 0, to: stem.length, categorie: cat, hoe: 'een gezondheidsterm in een samengesteld woord' };
    }
  }
  // Hyphenated word with a health term as one part: pneumothorax-randje → pneumothorax.
  if (key.includes('-')) {
    let offset = 0;
    const parts = key.split('-');
    for (const part of parts) {
      // A part may itself be a compound: longkanker-diagnose → long|kanker.
      const cat = part.length >= 3 ? (single(part) ?? (part.length > 6 ? analyseWord(part)?.categorie : undefined)) : undefined;
      // ECG-apparatuur, dementie-afdeling: a compound that names equipment, a place or a service.
      if (cat && cat !== 'onderzoek' && !parts.some((p) => NIET_FEIT.has(p))) return { from: offset, to: offset + part.length, categorie: cat, hoe: 'een gezondheidsterm in een woord met koppelteken' };
      offset += part.length + 1;
    }
  }
  // Compound with a health head: mamma|operatie, sikkelcel|ziekte (also plural).
  const stems = key.length > 6 && key.endsWith('en') ? [key, key.slice(0, -2), key.slice(0, -1)] : key.endsWith('s') ? [key, key.slice(0, -1)] : [key];
  for (const stem of stems) {
    for (const [head, cat, voor] of KOPPEN_OP_EIND.get(stem.slice(-4)) ?? []) {
      if (stem.length < head.length + 3 || !stem.endsWith(head)) continue;
      const prefix = stem.slice(0, -head.length).replace(/-$/, '');
      if (!voor || voor.some((v) => prefix.endsWith(v))) return { from: 0, to: -1, categorie: cat, hoe: `een samenstelling met '${head}'` };
    }
  }
  return null;
}

/** A number right after a measurement word is a test result: `cholesterol is 7,2` → `7,2`. */
function waarde(doc: AnalysedText, after: Token, key: string, out: Detection[]): void {
  const eigen = foldLower(after.lower);
  if (!MEETWAARDEN.has(key) && !MEETWAARDEN.has(eigen) && !MEET_EIND.test(eigen)) return;
  const m = WAARDE.exec(doc.text.slice(after.end, after.end + 40));
  if (!m) return;
  const start = after.end + m.index + m[0].length - m[1]!.length;
  out.push(beoordeel(doc, start, start + m[1]!.length, 0.7, `Meetwaarde na '${after.text}': een uitslag (onderzoek of uitslag).`, false));
}

export default recogniser;
