import type { Detection } from '../types.js';
import { detection } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'locatie.weg';

// A1–A79 and N-roads (N201, N35); the letter must be uppercase and stand alone (`A4-papier` is not a road).
const ROAD = /(?<![\p{L}\p{N}-])([AN])(\d{1,3})(?![\p{L}\p{N}]|-[\p{L}])/gu;
// Words just before a road id that show an event is located on it: `op de A35`, `file op de N201`.
const BEFORE = /(?:\bde\s+|\b(?:file|ongeluk|ongeval|afrit|oprit|aanrijding)\s+(?:op\s+)?)$/iu;
const AFTER = /^\s+(?:bij|richting|ter hoogte|tussen|afrit|thv)\b/iu;

/** Motorway and provincial road ids (`A35`, `N201`) when the text places an event on the road. */
export const locatieWeg: Recogniser = {
  id: ID,
  label: 'LOCATIE',
  beschrijving: 'Wegnummers van snelwegen en provinciale wegen (A35, N201) wanneer ze de plek van een gebeurtenis aangeven.',
  recognise(doc) {
    const out: Detection[] = [];
    ROAD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ROAD.exec(doc.text)) !== null) {
      const num = Number(m[2]);
      if (m[1] === 'A' && (num < 1 || num > 79)) continue;
      if (m[1] === 'N' && (num < 9 || num > 999)) continue;
      const before = doc.text.slice(Math.max(0, m.index - 20), m.index);
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (!BEFORE.test(before) && !AFTER.test(after)) continue;
      out.push(detection(doc, m.index, m.index + m[0].length, 'LOCATIE', ID, 0.8, 'Wegnummer dat de plek van een gebeurtenis aangeeft.'));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Zware aanrijding op de A12 vannacht, twee gewonden.', span: 'A12' },
      { tekst: 'Lange file op de N201 richting Hilversum.', span: 'N201' },
    ],
    vindtNiet: ['Print het formulier op A4-papier.', 'Vitamine A4 bestaat niet.', 'De A100 is een Duitse snelweg.'],
  },
};
