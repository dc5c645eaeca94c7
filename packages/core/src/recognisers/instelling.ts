import type { AnalysedText } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Detection } from '../types.js';
import { cueKind, firstNames, institutions, isOrdinaryWord, NOT_A_NAME, placeKind, places, surnames } from './shared/lexicons.js';
import { adjacent, detection, startsUpper, wordBefore } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'instelling.naam';

/** Words that start an institution's name: `Ziekenhuis Rivierenland`, `Zorgcentrum De Linde`, `GGZ Delfland`. */
const HEADS = new Set([
  'huize', 'ziekenhuis', 'zorgcentrum', 'woonzorgcentrum', 'verpleeghuis', 'verzorgingshuis', 'zorggroep', 'ggz', 'umc',
  'huisartsenpraktijk', 'huisartspraktijk', 'gezondheidscentrum', 'revalidatiecentrum', 'basisschool', 'kliniek',
  'hospice', 'zorgboerderij', 'kinderdagverblijf', 'woongroep', 'wooncentrum', 'woonzorgpark', 'dagbesteding',
  'tandartspraktijk', 'apotheek', 'praktijk', 'stichting', 'ziekenhuisgroep', 'behandelcentrum', 'zorginstelling',
  'thuiszorg', 'gezinshuis', 'buurtteam', 'wijkteam', 'jeugdteam', 'fysiotherapiepraktijk', 'verloskundigenpraktijk',
  'psychologenpraktijk', 'kinderopvang', 'kindcentrum', 'scholengemeenschap', 'hogeschool', 'universiteit',
  'verpleeghuizen', 'zorgboerderij', 'woonvoorziening', 'jeugdzorg', 'school', 'peuterspeelzaal', 'huisartsenpost',
  'nachtopvang', 'opvang', 'leefgroep', 'zwembad', 'obs', 'cbs', 'pcbs', 'rkbs', 'ikc', 'fpc', 'afdeling', 'poli',
  'trombosedienst', 'thuiszorgorganisatie', 'zorgorganisatie', 'jeugdinstelling', 'ggd',
]);
/** Words that end an institution's name: `Maasstad Ziekenhuis`, `Máxima MC`, `Spaarne Gasthuis`. */
const TAILS = new Set(['ziekenhuis', 'gasthuis', 'mc', 'umc', 'kliniek', 'clinics', 'zorggroep', 'ziekenhuisgroep']);
/** Prepositions before a care-home name with an article: `in De Zonnehoek`, `van de Regenboog`. */
const PREPOSITIONS = new Set(['in', 'van', 'bij', 'naar', 'op', 'uit', 'vanuit', 'richting', 'tegenover']);
/** Words before a name from the list that is also an ordinary word or first name (`in het Antonius`). */
const INSTITUTION_CUES = new Set(['het', 'in', 'bij', 'naar', 'van', 'op', 'uit', 'vanuit', 'voor', 'werk', 'werkt', 'werkzaam']);
const ARTICLES = new Set(['de', 'het', "'t"]);
const DETERMINERS = new Set(['de', 'het', 'een', 'ons', 'onze', 'mijn', 'uw', 'jullie', 'dit', 'dat', 'die', 'elk', 'ieder', 'welk', 'nieuw', 'nieuwe', 'oude', 'ander', 'andere', 'groot', 'grote', 'klein', 'kleine', 'dichtstbijzijnde', 'zo', 'ieders']);
const PARTICLES = new Set(['de', 'het', "'t", 'van', 'der', 'den', 'aan']);
/** Compounds that name one institution: `Maasziekenhuis`, `Beatrixziekenhuis`, `Sint Maartenskliniek`. */
const COMPOUND_TAIL = /^\p{Lu}\p{L}{2,}(?:ziekenhuis|gasthuis|kliniek)$/u;
const STREET_END = /(?:straat|laan|weg|plein|singel|gracht|kade|dijk|dreef|steeg|buurt|wijk|kwartier)$/u;
/** Capitalised generic words after `van de`, `in het` that are not a care home or employer's name. */
const NOT_HOME = new Set([
  'bijbel', 'koran', 'tweede', 'eerste', 'kamer', 'laan', 'weg', 'plein', 'kade', 'dreef', 'singel', 'burgwal', 'gracht',
  'ring', 'park', 'inspectie', 'overheid', 'regering', 'rijksoverheid', 'politie', 'gemeente', 'provincie', 'ministerie',
  'minister', 'raad', 'rechtbank', 'rechter', 'wet', 'week', 'dag', 'maand', 'jaar', 'oosten', 'westen', 'noorden',
  'zuiden', 'verpleegkunde', 'geneeskunde', 'zorg', 'zorgverzekeraar', 'verzekeraar', 'huisarts', 'kerk', 'moskee',
  'staat', 'koning', 'koningin', 'paus', 'vakbond', 'krant', 'nieuws', 'wereld', 'aarde', 'hemel', 'randstad',
  'europese', 'unie', 'directie', 'ondernemingsraad', 'cliëntenraad', 'ombudsman', 'toezichthouder', 'centrum',
  'college', 'commissie', 'vereniging', 'federatie', 'instituut', 'genootschap', 'bureau', 'platform', 'netwerk',
  'forum', 'verbond', 'privacy', 'internet', 'nederlander', 'nederlanders',
  // Hotels that stand for luxury in a comparison ("ze denken dat ze in het Hilton liggen").
  'hilton', 'ritz', 'marriott', 'hyatt', 'sheraton', 'kurhaus', 'amstel', 'krasnapolsky',
]);
/** Laws, codes, rules and documents (`de Jeugdwet`, `het Wetboek`, `de Raamregeling`, `de Beroepscode`). */
const DOCUMENT_END = /(?:wet|wetboek|regeling|code|besluit|richtlijn|verordening|akkoord|protocol|reglement|verdrag|vereniging|federatie|raad|college|commissie|instituut|overeenkomst|boek|plan|nota|rapport|agenda)$/u;
/** Adjectives (`de Nationale`, `de Griekse`, `het Landelijke`) are not a name on their own. */
const ADJECTIVE_END = /(?:ale|ele|sche|se|lijke|ige|ieve)$/u;
/** Abbreviations of laws and bodies in mixed case without a vowel (`Wbp`, `Wmo`, `Zvw`) or with an inner capital (`NZa`). */
const ABBREVIATION = /^(?:\p{Lu}[^aeiouy]*|\p{L}+\p{Lu}\p{Ll}*)$/u;

// Wards with a code: `afdeling 3B`, `unit C4`, `paviljoen 2-Oost`. A bare number (`unit 2`) or `de afdeling` is
// too generic to point at a place and is not a span.
const WARD = /(?=[AaUuPpVv])(?<![\p{L}\p{N}])(?:[Aa]fdeling|[Uu]nit|[Pp]aviljoen|[Vv]erpleegafdeling|[Vv]leugel)\s+(?:\d{1,2}\s?[A-Z]|[A-Z]\s?\d{1,2}|\d{1,2}[-\s](?:[Oo]ost|[Ww]est|[Nn]oord|[Zz]uid))(?![\p{L}\p{N}])/gu;
/** WARD's words in lowercase (`verpleegafdeling` holds `afdeling`): a text without one has no ward code. */
const WARD_WORDS = ['afdeling', 'unit', 'paviljoen', 'vleugel'];
const CAMEL = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;

const isNameWord = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && startsUpper(t) && !NOT_A_NAME.has(t.lower) && !cueKind(t.lower);

/** Capitalised name words (with inner particles) from `i`; returns the last index or -1. */
function nameWordsEnd(doc: AnalysedText, i: number, max = 4): number {
  let end = -1;
  let j = i;
  for (let n = 0; n < max; n++) {
    const t = adjacent(doc, j);
    if (isNameWord(t)) {
      end = j;
      j++;
      continue;
    }
    if (t && t.kind === 'word' && PARTICLES.has(t.lower) && end >= 0 && isNameWord(adjacent(doc, j + 1))) {
      j++;
      continue;
    }
    // `'t Anker`: the tokenizer splits a free-standing `'t` into an apostrophe and `t`.
    const tee = doc.tokens[j + 1];
    if (t && (t.text === "'" || t.text === '’') && tee?.text === 't' && tee.start === t.end && isNameWord(adjacent(doc, j + 2))) {
      j += 2;
      continue;
    }
    break;
  }
  return end;
}

/** Index of the last token of a listed institution starting at `i`, or -1. */
function lexiconEnd(doc: AnalysedText, i: number): { end: number; needsContext: boolean } | undefined {
  const t = doc.tokens[i];
  if (!t) return undefined;
  const entries = institutions().get(t.lower);
  if (!entries) return undefined;
  for (const e of entries) {
    if (e.capsOnly && !t.allCaps) continue;
    if (!e.capsOnly && !e.lowerStart && !startsUpper(t)) continue;
    let ok = true;
    for (let k = 1; k < e.tokens.length; k++) {
      if (doc.tokens[i + k]?.lower !== e.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { end: i + e.tokens.length - 1, needsContext: e.needsContext };
  }
  return undefined;
}

export const instelling: Recogniser = {
  id: ID,
  label: 'INSTELLING',
  beschrijving:
    'Namen van zorginstellingen, ziekenhuizen, praktijken, scholen en werkgevers (uit de lijst of herkend aan woorden als Ziekenhuis, Zorgcentrum, MC), zorghuizen als ‘De Zonnehoek’ en afdelingen met een code (afdeling 3B).',
  recognise(doc) {
    const out: Detection[] = [];
    const toks = doc.tokens;
    const push = (start: number, end: number, score: number, why: string) =>
      out.push(detection(doc, start, end, 'INSTELLING', ID, score, why));

    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.kind === 'hashtag') {
        const parts = t.text.slice(1).match(CAMEL) ?? [];
        const first = parts[0]?.toLowerCase();
        if (first && parts.length >= 2 && HEADS.has(first)) push(t.start + 1, t.end, 0.9, 'Naam van een instelling als hashtag.');
        else if (institutions().get(t.lower.slice(1))?.some((e) => e.tokens.length === 1 && !e.needsContext))
          push(t.start + 1, t.end, 0.85, 'Instelling uit de lijst als hashtag.');
        continue;
      }
      if (t.kind === 'mention') {
        if (institutions().get(t.lower.slice(1))?.some((e) => e.tokens.length === 1 && !e.needsContext))
          push(t.start + 1, t.end, 0.85, 'Instelling uit de lijst als @-vermelding.');
        continue;
      }
      if (t.kind !== 'word') continue;

      // 1. A listed institution, optionally followed by its town (`Isala Zwolle`, `Antonius Sneek`).
      const lex = lexiconEnd(doc, i);
      if (lex) {
        let end = lex.end;
        const town = adjacent(doc, end + 1);
        const townKind = town && town.kind === 'word' && town.capitalised ? placeKind(town.lower) : undefined;
        const withTown = townKind === 'plaats' || townKind === 'wijk';
        if (withTown) end++;
        const prev = wordBefore(doc, i);
        if (!lex.needsContext || withTown || (prev && INSTITUTION_CUES.has(prev.lower))) {
          push(t.start, toks[end]!.end, withTown || end > i ? 0.97 : 0.9, withTown ? 'Instelling uit de lijst met plaatsnaam.' : 'Instelling uit de lijst van zorginstellingen.');
          i = end;
          continue;
        }
      }

      // 1b. A compound institution name: `het Maasziekenhuis`.
      if (t.capitalised && t.text.length > 10 && COMPOUND_TAIL.test(t.text) && !isOrdinaryWord(t.lower)) {
        push(t.start, t.end, 0.85, 'Naam van een ziekenhuis of kliniek.');
        continue;
      }

      // 2. Head word + name: `Ziekenhuis Rivierenland`, `zorgcentrum De Linde`, `GGZ Delfland`, and any kind of
      // practice: `Psychotherapiepraktijk De Gracht`, `Logopediepraktijk Zuid`.
      if (HEADS.has(t.lower) || (t.lower.length > 10 && t.lower.endsWith('praktijk'))) {
        const end = nameWordsEnd(doc, i + 1);
        if (end >= 0) {
          push(t.start, toks[end]!.end, 0.95, `Naam van een instelling na '${t.text}'.`);
          i = end;
          continue;
        }
      }

      // 3. Name + tail word: `Maasstad Ziekenhuis`, `Máxima MC`, `Zaans Medisch Centrum`.
      if (isNameWord(t) && !DETERMINERS.has(t.lower) && !(t.sentenceStart && isOrdinaryWord(t.lower))) {
        let j = i;
        while (j < i + 2 && isNameWord(adjacent(doc, j + 1)) && !TAILS.has(toks[j + 1]!.lower) && toks[j + 1]!.lower !== 'medisch') j++;
        const tail = adjacent(doc, j + 1);
        const tail2 = adjacent(doc, j + 2);
        let end = -1;
        if (tail && TAILS.has(tail.lower) && (tail.capitalised || (!t.sentenceStart && !isOrdinaryWord(t.lower)))) end = j + 1;
        else if (tail?.lower === 'medisch' && tail.capitalised && tail2?.lower === 'centrum') end = j + 2;
        if (end >= 0) {
          push(t.start, toks[end]!.end, 0.9, 'Naam van een instelling (ziekenhuis, MC of kliniek).');
          i = end;
          continue;
        }
      }

      // 4. A care home or employer with an article after a preposition: `in De Zonnehoek`, `van de Regenboog`.
      const prep = wordBefore(doc, i);
      if (ARTICLES.has(t.lower) && prep && PREPOSITIONS.has(prep.lower) && adjacent(doc, i) && !lexiconEnd(doc, i + 1) && !HEADS.has(toks[i + 1]?.lower ?? '')) {
        const end = nameWordsEnd(doc, i + 1, 3);
        if (end < 0) continue;
        const first = toks[i + 1]!;
        const name = toks
          .slice(i + 1, end + 1)
          .map((x) => x.lower)
          .join(' ');
        const withArticle = `${t.lower} ${name}`;
        if (
          first.allCaps ||
          first.text.length < 3 ||
          places().has(name) ||
          places().has(withArticle) ||
          surnames().has(withArticle) ||
          firstNames().has(first.lower) ||
          STREET_END.test(toks[end]!.lower) ||
          NOT_HOME.has(first.lower) ||
          DOCUMENT_END.test(toks[end]!.lower) ||
          (end === i + 1 && !t.capitalised && ADJECTIVE_END.test(first.lower)) ||
          ABBREVIATION.test(first.text)
        )
          continue;
        if (t.capitalised) push(t.start, toks[end]!.end, 0.75, `Naam van een zorghuis of instelling na '${prep.text}'.`);
        else push(first.start, toks[end]!.end, 0.65, `Naam van een zorghuis of instelling na '${prep.text} ${t.text}'.`);
        i = end;
      }
    }

    WARD.lastIndex = 0;
    let m: RegExpExecArray | null;
    // Every ward code holds a digit and follows one of the ward words.
    const wardWord = doc.digits > 0 && WARD_WORDS.some((w) => doc.lower.includes(w));
    while (wardWord && (m = WARD.exec(doc.text)) !== null) {
      out.push(detection(doc, m.index, m.index + m[0].length, 'INSTELLING', ID, 0.85, 'Afdeling met een code.'));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Vandaag mijn eerste dienst in het Ziekenhuis Gelderse Vallei.', span: 'Ziekenhuis Gelderse Vallei' },
      { tekst: 'Groet, Logopediepraktijk De Klank', span: 'Logopediepraktijk De Klank' },
      { tekst: 'Uw uitslag van de GGD Twente is binnen.', span: 'GGD Twente' },
      { tekst: 'Ze ligt in het Rijnstate, kamer 12.', span: 'Rijnstate' },
      { tekst: 'Gezellige middag in De Wilgenhof met de bewoners.', span: 'De Wilgenhof' },
      { tekst: 'Hij sliep toen in Nachtopvang De Vuurtoren.', span: 'Nachtopvang De Vuurtoren' },
      { tekst: 'Na elf jaar op afdeling De Brug gaat ze verhuizen.', span: 'afdeling De Brug' },
      { tekst: 'Ophalen bij de hoofdingang van OBS De Vlinder.', span: 'OBS De Vlinder' },
      { tekst: 'Nieuwe collega op afdeling 4C vandaag!', span: 'afdeling 4C' },
      { tekst: 'Trots op ons team #VerpleeghuisDeBremhof', span: 'VerpleeghuisDeBremhof' },
      { tekst: 'Overgeplaatst naar het Isala Zwolle.', span: 'Isala Zwolle' },
      { tekst: 'Opgenomen in het Tjongerschans ziekenhuis.', span: 'Tjongerschans' },
      { tekst: 'Drukte op de SEH van het Maasland MC vannacht.', span: 'Maasland MC' },
      { tekst: 'Mooie dag in het @LUMC vandaag.', span: 'LUMC' },
    ],
    vindtNiet: [
      'De afdeling was vandaag rustig.',
      'Ik lag vorig jaar in het ziekenhuis.',
      'De bewoners van unit 2 gaan op uitje.',
      'Melding gedaan bij Veilig Thuis.',
      'We gaan mee met de wandeling.',
    ],
  },
};
