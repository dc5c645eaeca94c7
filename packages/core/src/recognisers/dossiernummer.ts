import { wordsBefore, type AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import type { Recogniser } from './types.js';

/**
 * Numbers that point to one person's file: patient, client, dossier, case and registration numbers. They
 * look like any other number, so a cue is required directly before the number:
 * - a number word (`patiëntnummer`, `dossiernr.`, `zaaknummer`, `MRN`, `BIG-nummer`, `kenmerk` …), then an
 *   identifier of at least 3 digits, letters allowed (`Z-2024-0113`, `A123456`);
 * - a person word (`patiënt`, `cliënt`, `pt.`), optionally with `nr.`/`nummer`, then at least 4 digits
 *   (`Patiënt 1234567`, `patiënt nr. 553-2209`), so `patiënt 3` or an age is never taken for an id.
 * Room and bed numbers (`kamer 3`, `bed 2`), dates, times, amounts and phone numbers are not ids.
 */
const NUMMER_WOORD = String.raw`(?:patiënt|patient|cliënt|client|dossier|zaak|registratie|referentie|klant|lid|polis|verzekerden|verzekerings|inschrijf|personeels|student|leerling|big|uzi|agb|v|vreemdelingen)[- ]?(?:nummer|nr\.?|no\.?|id)|big-registratie(?:nummer)?|mrn|epd-nummer|epd-nr\.?|kenmerk|ons kenmerk|uw kenmerk`;
const PERSOON_WOORD = String.raw`(?:patiënt|patient|patiënte|patiente|cliënt|client|cliënte|pt\.?|pat\.?|dossier|casus)(?:\s*(?:nr\.?|nummer|no\.?|#))?`;
const ID = String.raw`(?:[a-z]{1,3}[-./]?)?\d[\d]*(?:[-./]\d+)*(?:[-]?[a-z]{1,2}\d*)?`;
const VERBINDING = String.raw`\s*(?:[:#]|is|=)?\s*`;

// Each starts with a cheap lookahead on the first letters of its words, so most positions fail fast.
const MET_NUMMERWOORD = new RegExp(String.raw`(?=[pcdzrklvisbuameo])(?<![\p{L}\p{N}])(?:${NUMMER_WOORD})${VERBINDING}(${ID})(?![\p{L}\p{N}]|[-./]\d)`, 'giu');
const MET_PERSOONWOORD = new RegExp(String.raw`(?=[pcd])(?<![\p{L}\p{N}])(?:${PERSOON_WOORD})${VERBINDING}(${ID})(?![\p{L}\p{N}]|[-./]\d)`, 'giu');
/**
 * Cheap tests that a text can hold a match at all: the end of a cue word, the connection and the start of an
 * identifier (the tail of every match), without the costly lookbehind. About a quarter of the full patterns' cost.
 */
const KAN_NUMMERWOORD = new RegExp(String.raw`(?:nummer|nr\.?|no\.?|id|registratie|mrn|kenmerk)${VERBINDING}(?:[a-z]{1,3}[-./]?)?\d`, 'iu');
const KAN_PERSOONWOORD = new RegExp(String.raw`(?:${PERSOON_WOORD})${VERBINDING}(?:[a-z]{1,3}[-./]?)?\d`, 'iu');
const DATUMACHTIG = /^\d{1,2}[-./]\d{1,2}(?:[-./]\d{2,4})?$/;
const BSN_CUES = new Set(['bsn', 'burgerservicenummer', 'sofinummer']);
const OWN_NUMBER_WORD = /(?:nummer|nr|kenmerk)$/u;
const JAARTAL = /^(?:19|20)\d{2}$/;
const TELEFOONACHTIG = /^0\d{9}$/;

const recogniser: Recogniser = {
  id: 'id.dossiernummer',
  label: 'ID',
  beschrijving: 'Patiënt-, cliënt-, dossier-, zaak- en registratienummers na een aanduiding als "patiëntnummer" of "dossiernr.".',
  context: { verhogen: ['verwijsbrief', 'dossier', 'epd', 'ziekenhuis', 'ontslagbrief', 'brief'], verlagen: ['kamer', 'bed', 'euro', 'uur', 'jaar'] },
  recognise(doc: AnalysedText): Detection[] {
    if (doc.digits === 0) return [];
    const out: Detection[] = [];
    const seen = new Set<number>();
    const add = (m: RegExpExecArray, minDigits: number, base: number, reden: string) => {
      const id = m[1]!;
      const start = m.index + m[0].length - id.length;
      if (seen.has(start)) return;
      const digits = id.replace(/\D/g, '');
      if (digits.length < minDigits || DATUMACHTIG.test(id) || JAARTAL.test(id) || TELEFOONACHTIG.test(id.replace(/[-. ]/g, ''))) return;
      // A number announced as a BSN is left to the BSN recogniser, even when it fails the elfproef.
      // "BSN 2554.82.802, ons dossiernummer JZ-88213": a number word after the BSN cue announces this number.
      const before = wordsBefore(doc, start, 6);
      let bsnAt = -1;
      before.forEach((t, k) => {
        if (BSN_CUES.has(t.lower)) bsnAt = k;
      });
      if (bsnAt >= 0 && !before.slice(bsnAt + 1).some((t) => OWN_NUMBER_WORD.test(t.lower))) return;
      seen.add(start);
      out.push(detectie(doc, recogniser, start, start + id.length, base, reden, { raise: 0.1, lower: 0.2 }));
    };
    if (KAN_NUMMERWOORD.test(doc.text)) for (const m of alleMatches(MET_NUMMERWOORD, doc.text)) add(m, 3, 0.85, 'Nummer direct na een aanduiding als patiënt-, dossier- of zaaknummer.');
    if (KAN_PERSOONWOORD.test(doc.text)) for (const m of alleMatches(MET_PERSOONWOORD, doc.text)) add(m, 4, 0.75, 'Nummer direct na "patiënt" of "cliënt": waarschijnlijk een patiënt- of cliëntnummer.');
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'De brief over patiënt nr. 553-2209 is verstuurd.', span: '553-2209' },
      { tekst: 'Patiënt 1234567 kwam vandaag terug.', span: '1234567' },
      { tekst: 'Dossiernummer: A-88213, graag aanvullen.', span: 'A-88213' },
      { tekst: 'zaaknummer Z-2024-0113 loopt nog', span: 'Z-2024-0113' },
      { tekst: 'MRN 99812345 staat op het etiket', span: '99812345' },
      { tekst: 'cliëntnr. 40211 heeft een nieuwe indicatie', span: '40211' },
      { tekst: 'Ons kenmerk: JZ/2024/0113', span: 'JZ/2024/0113' },
      { tekst: 'Zie dossier 88123-B voor details.', span: '88123-B' },
      { tekst: 'BSN 123456782, ons dossiernummer JZ-88213.', span: 'JZ-88213' },
    ],
    vindtNiet: ['Meneer op kamer 3 wil thee.', 'Bed 2 is vrij.', 'De patiënt van 87 is blij.', 'Patiënt 3 van vandaag was laat.', 'De patiënt belde op 0612345678.', 'Het dossier 2023 is gesloten.'],
  },
};

export default recogniser;
