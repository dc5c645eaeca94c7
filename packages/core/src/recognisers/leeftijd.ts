import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import { MAANDEN } from './datum.js';
import type { Recogniser } from './types.js';

/**
 * Ages of a person, in figures or in words (een … honderdtien):
 * - `87-jarige`, `87 jarig`, `twaalfjarige` (span includes `-jarige`);
 * - `87 jaar` / `87 jaar oud` after a verb or word that introduces an age (`is`, `werd`, `van`, a comma or
 *   bracket), never durations (`al 5 jaar`, `5 jaar geleden`, `in tien jaar`, `vijf jaar vooruit`);
 * - `(87)` or `, 87,` right after a name or a person word (`Trees (91)`, `Esra, 29,`);
 * - `vrouw van 80`, `jongen van twaalf`, `patiënte van 19` (a person word + `van` + number);
 * - `is 100 geworden`, `wordt 80`, `werd 65`; `hij is 17 en …`, `ze was pas 15`, `leeftijd: 67`.
 * Decision: vague ranges (`rond de 50`, `in de 80`, `tachtiger`) are not marked: they describe an age
 * group, not a specific age. Counts (`5 minuten`, `kamer 3`, `38 kilo`, `100 procent`, `3 kinderen`) are
 * never taken because every pattern needs an age cue.
 */
const EENHEDEN = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TIENTALLEN: Record<number, string> = { 2: 'twintig', 3: 'dertig', 4: 'veertig', 5: 'vijftig', 6: 'zestig', 7: 'zeventig', 8: 'tachtig', 9: 'negentig' };
const ONDER_20 = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];

/** Written Dutch numbers 1..110 → value (tweeëntachtig and tweeentachtig both accepted). */
export const TELWOORDEN: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let n = 1; n <= 110; n++) {
    const forms: string[] = [];
    if (n < 20) forms.push(ONDER_20[n]!);
    else if (n < 100) {
      const t = TIENTALLEN[Math.floor(n / 10)]!;
      const u = n % 10;
      if (u === 0) forms.push(t);
      else {
        const unit = EENHEDEN[u]!;
        const joiner = /[ae]$/.test(unit) ? 'ën' : 'en';
        forms.push(unit + joiner + t, unit + 'en' + t);
      }
    } else forms.push(n === 100 ? 'honderd' : 'honderd' + (ONDER_20[n - 100] ?? ''));
    for (const f of forms) m.set(f, n);
  }
  m.delete('een'); // "een" is mostly the article; ages of one are written "1" or "één"
  m.set('één', 1);
  return m;
})();

// Any word of number length; whether it really is a number word is checked against TELWOORDEN afterwards
// (one generic letter run is much cheaper for the regex engine than 200 alternatives).
const WOORDGETAL = String.raw`\p{L}{3,22}`;
const GETAL = String.raw`(?:1[01]\d|[1-9]\d?|${WOORDGETAL})`;
const PERSONEN =
  'vrouw|man|meisje|jongen|dame|heer|meneer|mevrouw|patiënt|patiënte|patient|patiente|cliënt|cliënte|client|cliente|bewoner|bewoonster|kind|zoon|dochter|baby|peuter|kleuter|tiener|puber|student|studente|jongere|broer|zus|mannetje|vrouwtje|knul|jongedame|overbuurman|buurman|buurvrouw|echtgenoot|echtgenote|partner|weduwe|weduwnaar|leerling|collega|zoontje|dochtertje|meid|meiden|jongens|dametje|oudje|vent|gozer';

const JARIGE = new RegExp(String.raw`(?<![\p{L}\p{N}\-/.])(?:${GETAL})(?:-| )?jarige?n?(?![\p{L}])`, 'giu');
// "is 87 jaar", "van 87 jaar oud", "(87 jaar)", ", 87 jaar,": an introducing word, then N jaar.
const JAAR = new RegExp(
  String.raw`(?<=(?:(?<![\p{L}])(?:is|ben|bent|was|werd|wordt|word|zijn|waren|leeftijd|nog maar|inmiddels)\s+|[(,]\s*))(${GETAL})\s*(?:jaar|jr\.?)(?:\s+oud)?(?![\p{L}])`,
  'giu',
);
const NIET_NA_JAAR = /^\s*(?:geleden|lang|later|eerder|terug|getrouwd|samen|werkzaam|in dienst|ervaring|vooruit|na|voor|bij|op|aan|in|met|nodig|verder|zonder|durende)(?![\p{L}])/iu;
// Anchored on "van" (cheap to scan for); the person word before it is checked in a lookbehind after it.
const naVan = (woorden: string) =>
  new RegExp(String.raw`van(?<=(?<![\p{L}])(?:${woorden})\s+van)\s+(${GETAL})(?:\s+jaar(?:\s+oud)?)?(?![\p{L}\p{N}]|[,.]\d)`, 'giud');
const PERSOON_VAN = naVan(PERSONEN);
// "mijn oma van 84", "haar vader van 91": an older relative's age. A small number after these words usually
// counts children or grandchildren ("vader van twee", "oma van 5"), so only 20 and up count.
const FAMILIE = 'oma|opa|omi|opi|moeder|vader|schoonmoeder|schoonvader|grootmoeder|grootvader|tante|oom|mama|papa';
const FAMILIE_VAN = naVan(FAMILIE);
const VOLWASSEN = 20;
const NIET_NA_VAN = /^\s*(?:kilo|kg|gram|cm|meter|minuten|uur|procent|%|euro|graden|centimeter|weken|maanden|dagen|kinderen|keer)(?![\p{L}])/iu;
// The cheap lookahead first: the costly lookbehind is only tried before a bracket (same matches).
const HAAKJES = new RegExp(String.raw`(?=\()(?<=(?:\p{Lu}[\p{L}'-]*|(?<![\p{L}])(?:${PERSONEN}))\s?)\((${GETAL})\)`, 'gu');
const KOMMA = new RegExp(String.raw`(?=[1-9])(?<=(?:\p{Lu}[\p{L}'-]+|(?<![\p{L}])(?:${PERSONEN})),\s)(1[01]\d|[1-9]\d?)(?=\s?,)`, 'gu');
// "hij is 17 en …", "ze was pas 15,", "leeftijd: 67": a person (or the word leeftijd) and a bare number.
const ONDERWERP = new RegExp(
  String.raw`(?=is|ben|was|wordt|werd|leeftijd)(?<![\p{L}])(?:(?:is|ben|bent|was|wordt|werd)(?<=(?<![\p{L}])(?:hij|zij|ze|ik|jij|je|u|meneer|mevrouw|patiënte?|cliënte?|bewoner|bewoonster)\s+\p{L}+)\s+(?:pas\s+|net\s+|al\s+|bijna\s+|nog\s+maar\s+|inmiddels\s+)?|leeftijd\s*(?:van\s+|:\s*))(1[01]\d|[1-9]\d?|${WOORDGETAL})(?![\p{L}\p{N}]|[.,\-–/]\d|\s*(?:%|van|uit|op|keer|uur|minuten|dagen|weken|maanden|kilo|kg|graden|procent|euro|cm)(?![\p{L}]))`,
  'giu',
);
const MEETWOORD = /(?:suiker|saturatie|bloeddruk|temperatuur|koorts|score|gewicht|waarde|iq|bmi|cholesterol|glucose|hb|pols|hartslag)/;
const VERJAARDAG = new RegExp(String.raw`(?<![\p{L}\p{N}])(1[01]\d|\d{1,2})(?:e|ste|de)(?=\s+verjaardag)`, 'giu');
// "50-jarig jubileum", "25-jarig bestaan": the age of an organisation or a marriage, not of a person.
const NIET_NA_JARIG = /^\s*(?:jubileum|dienstjubileum|ambtsjubileum|bestaan|huwelijk|huwelijksfeest|dienstverband|contract|project|traject|programma|garantie|onderzoek)/i;
// Babies and toddlers: "3 maanden oud", "baby van 6 weken".
// Unit words of a baby's age; the number right before one is read from a short window of text.
const EENHEID = /(?<![\p{L}])(?:maanden|maand|weken|week|dagen)(\s+oud)?(?![\p{L}])/giu;
const BABY_EENHEID = /maand|week|weken|dagen/;
const GETAL_ERVOOR = new RegExp(String.raw`(?<![\p{L}\p{N}])(1[01]\d|[1-9]\d?|${WOORDGETAL})\s+$`, 'u');
const BABY_VAN = /(?:baby|babytje|zoontje|dochtertje|kindje|tweeling|pasgeborene|peuter|kind)\s+van\s+$/iu;
// Case notation: "(m, 45)", "(v/12)", "(45, m)".
const GESLACHT = /\((?:(?:m|v|man|vrouw|jongen|meisje)\s*[,/]?\s*(1[01]\d|[1-9]\d?)|(1[01]\d|[1-9]\d?)\s*[,/]\s*(?:m|v|man|vrouw))\)/giu;
// "wordt volgende week 100!": a future or past birthday with up to two words between verb and number.
const WORDT_LATER = new RegExp(
  String.raw`(?<![\p{L}])(?:wordt|werd|word)\s+(?:\p{L}+\s+){1,2}(1[01]\d|[1-9]\d?|${WOORDGETAL})(?=\s*[!.]|\s+jaar(?:\s+oud)?\s*[!.])`,
  'giu',
);
// "werd vandaag 95 en kreeg taart": a birthday told with its day, going on with "en" or a comma.
const WEEKDAGEN = 'zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag';
const JARIG_EN = new RegExp(String.raw`(?<![\p{L}])(?:wordt|werd)\s+(?:vandaag|gisteren|morgen|${WEEKDAGEN})\s+(1[01]\d|[1-9]\d?)(?=\s+en\s|\s*,)`, 'giu');
// "Hij wordt 10 op 14 september", "werd 80 op zondag": a birthday with its date or day.
const JARIG_OP = new RegExp(
  String.raw`(?<![\p{L}])(?:wordt|werd)\s+(1[01]\d|[1-9]\d?)(?=\s+op\s+(?:\d{1,2}\s+(?:${MAANDEN})|${WEEKDAGEN})(?![\p{L}]))`,
  'giu',
);
// "hoe stralend mevrouw Dekker vandaag 103 werd", "toen hij 18 werd,": the number before the verb at the end
// of a clause (Dutch puts the verb last there).
const WERD_ACHTER = /(?<![\p{L}\p{N},.\-/:])((?:1[01]\d|[1-9]\d?)(?:\s+jaar)?)\s+(?:werd|wordt)(?=\s*(?:[!.,;:)]|$)|\s+(?:in|op|bij|met|en|toen|samen)(?![\p{L}]))/giu;
const KOMMA_GETAL = /,\s\d/;
const WERKWOORD = /(?:is|wordt|werd|ben|word|bent) /;
const GEWORDEN = new RegExp(String.raw`(?<![\p{L}])(?:is|wordt|werd|ben|word|bent)\s+(?:vandaag\s+|gisteren\s+|morgen\s+|net\s+|bijna\s+|al\s+)?(${GETAL})(?=\s+geworden|\s+jaar|\s*[!.]|\s+vandaag|\s+morgen)`, 'giu');

const recogniser: Recogniser = {
  id: 'leeftijd.persoon',
  label: 'LEEFTIJD',
  beschrijving: 'Leeftijden van personen (87-jarige, 87 jaar, Trees (91), jongen van twaalf).',
  context: { verhogen: ['jarig', 'verjaardag', 'oud', 'leeftijd', 'geworden', 'gefeliciteerd'], verlagen: ['kamer', 'bed', 'minuten', 'procent', 'kilo'] },
  recognise(doc: AnalysedText): Detection[] {
    const out: Detection[] = [];
    const taken: Array<[number, number]> = [];
    const push = (start: number, end: number, base: number, reden: string) => {
      if (taken.some(([s, e]) => start < e && s < end)) return;
      const waarde = waardeVan(doc.text.slice(start, end));
      if (waarde === null || waarde > 115) return;
      taken.push([start, end]);
      out.push(detectie(doc, recogniser, start, end, base, reden, { raise: 0.1, lower: 0.3 }));
    };
    const lower = doc.lower;
    // Cheap substring checks first: most texts contain no age at all.
    if (lower.includes('jarig'))
      for (const m of alleMatches(JARIGE, doc.text)) if (!NIET_NA_JARIG.test(doc.text.slice(m.index + m[0].length))) push(m.index, m.index + m[0].length, 0.9, 'Een "-jarige": een leeftijd.');
    if (lower.includes('jaar') || lower.includes('jr')) for (const m of alleMatches(JAAR, doc.text)) {
      const rest = doc.text.slice(m.index + m[0].length);
      if (NIET_NA_JAAR.test(rest)) continue;
      // After a verb ("ik ben 15 jaar verpleegkundige") only an age ends there: "oud", punctuation or "en".
      const naWerkwoord = !/[(,]\s*$/.test(doc.text.slice(Math.max(0, m.index - 3), m.index));
      if (naWerkwoord && !/oud$/i.test(m[0]) && !/^\s*(?:[.,;:!?)]|en(?![\p{L}])|$)/u.test(rest)) continue;
      push(m.index, m.index + m[0].length, 0.8, 'Een aantal jaren als leeftijd ("is 87 jaar").');
    }
    if (lower.includes(' van ')) for (const m of alleMatches(PERSOON_VAN, doc.text)) {
      if (NIET_NA_VAN.test(doc.text.slice(m.index + m[0].length))) continue;
      push(m.indices![1]![0], m.index + m[0].length, 0.8, 'Persoon "van" een getal: een leeftijd.');
    }
    if (lower.includes(' van ')) for (const m of alleMatches(FAMILIE_VAN, doc.text)) {
      if (NIET_NA_VAN.test(doc.text.slice(m.index + m[0].length)) || (waardeVan(m[1]!) ?? 0) < VOLWASSEN) continue;
      push(m.indices![1]![0], m.index + m[0].length, 0.75, 'Familielid "van" een getal van twintig of meer: een leeftijd.');
    }
    for (const m of alleMatches(ONDERWERP, doc.text)) {
      const start = m.index + m[0].length - m[1]!.length;
      // "de bloedsuiker van meneer was 22": a measurement, not an age.
      if (MEETWOORD.test(doc.lower.slice(Math.max(0, m.index - 30), m.index))) continue;
      push(start, start + m[1]!.length, 0.7, 'Getal direct na "hij is", "ze was" of "leeftijd": een leeftijd.');
    }
    if (BABY_EENHEID.test(lower))
      for (const m of alleMatches(EENHEID, doc.text)) {
        const voor = doc.text.slice(Math.max(0, m.index - 30), m.index);
        const g = GETAL_ERVOOR.exec(voor);
        if (!g) continue;
        const start = m.index - voor.length + g.index;
        // Only with "oud" after it or a baby word before it: "3 maanden" alone is a duration.
        if (!m[1] && !BABY_VAN.test(doc.text.slice(Math.max(0, start - 30), start))) continue;
        push(start, m.index + m[0].length, 0.8, 'Een leeftijd in maanden, weken of dagen (baby of peuter).');
      }
    if (lower.includes('verjaardag')) for (const m of alleMatches(VERJAARDAG, doc.text)) push(m.index, m.index + m[0].length, 0.8, 'Rangtelwoord voor "verjaardag": een leeftijd.');
    if (doc.text.includes('(')) for (const m of alleMatches(GESLACHT, doc.text)) {
      const getal = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(getal);
      push(start, start + getal.length, 0.8, 'Getal naast een geslacht tussen haakjes, zoals "(m, 45)": een leeftijd.');
    }
    if (lower.includes('word')) for (const m of alleMatches(WORDT_LATER, doc.text)) {
      const start = m.index + m[0].length - m[1]!.length;
      push(start, start + m[1]!.length, 0.7, 'Getal na "wordt" of "werd" aan het eind van de zin: een leeftijd.');
    }
    if (lower.includes('werd') || lower.includes('wordt')) for (const m of alleMatches(JARIG_EN, doc.text)) {
      const start = m.index + m[0].length - m[1]!.length;
      push(start, start + m[1]!.length, 0.75, 'Getal na "werd vandaag" of "wordt morgen": een verjaardag, dus een leeftijd.');
    }
    if (doc.text.includes('(')) for (const m of alleMatches(HAAKJES, doc.text)) push(m.index + 1, m.index + 1 + m[1]!.length, 0.8, 'Getal tussen haakjes na een naam of persoon: een leeftijd.');
    if (lower.includes('werd') || lower.includes('wordt')) {
      for (const m of alleMatches(JARIG_OP, doc.text)) {
        const start = m.index + m[0].length - m[1]!.length;
        // "het cijfer werd 8 op 10 maart bekend": a grade or measurement, not a birthday.
        const voor = lower.slice(Math.max(0, m.index - 30), m.index);
        if (MEETWOORD.test(voor) || voor.includes('cijfer')) continue;
        push(start, start + m[1]!.length, 0.75, 'Getal na "wordt" of "werd" met een datum of dag erna: een verjaardag, dus een leeftijd.');
      }
      for (const m of alleMatches(WERD_ACHTER, doc.text)) push(m.index, m.index + m[1]!.length, 0.7, 'Getal vlak voor "werd" of "wordt" aan het eind van een bijzin: een leeftijd.');
    }
    if (KOMMA_GETAL.test(doc.text)) for (const m of alleMatches(KOMMA, doc.text)) push(m.index, m.index + m[0].length, 0.7, 'Getal tussen komma\'s na een naam: een leeftijd.');
    if (WERKWOORD.test(lower)) for (const m of alleMatches(GEWORDEN, doc.text)) {
      const start = m.index + m[0].length - m[1]!.length;
      // "de score is 7." is no age: after is/ben/bent a bare number needs "geworden" or "jaar".
      if (/^(?:is|ben|bent)\s/i.test(m[0]) && !/^\s+(?:geworden|jaar)/.test(doc.text.slice(start + m[1]!.length))) continue;
      const rest = doc.text.slice(start + m[1]!.length);
      if (/^\s+jaar/.test(rest) && NIET_NA_JAAR.test(rest.replace(/^\s+jaar(?:\s+oud)?/, ''))) continue;
      push(start, start + m[1]!.length, 0.75, 'Getal na "is/wordt/werd": een leeftijd.');
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Een 23-jarige motorrijder is binnengebracht.', span: '23-jarige' },
      { tekst: 'Onze bewoonster werd vandaag 95 en kreeg een taart.', span: '95' },
      { tekst: 'Onze bewoonster Trees (91) is jarig.', span: '91' },
      { tekst: 'Mijn cliënt Esra, 29, werkt in Gouda.', span: '29' },
      { tekst: 'Een jongen van twaalf met buikpijn.', span: 'twaalf' },
      { tekst: 'Meneer is 100 geworden!', span: '100' },
      { tekst: 'Ze is 87 jaar oud en woont alleen.', span: '87 jaar oud' },
      { tekst: 'Mijn patiënte van 19 uit Delfzijl.', span: '19' },
      { tekst: 'een twaalfjarige jongen', span: 'twaalfjarige' },
      { tekst: 'een vrouw van 80 jaar', span: '80 jaar' },
      { tekst: 'Ze is pas 16 en zwanger.', span: '16' },
      { tekst: 'Leeftijd: 67, woont alleen.', span: '67' },
      { tekst: 'Gefeliciteerd met je 40e verjaardag!', span: '40e' },
      { tekst: 'Casus: man, 45, met pijn op de borst.', span: '45' },
      { tekst: 'Casus (m, 45) met pijn op de borst.', span: '45' },
      { tekst: 'Mevrouw wordt volgende week 100!', span: '100' },
      { tekst: 'Onze tweeling is nu 3 maanden oud.', span: '3 maanden oud' },
      { tekst: 'Een baby van 6 weken met koorts.', span: '6 weken' },
      { tekst: 'Haar opa van 91 is gevallen.', span: '91' },
      { tekst: 'Femke wordt 7 op 3 oktober, kom je ook?', span: '7' },
      { tekst: 'Wat straalde meneer Kok toen hij gisteren 99 werd op de afdeling.', span: '99' },
      { tekst: 'Raad eens wie er vandaag 101 jaar werd!', span: '101 jaar' },
    ],
    vindtNiet: [
      'Over 5 minuten bel ik je.',
      'Meneer van kamer 3 wil thee.',
      'Ze weegt nog maar 38 kilo.',
      'Ik werk hier al 5 jaar met plezier.',
      'Vrouw, rond de 50, na een operatie.',
      'Dat is 100 procent zeker.',
      'Zij heeft 3 kinderen.',
      'Dat was 10 jaar geleden.',
      'Hij is 3 keer gevallen.',
      'Ze was 10 dagen opgenomen.',
      'Hij is vader van twee.',
      'Trotse oma van 6 kleinkinderen.',
      'Het cijfer werd 8 op 10 maart bekend.',
      'De uitslag werd om 9 uur bekend.',
    ],
  },
};

function waardeVan(span: string): number | null {
  const lower = span.toLowerCase();
  const digits = /^\d+/.exec(lower);
  if (digits) return Number(digits[0]);
  const word = /^\p{L}+/u.exec(lower)?.[0] ?? '';
  const direct = TELWOORDEN.get(word);
  if (direct !== undefined) return direct;
  const j = word.indexOf('jarig');
  return j > 0 ? (TELWOORDEN.get(word.slice(0, j)) ?? null) : null;
}

export default recogniser;
