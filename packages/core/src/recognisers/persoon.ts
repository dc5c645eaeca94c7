import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { contextScore, explainContext } from './context.js';
import {
  ambiguousFirstNames,
  cueKind,
  curatedSurnames,
  isListedCue,
  dutchWords,
  isFirstName,
  frequentWords,
  isOrdinaryWord,
  NOT_A_NAME,
  places,
  surnames,
  TUSSENVOEGSEL_WORDS,
  type CueKind,
} from './shared/lexicons.js';
import { adjacent, detection, wordBefore } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'persoon.naam';
const PREPOSITION_PARTICLES = new Set(['in', 'op', 'uit', 'aan', 'te', 'het']);
/** Shops and brands that look like a person's full name. */
const BRANDS = new Set(['albert heijn', 'jan linders', 'dirk van den broek', 'hans anders', 'douwe egberts', 'piet zoomers', 'henk ten hoor', 'johnnie walker', 'ben & jerry', 'tommy hilfiger', 'ralph lauren', 'calvin klein', 'hugo boss']);

/** Cue words written as abbreviations with a full stop (`mw.`, `dhr.`, `Fam.`). */
const ABBREVIATIONS = new Set(['mw', 'mevr', 'mvr', 'dhr', 'hr', 'mr', 'dr', 'drs', 'prof', 'ir', 'ing', 'ds', 'zr', 'fam', 'mej', 'pt']);
/** Words that name an institution rather than a family (`Kinderziekenhuis`, `Zorgcentrum`, `Huisartsenpraktijk`). */
const INSTITUTION_WORD = /(?:ziekenhuis|kliniek|gasthuis|centrum|praktijk|school|zorg|groep|team|stichting|instelling)$/u;
/** Street names are not surnames (`Dhr. Verkerk van de Molenstraat`, `Willem de Zwijgerlaan`). */
const STREET_WORD = /\p{L}{2}(?:straat|laan|weg|plein|gracht|singel|kade|dreef|steeg)$/u;
const CLOSINGS = new Set(['groet', 'groeten', 'groetjes', 'gr', 'mvg', 'vriendelijke', 'liefs', 'doei', 'xoxo', 'xx', 'dikke', 'kus', 'knuffel', 'hartelijke', 'bedankt', 'dank', 'dankjewel', 'thanks', 'ziens', 'snel', 'gauw']);
const LOCATIVE = new Set(['in', 'uit', 'te', 'naar', 'bij', 'vanuit', 'richting', 'nabij', 'rond', 'via']);
const INSULT_CUES = ['noem', 'noemt', 'noemde', 'noemden', 'genoemd', 'uitgemaakt', 'uitmaken', 'uitschelden', 'scheldt', 'schold', 'scholden'];
const INSULT_CONTEXT = { verhogen: INSULT_CUES, verlagen: [] as string[] };
const CUE_WHAT: Record<CueKind, string> = {
  titel: 'de aanspreekvorm of titel',
  aanhef: 'de aanhef',
  rol: 'de rol- of relatieaanduiding',
};

const CONTEXT = {
  verhogen: ['patiënt*', 'cliënt*', 'bewoner*', 'kamer', 'bed', 'opgenomen', 'familie', 'geboren', 'zoon', 'dochter', 'zei', 'vertelde', 'belde'],
  verlagen: ['straat', 'gemeente', 'station', 'merk', 'winkel'],
};

const ONE_CAPITAL = /^\p{Lu}$/u;
/** One capital letter (one code point: at most two UTF-16 units); the length test spares the regex for most words. */
const isSingleInitial = (text: string) => text.length <= 2 && ONE_CAPITAL.test(text);

/**
 * Parse a surname starting at token `i` (particles allowed: `de Boer`, `van Leeuwen-Smits`). Returns the
 * index of its last token, or -1. `allowLower` accepts a lowercase surname after a formal title
 * (`mw de graaf`); `strict` demands a listed surname or a word that is not ordinary Dutch.
 */
function surnameEnd(doc: AnalysedText, i: number, opts: { allowLower: boolean; strict: boolean }): number {
  let j = i;
  const particles: string[] = [];
  while (particles.length < 3) {
    const abbreviated = abbreviatedParticleEnd(doc, j);
    if (abbreviated > j) {
      particles.push('van der');
      j = abbreviated;
      continue;
    }
    const t = adjacent(doc, j);
    if (!t || t.kind !== 'word' || !TUSSENVOEGSEL_WORDS.has(t.lower)) break;
    particles.push(t.lower);
    j++;
  }
  // `in`, `op`, `uit`, `aan` only begin a surname together with a second particle (`in 't Veld`, `op de Beek`).
  if (particles.length === 1 && PREPOSITION_PARTICLES.has(particles[0]!)) return -1;
  const w = adjacent(doc, j);
  // A single letter is an initial, not a surname (`Michael J. Fox`).
  if (!w || w.kind !== 'word' || w.text.length < 2 || w.allCaps || NOT_A_NAME.has(w.lower) || cueKind(w.lower)) return -1;
  const full = particles.length ? `${particles.join(' ')} ${w.lower}` : w.lower;
  const listed = surnames().has(full) || surnames().has(w.lower);
  // `Emma Kinderziekenhuis`, `bewoner van Zorgcentrum …`: an institution word is not a surname.
  if (!listed && (INSTITUTION_WORD.test(w.lower) || STREET_WORD.test(w.lower))) return -1;
  // `moeder van Jayden`: a first name after a particle is a preposition plus a name, not a surname.
  if (particles.length && !listed && isFirstName(w.lower)) return -1;
  // `patiënt in Friesland`, `Kees van de Veluwe`, `Antonius Sneek`: a place is not a surname unless listed as one.
  if (!listed && places().has(w.lower)) return -1;
  // `meneer in het huis`: after particles, a lowercase ordinary word is only a surname when hand-checked.
  if (!w.capitalised) return opts.allowLower && listed && (!particles.length || !isOrdinaryWord(w.lower) || curatedSurnames().has(full)) ? j : -1;
  if (particles.length || opts.strict) {
    // `Kees van de Regenboog`: after a particle an ordinary noun is more likely a place or home than a surname.
    if (!listed && isOrdinaryWord(w.lower)) return -1;
  }
  return j;
}

/** A surname token ending in a hyphen and particle (`jansen-de`, `Bakker-van`) goes on to the rest: `jansen-de wit`. */
const HYPHEN_PARTICLE = /^\p{L}+-(?:de|van|der|den|ter|ten|in|op)$/u;
function doubleSurnameEnd(doc: AnalysedText, j: number): number {
  if (!HYPHEN_PARTICLE.test(doc.tokens[j]!.lower)) return j;
  let k = j + 1;
  while (adjacent(doc, k) && TUSSENVOEGSEL_WORDS.has(doc.tokens[k]!.lower) && k < j + 3) k++;
  const w = adjacent(doc, k);
  return w && w.kind === 'word' ? k : j;
}

/**
 * A lowercase surname with two particles (`die van der meulen`): the full form must be a listed surname and its
 * last word no ordinary word or place, so `van de bakker` or `van den bosch` stay out. Returns the last index or -1.
 */
const TWO_PARTICLES = new Set(['van der', 'van den', 'van de', "van 't", "in 't", 'van het']);
function lowerParticleSurnameEnd(doc: AnalysedText, i: number): number {
  const a = doc.tokens[i]!;
  const b = adjacent(doc, i + 1);
  const w = adjacent(doc, i + 2);
  if (!b || !w || w.kind !== 'word' || w.capitalised || !TWO_PARTICLES.has(`${a.lower} ${b.lower}`)) return -1;
  if (!surnames().has(`${a.lower} ${b.lower} ${w.lower}`) || isOrdinaryWord(w.lower) || places().has(w.lower) || w.lower.length < 4) return -1;
  return i + 2;
}

/**
 * An abbreviated `van der`/`van den`/`van de` starting at token `j` (`v.d.`, `v/d`, `vd`): the index of the
 * token after it, or `j` when there is none.
 */
function abbreviatedParticleEnd(doc: AnalysedText, j: number): number {
  const toks = doc.tokens;
  const t = adjacent(doc, j);
  if (!t || t.kind !== 'word') return j;
  if (t.lower === 'vd' || t.lower === 'vdr') return toks[j + 1]?.text === '.' && toks[j + 1]!.start === t.end ? j + 2 : j + 1;
  const sep = toks[j + 1];
  const d = toks[j + 2];
  if (t.lower !== 'v' || !sep || !d || !/^[./]$/.test(sep.text) || sep.start !== t.end || d.start !== sep.end || d.lower !== 'd') return j;
  return toks[j + 3]?.text === '.' && toks[j + 3]!.start === d.end ? j + 4 : j + 3;
}

/** Further first names after a first name (`Jan Peter`), then an optional surname. Returns the last index. */
function extendFullName(doc: AnalysedText, i: number, strict: boolean): { end: number; surname: boolean } {
  let end = i;
  for (let k = 0; k < 2; k++) {
    const t = adjacent(doc, end + 1);
    if (!t || t.kind !== 'word' || !t.capitalised || !isFirstName(t.lower) || ambiguousFirstNames().has(t.lower)) break;
    end++;
  }
  const s = surnameEnd(doc, end + 1, { allowLower: false, strict });
  if (s >= 0) return { end: s, surname: true };
  // A middle initial before the surname: `Michael J. Fox`, `Jan P. de Vries`.
  const init = adjacent(doc, end + 1) ? initialsEnd(doc, end + 1) : -1;
  if (init >= 0) {
    const after = surnameEnd(doc, init + 1, { allowLower: false, strict: false });
    if (after >= 0) return { end: after, surname: true };
  }
  return { end, surname: end > i };
}

/** A sequence of initials (`S.`, `J.P.`) starting at `i`; returns the index of the last `.` or -1. */
function initialsEnd(doc: AnalysedText, i: number): number {
  const toks = doc.tokens;
  let j = i;
  let end = -1;
  while (toks[j] && toks[j]!.kind === 'word' && isSingleInitial(toks[j]!.text) && toks[j + 1]?.text === '.' && toks[j + 1]!.start === toks[j]!.end) {
    end = j + 1;
    j += 2;
    if (toks[j] && toks[j]!.start !== toks[j - 1]!.end) break;
  }
  return end;
}

/**
 * A name right after a closing formula at the end of a message (`Groetjes, Sanne`) signs it: that is the
 * author, who is not a PERSOON span (FORMAT: names of persons other than the author).
 */
function isSignature(doc: AnalysedText, i: number): boolean {
  const toks = doc.tokens;
  let k = i - 1;
  while (k >= 0 && toks[k]!.kind === 'punct') k--;
  if (k < 0 || !CLOSINGS.has(toks[k]!.lower)) return false;
  const remaining = doc.words.filter((w) => w.start > toks[i]!.end).length;
  return remaining <= 3;
}

/**
 * The name under an incoming message (`Met vriendelijke groet, Tom Hagen`): the sender, a person other than
 * the professional who receives it. The recogniser leaves signatures out because in an outgoing text they
 * name the author; the checker adds this one for incoming messages only.
 */
export function senderSignature(doc: AnalysedText): Detection | undefined {
  const toks = doc.tokens;
  for (let i = toks.length - 1; i >= 0 && i >= toks.length - 8; i--) {
    const t = toks[i]!;
    if (t.kind !== 'word' || !t.capitalised || !isSignature(doc, i)) continue;
    // A first name from the list, or two capitalised words (`Yara Benali`); a team or service (`Wijkteam
    // Oost`) is no person.
    const next = toks[i + 1];
    const surname = next?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && doc.text.slice(t.end, next.start) === ' ';
    if (!isFirstName(t.lower) && !surname) return undefined;
    return detection(doc, t.start, surname ? next!.end : t.end, 'PERSOON', ID, 0.8, 'Naam onder een binnenkomend bericht: de afzender.');
  }
  return undefined;
}

function afterCue(doc: AnalysedText, cueIdx: number, kind: CueKind): Detection | undefined {
  const toks = doc.tokens;
  const cue = toks[cueIdx]!;
  let j = cueIdx + 1;
  if (toks[j]?.text === '.' && toks[j]!.start === cue.end && ABBREVIATIONS.has(cue.lower)) j++;
  const t = adjacent(doc, j);
  if (!t || t.kind !== 'word') return undefined;
  const why = `Naam na ${CUE_WHAT[kind]} '${cue.text}'`;
  const emit = (end: number, score: number, extra: string) =>
    detection(doc, t.start, toks[end]!.end, 'PERSOON', ID, score, `${why}${extra}.`);

  const init = initialsEnd(doc, j);
  if (init >= 0) {
    // After a title and initials almost any capitalised word is a surname (`Dhr. P. Kruidenier`), but not a
    // frequent word that starts the next sentence (`meneer S. Komt`).
    let s = surnameEnd(doc, init + 1, { allowLower: kind === 'titel', strict: false });
    // Nor a lowercase ordinary word after the initials (`meneer K. even terugbellen`): a surname in small
    // letters counts only when it is no Dutch word.
    if (s === init + 1) {
      const w = toks[s]!;
      const frequent = frequentWords().has(w.lower);
      if ((frequent && !surnames().has(w.lower)) || (!w.capitalised && (frequent || isOrdinaryWord(w.lower)) && !curatedSurnames().has(w.lower))) s = -1;
    }
    return emit(s >= 0 ? s : init, 0.85, s >= 0 ? ', met initialen en achternaam' : ', als initialen');
  }
  if ((TUSSENVOEGSEL_WORDS.has(t.lower) || abbreviatedParticleEnd(doc, j) > j) && kind !== 'aanhef') {
    const s = surnameEnd(doc, j, { allowLower: kind === 'titel', strict: kind !== 'titel' });
    // After a role (`vader van Daantje`) a particle is usually a preposition: only a listed surname counts.
    const listedFull = s >= 0 && surnames().has(doc.lower.slice(t.start, toks[s]!.end).split('-')[0]!);
    if (s >= 0 && (kind === 'titel' || listedFull)) return emit(s, 0.9, ', achternaam met tussenvoegsel');
    return undefined;
  }
  if (NOT_A_NAME.has(t.lower) || cueKind(t.lower) || t.allCaps) return undefined;
  // `Lieve Collega's`, `Beste Bewoners`: a plural of a cue or ordinary word is no name.
  const stem = t.lower.replace(/['’]s$/, '');
  if (stem !== t.lower && (cueKind(stem) || isOrdinaryWord(stem))) return undefined;
  const first = isFirstName(t.lower);
  const listed = first || surnames().has(t.lower);
  if (!t.capitalised) {
    // Lowercase names: a listed surname after a title (`mw huisman`, `mw. jansen-de wit`), a listed first
    // name after a greeting.
    const base = t.lower.split('-')[0]!;
    const lowerSurname = curatedSurnames().has(base) || (surnames().has(base) && !isOrdinaryWord(base));
    if (kind === 'titel' && lowerSurname) return emit(doubleSurnameEnd(doc, j), 0.75, ', achternaam in kleine letters');
    if (kind !== 'titel' && first && !isOrdinaryWord(t.lower) && !ambiguousFirstNames().has(t.lower) && !places().has(t.lower))
      return emit(j, 0.7, ', voornaam in kleine letters');
    return undefined;
  }
  if (kind !== 'titel' && !listed && (isOrdinaryWord(t.lower) || places().has(t.lower))) return undefined;
  // A role recognised only by its ending (`Geneeskundige`, `locatiemanager`) needs a listed name after it.
  if (!listed && !isListedCue(cue.lower)) return undefined;
  if (first) {
    const full = extendFullName(doc, j, false);
    return emit(full.end, 0.9, full.surname ? ', voornaam en achternaam' : ', bekende voornaam');
  }
  // An unlisted first name followed by a surname: `Mr. Nicoline Jacobs`.
  const s = surnameEnd(doc, j + 1, { allowLower: false, strict: true });
  if (s >= 0 && !surnames().has(t.lower)) return emit(s, 0.9, ', voornaam en achternaam');
  return emit(j, listed || kind === 'titel' ? 0.9 : 0.75, listed ? ', bekende achternaam' : '');
}

export const persoon: Recogniser = {
  id: ID,
  label: 'PERSOON',
  beschrijving:
    'Namen van personen: volledige namen, voornamen, achternamen na een aanspreekvorm, aanhef of rol (meneer, Beste, collega), initialen en namen die als scheldwoord worden gebruikt.',
  context: CONTEXT,
  recognise(doc) {
    const out: Detection[] = [];
    const toks = doc.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.kind !== 'word') continue;
      const cue = cueKind(t.lower);
      if (cue && isSignature(doc, i)) {
        // `Met vriendelijke groet, Fam. Aksoy`: the signature names the author.
        const d = afterCue(doc, i, cue);
        if (d) while (i + 1 < toks.length && toks[i + 1]!.start < d.end) i++;
        continue;
      }
      if (cue) {
        const d = afterCue(doc, i, cue);
        if (d) {
          out.push(d);
          while (i + 1 < toks.length && toks[i + 1]!.start < d.end) i++;
        }
        continue;
      }
      if (!t.capitalised && (t.lower === 'van' || t.lower === 'in')) {
        const s = lowerParticleSurnameEnd(doc, i);
        if (s >= 0) {
          const effect = contextScore(doc, t.start, toks[s]!.end, 0.6, CONTEXT, { raise: 0.2, lower: 0.2 });
          out.push(detection(doc, t.start, toks[s]!.end, 'PERSOON', ID, effect.score, `Achternaam met tussenvoegsels in kleine letters${explainContext(effect)}.`));
          i = s;
          continue;
        }
      }
      if (!t.capitalised || t.allCaps || NOT_A_NAME.has(t.lower)) continue;

      // Initials followed by a surname: `J.P. de Vries`.
      const init = initialsEnd(doc, i);
      if (init >= 0) {
        const s = surnameEnd(doc, init + 1, { allowLower: false, strict: true });
        if (s >= 0) {
          out.push(detection(doc, t.start, toks[s]!.end, 'PERSOON', ID, 0.8, 'Initialen gevolgd door een achternaam.'));
          i = s;
        }
        continue;
      }

      const prev = wordBefore(doc, i);
      if (isSignature(doc, i)) {
        i = extendFullName(doc, i, false).end;
        continue;
      }
      if (isFirstName(t.lower)) {
        if (prev && LOCATIVE.has(prev.lower) && places().has(t.lower)) continue;
        // `het Wilhelmus`, `het Sinterklaasjournaal`: a person is not "het".
        if (prev?.lower === 'het') continue;
        const ambiguous = ambiguousFirstNames().has(t.lower);
        const full = extendFullName(doc, i, ambiguous);
        if (BRANDS.has(doc.lower.slice(t.start, toks[full.end]!.end))) {
          i = full.end;
          continue;
        }
        if (ambiguous && !full.surname) continue;
        const base = full.surname ? 0.9 : 0.8;
        const effect = contextScore(doc, t.start, toks[full.end]!.end, base, CONTEXT, { raise: 0.1, lower: 0.2 });
        const what = full.surname ? 'Voornaam uit de namenlijst gevolgd door een achternaam' : 'Voornaam uit de namenlijst';
        out.push(detection(doc, t.start, toks[full.end]!.end, 'PERSOON', ID, effect.score, `${what}${explainContext(effect)}.`));
        i = full.end;
        continue;
      }

      // An unlisted first name or nickname before a listed Dutch surname with particle: `Appie de Wit`.
      if (!isOrdinaryWord(t.lower) && !places().has(t.lower)) {
        const next = adjacent(doc, i + 1);
        const s = next && TUSSENVOEGSEL_WORDS.has(next.text) ? surnameEnd(doc, i + 1, { allowLower: false, strict: true }) : -1;
        if (s >= 0 && curatedSurnames().has(toks.slice(i + 1, s + 1).map((x) => x.lower).join(' '))) {
          out.push(detection(doc, t.start, toks[s]!.end, 'PERSOON', ID, 0.8, 'Naam gevolgd door een bekende achternaam met tussenvoegsel.'));
          i = s;
          continue;
        }
      }

      // A surname on its own, mid-sentence, that is not an ordinary word or a place: `zei Hoekstra`.
      // At the start of a sentence only the hand-checked Dutch surnames count (`Jansen belde weer`).
      const surnameAlone = t.sentenceStart ? curatedSurnames().has(t.lower) : surnames().has(t.lower);
      if (surnameAlone && !isOrdinaryWord(t.lower) && !places().has(t.lower)) {
        const effect = contextScore(doc, t.start, t.end, 0.55, CONTEXT, { raise: 0.2, lower: 0.2 });
        out.push(detection(doc, t.start, t.end, 'PERSOON', ID, effect.score, `Achternaam uit de namenlijst${explainContext(effect)}.`));
        continue;
      }

      // A person's name used as an insult: `noemde mij een Hitler`.
      if (prev?.lower === 'een' && !t.sentenceStart && !dutchWords().has(t.lower) && !places().has(t.lower)) {
        const effect = contextScore(doc, t.start, t.end, 0.3, INSULT_CONTEXT, { window: 6, raise: 0.4 });
        if (effect.raisedBy.length) {
          out.push(detection(doc, t.start, t.end, 'PERSOON', ID, effect.score, `Naam van een persoon gebruikt als scheldnaam${explainContext(effect)}.`));
        }
      }
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Vandaag was meneer Pieterse weer op controle.', span: 'Pieterse' },
      { tekst: 'Hoi Lotte, je afspraak is verzet.', span: 'Lotte' },
      { tekst: 'Geachte mevrouw van der Linden-Bakker, hierbij de uitslag.', span: 'van der Linden-Bakker' },
      { tekst: 'Ik zag Jeroen van Dijk gisteren op de gang.', span: 'Jeroen van Dijk' },
      { tekst: 'dhr. K. belde over zijn recept.', span: 'K.' },
      { tekst: 'Wil je meneer K. even terugbellen?', span: 'K.' },
      { tekst: 'Verwijzing voor J.P. de Wit is verstuurd.', span: 'J.P. de Wit' },
      { tekst: 'mw van den berg wil graag koffie', span: 'van den berg' },
      { tekst: 'mw. jansen-van der kolk (kamer 3) gaat naar huis', span: 'jansen-van der kolk' },
      { tekst: 'let op, die van der heijden op bed 2 is weer onrustig', span: 'van der heijden' },
      { tekst: 'Mijn cliënt Youssef heeft vandaag zijn diploma.', span: 'Youssef' },
      { tekst: 'Een bezoeker noemde de arts een Mussolini.', span: 'Mussolini' },
      { tekst: 'Hoi Roos, zie je morgen!', span: 'Roos' },
      { tekst: 'Vandaag werd onze Marietje negentig.', span: 'Marietje' },
      { tekst: 'Gisteren belde Jan P. de Vries over zijn recept.', span: 'Jan P. de Vries' },
      { tekst: 'Casus: dhr. v.d. Berg, 67 jaar, met COPD.', span: 'v.d. Berg' },
      { tekst: 'Mw v/d Linden belt morgen terug.', span: 'v/d Linden' },
    ],
    vindtNiet: [
      'Mark je agenda voor de scholingsdag.',
      'Kan de afspraak een week eerder? Alvast bedankt, Sanne',
      'Ben je morgen ook op de afdeling?',
      'Bloem is mooi, zei de bewoner.',
      'Goed gedaan allemaal, fijne dienst!',
      'Beste collega, de teamdag is verplaatst.',
      'Dag dokter, hoe gaat het?',
      'Door de drukte was er geen pauze.',
      'Wil jij de bus regelen?',
      'Het rapport van de commissie en de brief van het bestuur liggen klaar.',
      'Iedereen zong het Wilhelmus mee.',
      'De meneer in het huis op de hoek zwaait altijd.',
    ],
  },
};
