import type { Detection } from '../types.js';
import { contextScore, explainContext } from './context.js';
import { detection } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'locatie.postcode';

// Dutch postcode: four digits (not starting with 0) and two capitals; SA, SD and SS are never issued.
const POSTCODE = /(?<![\p{L}\p{N}€$.,:-])([1-9]\d{3}) ?(?!SA|SD|SS)([A-Z]{2})(?![\p{L}\p{N}])/gu;
// Lowercase letters only count right after the word `postcode`.
// Same case folding as POSTCODE_LOWER; a cheap test before the full pattern.
const HAS_POSTCODE = /postcode/iu;
const POSTCODE_LOWER = /\bpostcode:?\s+([1-9]\d{3} ?[a-z]{2})(?![\p{L}\p{N}])/giu;
// Two capitals that are usually a word or unit after a number, not a postcode.
const NOT_LETTERS = new Set(['AM', 'PM', 'OK', 'KG', 'CM', 'MM', 'ML', 'MG', 'GB', 'MB', 'KM', 'EN', 'IN', 'OP', 'OM', 'TE', 'DE', 'NL', 'BV', 'NV', 'HZ']);
const CONTEXT = { verhogen: ['postcode', 'adres', 'woont', 'wonend', 'woonachtig'], verlagen: [] };

/** Dutch postcodes (`9712 CP`, `1234AB`). */
export const postcode: Recogniser = {
  id: ID,
  label: 'LOCATIE',
  beschrijving: 'Nederlandse postcodes (1234 AB of 1234AB).',
  context: CONTEXT,
  recognise(doc) {
    const out: Detection[] = [];
    POSTCODE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = POSTCODE.exec(doc.text)) !== null) {
      const effect = contextScore(doc, m.index, m.index + m[0].length, 0.75, CONTEXT, { raise: 0.2 });
      if (NOT_LETTERS.has(m[2]!) && !effect.raisedBy.length) continue;
      out.push(detection(doc, m.index, m.index + m[0].length, 'LOCATIE', ID, effect.score, `Nederlandse postcode${explainContext(effect)}.`));
    }
    POSTCODE_LOWER.lastIndex = 0;
    if (HAS_POSTCODE.test(doc.text)) while ((m = POSTCODE_LOWER.exec(doc.text)) !== null) {
      const start = m.index + m[0].length - m[1]!.length;
      if (out.some((d) => d.start === start)) continue;
      out.push(detection(doc, start, start + m[1]!.length, 'LOCATIE', ID, 0.85, "Postcode na het woord 'postcode'."));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Nieuw adres: postcode 3511 LX, graag aanpassen.', span: '3511 LX' },
      { tekst: 'Woont op 6821AB in Arnhem.', span: '6821AB' },
      { tekst: 'postcode 2514 ab klopt niet', span: '2514 ab' },
    ],
    vindtNiet: ['Om 1200 OK melden.', 'Het kost 2500 EN meer.', 'Afspraak 0123 AB'],
  },
};
