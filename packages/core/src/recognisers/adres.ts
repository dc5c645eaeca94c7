import type { Detection } from '../types.js';
import { isFirstName, isOrdinaryWord, placeKind } from './shared/lexicons.js';
import { detection } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'locatie.adres';

const SUFFIXES =
  'straat|straatje|laan|weg|plein|singel|gracht|kade|dijk|hof|dreef|pad|steeg|park|plantsoen|markt|boulevard|allee|erf|wal|ring|baan|burgwal|haven|kwartier|promenade|hoeve|veld|akker|kamp|zoom|donk|brink|wei|straatweg|rijweg|dwarsstraat';
// A street name ending in a street word, then a house number with an optional addition (12a, 12 A, 12-2, 12 bis, 12-III, 12hs).
const STREET_NUMBER = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*?(?:${SUFFIXES})|\p{Lu}[\p{L}'’-]+\s(?:Straat|Laan|Weg|Gracht|Kade|Singel|Plein|Dijk|Dreef|Markt|Haven|Wal|Ring))\s+(\d{1,4})(?:\s?-?(?:hs|bis|III|II|I)(?![\p{L}])|-\d{1,3}(?![\p{L}\p{N}])|\s?[a-zA-Z](?![\p{L}\p{N}]))?(?![\p{N},.]\d)`,
  'gu',
);
// Street names that start with the street word: `Laan van Meerdervoort 120`, `Plein 1944 3`, `Weg der Verenigde Naties 1`.
const LEADING_STREET = new RegExp(
  String.raw`(?=[LWPKDSBGR])(?<![\p{L}\p{N}])(?:Laan|Weg|Plein|Kade|Dreef|Singel|Burgwal|Gracht|Ring|Park)\s+(?:van\s+(?:de[rn]?\s+|het\s+|'t\s+)?|der\s+|de\s+)(?:\p{Lu}[\p{L}'’-]+\s+){1,2}?\d{1,4}(?:\s?[a-zA-Z](?![\p{L}\p{N}])|-\d{1,3}(?![\p{L}\p{N}]))?(?![\p{N},.]\d)`,
  'gu',
);
// A street name without number, after `op de`, `in de`, `aan de`, `van de` (`op de Kalverstraat`).
const STREET_ONLY = /(?=\p{Lu})(?<=\b(?:op|in|aan|van|naar|bij|langs|over)\s+de\s+)(\p{Lu}[\p{L}'’-]*?(?:straat|laan|gracht|singel|kade|dreef|steeg|plein|weg))(?![\p{L}\p{N}])/gu;
/**
 * Cheap tests for what every match holds, run first because the patterns above cost several times more:
 * a lowercase letter (every street word ends in one), space and digit, then a street word before the
 * number (STREET_NUMBER); a leading street word with its particle (LEADING_STREET); `de` and a capital
 * (STREET_ONLY).
 */
const KAN_NUMMER = /[a-z]\s+\d/;
const KAN_STRAAT_NUMMER = new RegExp(String.raw`(?:${SUFFIXES}|Straat|Laan|Weg|Gracht|Kade|Singel|Plein|Dijk|Dreef|Markt|Haven|Wal|Ring)\s+\d`, 'u');
const KAN_STRAATWOORD_VOOR = /(?:Laan|Weg|Plein|Kade|Dreef|Singel|Burgwal|Gracht|Ring|Park)\s+(?:van|der|de)\s/u;
const KAN_NA_DE = /\sde\s+\p{Lu}/u;
// The word before a position, for growing a street name leftwards.
const WORD_BEFORE = /([\p{L}.'’-]+)\s+$/u;
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'la']);
const TITLE_WORDS = new Set([
  'burgemeester', 'dokter', 'dominee', 'pastoor', 'professor', 'generaal', 'admiraal', 'graaf', 'gravin', 'koning',
  'koningin', 'prins', 'prinses', 'president', 'sint', 'lange', 'korte', 'nieuwe', 'oude', 'grote', 'kleine',
  'hoge', 'lage', 'oost', 'west', 'noord', 'zuid', 'eerste', 'tweede', 'derde',
]);

/** Grow a street name leftwards over capitalised name words and inner particles (`Burgemeester de Withstraat`). */
function extendLeft(text: string, start: number): number {
  let s = start;
  let pending = -1; // start of particles not yet confirmed by a capitalised word before them
  for (let k = 0; k < 4; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, s - 30), s));
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    const cand = s - m[0].length;
    if (PARTICLES.has(word)) {
      if (pending < 0) pending = s;
      s = cand;
      continue;
    }
    const nameLike = /^\p{Lu}/u.test(word) && (TITLE_WORDS.has(lower) || (!isOrdinaryWord(lower) && lower !== 'van' && lower !== 'de'));
    if (!nameLike) break;
    // Across particles only a title or first name belongs to the street (`Willem de Zwijgerlaan`), not a
    // surname before it (`Dhr. Verkerk van de Molenstraat 19`).
    if (pending >= 0 && !TITLE_WORDS.has(lower) && !isFirstName(lower)) break;
    s = cand;
    pending = -1;
  }
  return pending >= 0 ? pending : s;
}

/** Street names with a house number (`Dorpsstraat 4`, `Beukenlaan 22a`) and, after `op de`, without. */
export const adres: Recogniser = {
  id: ID,
  label: 'LOCATIE',
  beschrijving: 'Straatnamen met huisnummer (Dorpsstraat 4, Beukenlaan 22a) en straatnamen na ‘op de’ of ‘in de’.',
  recognise(doc) {
    const out: Detection[] = [];
    STREET_NUMBER.lastIndex = 0;
    let m: RegExpExecArray | null;
    // House numbers are digits: texts without any skip the pattern.
    const straatNummer = doc.digits > 0 && KAN_NUMMER.test(doc.text) && KAN_STRAAT_NUMMER.test(doc.text);
    while (straatNummer && (m = STREET_NUMBER.exec(doc.text)) !== null) {
      // `Rotterdam 12`, `Schothorst 2017`: a town before a number, or a year after a name, is no address.
      const num = Number(m[2]);
      if (placeKind(m[1]!.toLowerCase()) || (m[2]!.length === 4 && num >= 1800 && num <= 2099)) continue;
      const start = extendLeft(doc.text, m.index);
      const end = m.index + m[0].length;
      out.push(detection(doc, start, end, 'LOCATIE', ID, 0.9, 'Straatnaam met huisnummer.'));
    }
    LEADING_STREET.lastIndex = 0;
    const straatwoordVoor = doc.digits > 0 && KAN_STRAATWOORD_VOOR.test(doc.text);
    while (straatwoordVoor && (m = LEADING_STREET.exec(doc.text)) !== null) {
      out.push(detection(doc, m.index, m.index + m[0].length, 'LOCATIE', ID, 0.9, 'Straatnaam met huisnummer.'));
    }
    STREET_ONLY.lastIndex = 0;
    const naDe = KAN_NA_DE.test(doc.text);
    while (naDe && (m = STREET_ONLY.exec(doc.text)) !== null) {
      const end = m.index + m[0].length;
      if (out.some((d) => d.start <= m!.index && d.end >= end)) continue;
      out.push(detection(doc, m.index, end, 'LOCATIE', ID, 0.7, 'Straatnaam na een voorzetsel.'));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Zij woont op de Molenweg 12a in Barneveld.', span: 'Molenweg 12a' },
      { tekst: 'Adres: Burgemeester de Withstraat 3, Tiel.', span: 'Burgemeester de Withstraat 3' },
      { tekst: 'Vannacht een val in huis aan de Kerkstraat.', span: 'Kerkstraat' },
      { tekst: 'Bij de Lindenlaan 7 staat de ambulance.', span: 'Lindenlaan 7' },
      { tekst: 'Ze woont aan de Oude Gracht 112 in Utrecht.', span: 'Oude Gracht 112' },
    ],
    vindtNiet: ['De Veluwe is mooi.', 'Ik heb 3 straten verderop 12 keer aangebeld.', 'Het wegennet rond de stad is druk.'],
  },
};
