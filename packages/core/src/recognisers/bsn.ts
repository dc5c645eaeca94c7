import type { AnalysedText } from '../text/document.js';
import { wordsBefore } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import type { Recogniser } from './types.js';

/**
 * Burgerservicenummer: 9 digits (or 8 with an implied leading zero), written whole or grouped
 * (123456782, 1234.56.782, 123 456 782, 123-456-782), that pass the elfproef.
 *
 * Decisions:
 * - A number passing the elfproef scores 0.65 on its own and 0.95 with a cue (BSN, burgerservicenummer,
 *   sofinummer) nearby: one in eleven random 9-digit numbers passes, so the cue matters. Eight-digit
 *   numbers (leading zero dropped) are only considered after a cue.
 * - A 8/9-digit number that FAILS the elfproef right after a BSN cue still gets a lower-confidence
 *   detection (0.55): a mistyped BSN shared in a message still points at a person, and the writer clearly
 *   meant it as one. Without a cue such a number is ignored.
 */
const CANDIDATE = /(?<![\p{L}\p{N}.,\-/+])(?:\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .-])\d{3}\1\d{3})(?![\p{L}\p{N}]|[.,\-/]\d)/gu;
const CUES = ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'bsn-nummer', 'burgerservicenr'];

/** The elfproef for a BSN: weights 9..2 for the first eight digits and −1 for the last; sum divisible by 11. */
export function isValidBsn(input: string): boolean {
  let digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return false;
  if (digits.length === 8) digits = '0' + digits;
  if (/^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const recogniser: Recogniser = {
  id: 'bsn.elfproef',
  label: 'BSN',
  beschrijving: 'Burgerservicenummers (9 cijfers die de elfproef doorstaan).',
  context: { verhogen: CUES, verlagen: ['rekeningnummer', 'iban', 'factuurnummer', 'ordernummer', 'bestelnummer'] },
  recognise(doc: AnalysedText): Detection[] {
    if (doc.digits < 8) return [];
    const out: Detection[] = [];
    for (const m of alleMatches(CANDIDATE, doc.text)) {
      const start = m.index;
      const end = start + m[0].length;
      const gecued = wordsBefore(doc, start, 6).some((t) => CUES.includes(t.lower));
      // Eight digits (an old BSN with its leading zero dropped) only count after a cue: too many other numbers.
      if (m[0].length === 8 && !gecued) continue;
      if (isValidBsn(m[0])) {
        out.push(detectie(doc, recogniser, start, end, 0.65, 'Negen cijfers die de elfproef voor een burgerservicenummer doorstaan.', { raise: 0.3, window: 5 }));
      } else if (gecued) {
        out.push({
          start,
          end,
          label: 'BSN',
          text: m[0],
          recogniser: recogniser.id,
          score: 0.55,
          explanation: 'Staat direct na een vermelding van het BSN, maar doorstaat de elfproef niet (mogelijk een tikfout).',
        });
      }
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'BSN: 123456782', span: '123456782' },
      { tekst: 'burgerservicenummer 1234.56.782 graag controleren', span: '1234.56.782' },
      { tekst: 'Haar sofinummer is 111 222 333.', span: '111 222 333' },
      { tekst: 'BSN 123456789 (klopt dit?)', span: '123456789' },
    ],
    vindtNiet: ['Bestelling 12345672 is onderweg.', 'Ordernummer 123456789 is verzonden.', 'Bel 0612345678.', 'Het kost 123.456.789 euro.'],
  },
};

export default recogniser;
