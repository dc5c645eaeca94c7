import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import { MIN_SCORE, type Recogniser } from './types.js';

/**
 * Calendar dates and dates of birth:
 * - day + month name, optionally with a year: `12 maart`, `2 mei 2016`, `3 jan.`, `1e mei`;
 * - month name + year: `maart 2024` (lower score);
 * - numeric: `14-02-1958`, `12/03/2024`, `12.03.2024`, `2024-03-12`, and day/month with a slash: `12/3`;
 * - a bare year only right after a birth or death cue about a person (`geboren in 1950`, `geb. 1950`,
 *   `overleden in 2019`); the span is the year. A year in a general statement (`in 2017 gebruikten …`)
 *   is not a date of a person and is left alone.
 * Weekdays, relative words (`gisteren`, `vanavond`) and times (`20.00 uur`, `14.10`) are not dates.
 */
export const MAANDEN = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const AFKORTINGEN = 'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DAG_MAAND = new RegExp(
  String.raw`(?=\d)(?<![\p{L}\p{N}.,])([0-3]?\d)(?:e|ste|de)?(?:\s*(?:,|en|t\/m|tot en met|tot|-|–)\s*[0-3]?\d(?:e|ste|de)?)*\s+(?:(?:${MAANDEN})(?![\p{L}])|(?:${AFKORTINGEN})(?:\.|(?![\p{L}])))(?:\s+((?:19|20)\d{2}|'\d{2})(?![\p{N}]))?`,
  'giu',
);
const MAAND_JAAR = new RegExp(String.raw`(?=[jfmasond])(?<![\p{L}])(?:${MAANDEN})\s+(?:19|20)\d{2}(?![\p{N}])`, 'giu');
const NUMERIEK = /(?=\d)(?<![\p{L}\p{N}.,:/-])(?:([0-3]?\d)([-/.])([01]?\d)\2((?:19|20)?\d{2})|((?:19|20)\d{2})-([01]\d)-([0-3]\d)|([0-3]?\d)\/([01]?\d))(?![\p{N}]|[-/.,:]\p{N})/gu;
/**
 * Cheap tests for the parts every match of DAG_MAAND (a space before a month) and of NUMERIEK (a digit, a
 * separator, a digit) holds; texts without them skip the costly patterns.
 */
const KAN_DAG_MAAND = new RegExp(String.raw`\s(?:${MAANDEN}|${AFKORTINGEN})`, 'iu');
const KAN_NUMERIEK = /\d[-/.]\d/;
/** Both year patterns need a year of the 20th or 21st century somewhere in the text. */
const JAARTAL = /(?:19|20)\d{2}/;
const GEBOORTEJAAR = /(?=[go])(?<![\p{L}])(?:geboren|geb\.|geboortejaar|overleden|gestorven)\s*(?:in|op|:)?\s*((?:19|20)\d{2})(?![\p{N}]|[-/.]\p{N})/giu;

const recogniser: Recogniser = {
  id: 'datum.kalender',
  label: 'DATUM',
  beschrijving: 'Kalenderdata en geboortedata (12 maart, 14-02-1958, geboren in 1950).',
  context: { verhogen: [
      'geboren', 'geb', 'geboortedatum', 'op', 'datum', 'overleden', 'opgenomen', 'afspraak', 'vanaf', 'sinds', 'per', 't/m', 'tot',
      'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'controle', 'ontslag', 'opname',
    ], verlagen: ['versie', 'artikel', 'score', 'uitslag'] },
  recognise(doc: AnalysedText): Detection[] {
    // Every pattern holds a digit.
    if (doc.digits === 0) return [];
    const out: Detection[] = [];
    const taken: Array<[number, number]> = [];
    const push = (start: number, end: number, base: number, reden: string) => {
      if (taken.some(([s, e]) => start < e && s < end)) return;
      const d = detectie(doc, recogniser, start, end, base, reden, { raise: 0.15, lower: 0.2, window: 3 });
      if (d.score < MIN_SCORE) return;
      taken.push([start, end]);
      out.push(d);
    };
    if (KAN_DAG_MAAND.test(doc.text)) for (const m of alleMatches(DAG_MAAND, doc.text)) {
      const dag = Number(m[1]);
      if (dag < 1 || dag > 31) continue;
      push(m.index, m.index + m[0].length, 0.85, 'Dag met een maandnaam: een kalenderdatum.');
    }
    if (KAN_NUMERIEK.test(doc.text)) for (const m of alleMatches(NUMERIEK, doc.text)) {
      const [dag, maand] = m[1] ? [m[1], m[3]] : m[5] ? [m[7], m[6]] : [m[8], m[9]];
      const d = Number(dag);
      const mo = Number(maand);
      if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
      if (m[8] && m[0] === '24/7') continue; // "24/7 bereikbaar" is an expression, not a date
      if (m[1] && m[2] === '.' && !m[4]!.match(/^(?:19|20)\d{2}$/)) continue; // 12.03.24 could be a version or score
      // Day/month with only a slash (12/3) could be a fraction or a score: it needs a cue such as "op" or "afspraak".
      push(m.index, m.index + m[0].length, m[8] ? 0.45 : 0.85, m[8] ? 'Dag en maand met een schuine streep.' : 'Datum in cijfers (dag, maand, jaar).');
    }
    const jaartal = JAARTAL.test(doc.text);
    if (jaartal) for (const m of alleMatches(GEBOORTEJAAR, doc.text)) {
      const year = m[1]!;
      const start = m.index + m[0].length - year.length;
      push(start, start + year.length, 0.8, 'Jaartal bij "geboren" of "overleden": een geboorte- of sterfjaar van een persoon.');
    }
    if (jaartal) for (const m of alleMatches(MAAND_JAAR, doc.text)) {
      push(m.index, m.index + m[0].length, 0.55, 'Maand met jaartal.');
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Uw afspraak op 12 maart is verzet.', span: '12 maart' },
      { tekst: 'Geboren op 2 mei 2016 in Utrecht.', span: '2 mei 2016' },
      { tekst: 'geb. 14-02-1958, bekend met COPD', span: '14-02-1958' },
      { tekst: 'Terugkomen op 3 jan. graag.', span: '3 jan.' },
      { tekst: 'Zij is geboren in 1950.', span: '1950' },
      { tekst: 'Controle op 12/3 bij de poli.', span: '12/3' },
      { tekst: 'Opname per 2024-03-12 gepland.', span: '2024-03-12' },
      { tekst: 'De teamdag is op 18 november.', span: '18 november' },
      { tekst: 'Gesloten op 25 en 26 december.', span: '25 en 26 december' },
    ],
    vindtNiet: [
      'Gisteren en vrijdag was het druk.',
      'Vanavond om 20.00 uur begint de chat.',
      'In 2017 gebruikten veel jongeren dit middel.',
      'Wij zijn 24/7 bereikbaar.',
      'Ruim 3/4 van de klas slaagde.',
      'Ze weegt 38 kilo en scoort 7.5.',
      'Over 5 minuten bel ik je.',
    ],
  },
};

export default recogniser;
