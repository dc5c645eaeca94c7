import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import type { Recogniser } from './types.js';

/**
 * Dutch phone numbers in the ways people write them: mobile (06-12345678, 06 12 34 56 78, +31 6 1234 5678,
 * 0031 6 …), landlines with a 2- to 4-digit area code (020-5550123, 0229-123456, 0512 - 52 34 56,
 * (010) 123 45 67), service numbers (0800-0113, 0900-1234, 0900-123 45 67) and foreign numbers with a
 * country code (+32 470 12 34 56).
 *
 * A candidate is a run of digit groups starting with 0, +31 or 0031, separated by a space, a hyphen (with
 * optional spaces around it) or a dot; the groups are consumed until the digits make a complete number
 * (10 digits after rewriting +31/0031 to 0; 8 or 11 for 0800/090x numbers), so a number that runs on into
 * another figure is cut where the phone number ends, and a run that never reaches a valid length is
 * rejected. That keeps dates (14-02-1958), times (14.10), amounts, BSNs (9 digits) and postcodes out.
 *
 * Decision: 112 (and other short emergency numbers) is not marked. It points to a service everyone shares,
 * not to a person, so it identifies no one.
 */
const CANDIDATE = /(?<![\p{L}\p{N}+\-/.,])(?:(?:\+|00)31[ -]?(?:\(0\)[ -]?)?|\+[1-9]\d{0,2}[ -]?(?:\(0\)[ -]?)?|\(0\d{1,3}\)[ ]?)?\d+(?:(?: ?[-/] ?| |\.)\d+)*/gu;
const GROUP = /\d+/g;
const IBAN_VOOR = /[A-Z]{2}\d{2}\s?[A-Z]{4}\s?$/;
const COUNTRY = /^(?:\+|00)31[ -]?(?:\(0\)[ -]?)?/;
const SERVICE = /^0(?:800|90[069])/;

const recogniser: Recogniser = {
  id: 'telefoon.nederlands',
  label: 'TELEFOON',
  beschrijving: 'Nederlandse telefoonnummers: mobiel, vast (met netnummer), internationaal (+31/0031) en 0800/0900-nummers.',
  context: {
    verhogen: ['bel', 'bellen', 'belt', 'tel', 'telefoon', 'telefoonnummer', 'telnr', 'nummer', 'mobiel', 'mobiele', 'bereikbaar', 'whatsapp', 'app', 'sms', 'gsm'],
    verlagen: ['iban', 'rekeningnummer', 'rekening', 'bsn', 'factuur', 'bedrag'],
  },
  recognise(doc: AnalysedText): Detection[] {
    if (doc.digits < 3) return [];
    const out: Detection[] = [];
    for (const m of alleMatches(CANDIDATE, doc.text)) {
      const end = phoneEnd(m[0]);
      if (end === null) continue;
      const start = m.index;
      // The digits of a spaced IBAN (NL91 ABNA 0417 1643 00) are not a phone number.
      if (IBAN_VOOR.test(doc.text.slice(Math.max(0, start - 14), start))) continue;
      const digits = m[0].slice(0, end).replace(/\D/g, '').replace(/^(?:0031|31)/, '0');
      const kind = SERVICE.test(digits) ? 'een informatie- of servicenummer' : digits.startsWith('06') ? 'een mobiel nummer' : 'een vast nummer met netnummer';
      out.push(detectie(doc, recogniser, start, start + end, 0.75, `Lijkt op ${kind} (Nederlands nummerformaat).`, { raise: 0.2 }));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Bel me op 06-12345678 als er iets is.', span: '06-12345678' },
      { tekst: 'Zijn nummer is 06 12 34 56 78.', span: '06 12 34 56 78' },
      { tekst: 'Mobiel: +31 6 1234 5678', span: '+31 6 1234 5678' },
      { tekst: 'Vast nummer 0512 - 52 34 56, vraag naar de balie.', span: '0512 - 52 34 56' },
      { tekst: 'Bel (010) 123 45 67 voor een afspraak.', span: '(010) 123 45 67' },
      { tekst: 'De hulplijn is gratis: 0800-0113.', span: '0800-0113' },
      { tekst: 'Buiten kantoortijd 0031 20 555 0123 bellen.', span: '0031 20 555 0123' },
      { tekst: 'Tel. 020/5550123 (receptie)', span: '020/5550123' },
      { tekst: 'Haar Belgische nummer: +32 470 12 34 56.', span: '+32 470 12 34 56' },
    ],
    vindtNiet: ['Bel bij nood altijd 112.', 'Geboren op 14-02-1958.', 'Om 14.10 uur begon de dienst.', 'Zijn BSN is 123456782.', 'Postcode 1234 AB', 'Maak het over naar NL91 ABNA 0417 1643 00.'],
  },
};

/** Length of the prefix of a candidate that forms a complete Dutch phone number, or null. */
function phoneEnd(s: string): number | null {
  // Every complete number has at least eight digits: shorter candidates (ages, counts) need no further look.
  if (countDigits(s) < 8) return null;
  // A date (14-02-1958) followed by more figures is never a phone number.
  if (/^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?!\d)/.test(s)) return null;
  // Country code +31/0031 (optionally with the trunk zero as "(0)") stands for the national 0.
  // Other countries (+32 …, 0049 …): the whole run, when it has the 9 to 14 digits of a full number.
  if (/^(?:\+|00)(?!31)[1-9]/.test(s)) {
    const n = (s.match(/\d/g) ?? []).length - (s.startsWith('00') ? 2 : 0);
    return n >= 9 && n <= 14 ? s.length : null;
  }
  const cc = COUNTRY.exec(s);
  const offset = cc ? cc[0].length : 0;
  let digits = cc ? '0' : '';
  let first = !cc;
  for (const g of alleMatches(GROUP, s.slice(offset))) {
    // The first national group is a whole number, an area code (010, 0229) or 06.
    if (first && g[0].length < 3 && g[0] !== '06') return null;
    first = false;
    digits += g[0];
    if (!digits.startsWith('0') || digits.startsWith('00')) return null;
    const end = offset + g.index + g[0].length;
    const service = SERVICE.test(digits);
    // 0800-0113 is complete at 8 digits unless more groups follow that make 11 (0900-123 45 67).
    if (service && digits.length === 8 && digitsAfter(s.slice(end)) < 3) return end;
    if (service && digits.length === 11) return end;
    if (!service && digits.length === 10) return end;
    if (digits.length > 11) return null;
  }
  return null;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function digitsAfter(rest: string): number {
  return (rest.match(/\d/g) ?? []).length;
}

export default recogniser;
