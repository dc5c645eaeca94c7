import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import type { Recogniser } from './types.js';

/** E-mail addresses; the span never includes trailing punctuation. Personal and work addresses alike. */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const recogniser: Recogniser = {
  id: 'email.adres',
  label: 'EMAIL',
  beschrijving: 'E-mailadressen (naam@domein.nl).',
  context: { verhogen: ['mail', 'e-mail', 'email', 'mailadres', 'e-mailadres', 'mailen'], verlagen: [] },
  recognise(doc: AnalysedText): Detection[] {
    if (!doc.hasAt) return [];
    const out: Detection[] = [];
    for (const m of alleMatches(EMAIL, doc.text)) {
      const text = m[0].replace(/[.\-_]+$/, '');
      if (text.startsWith('.') || text.includes('..')) continue;
      out.push(detectie(doc, recogniser, m.index, m.index + text.length, 0.95, 'Heeft de vorm van een e-mailadres.', { raise: 0.05 }));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Mail naar j.jansen@ziekenhuis.nl.', span: 'j.jansen@ziekenhuis.nl' },
      { tekst: 'Stuur het naar (fatma.yilmaz+zorg@gmail.com) aub', span: 'fatma.yilmaz+zorg@gmail.com' },
    ],
    vindtNiet: ['Volg ons op @zorgteam_west', 'Het adres is info at praktijk punt nl'],
  },
};

export default recogniser;
