import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import type { Recogniser } from './types.js';

/**
 * Web addresses with a scheme (https://…), starting with www. or as a bare domain on a common top-level
 * domain (113.nl, thuisarts.nl/rugpijn). Trailing punctuation stays outside the span; a closing bracket
 * is kept only when the address opened one. E-mail domains are left to the e-mail recogniser.
 */
const TLD = '(?:nl|com|org|net|eu|be|info|io|nu|de|uk|app|frl|online|care|health|gov|edu|ly|me|co|tv)';
const URL = new RegExp(
  String.raw`(?:https?:\/\/|www\.)[^\s<>"']+|(?<![\p{L}\p{N}@._%+-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+${TLD}(?:\/[^\s<>"']*)?(?![\p{L}\p{N}@])`,
  'giu',
);
// Every match starts with a scheme or www. or holds a letter or digit, a dot and a top-level domain: texts
// without one are skipped before the costly pattern runs.
const MAYBE_URL = new RegExp(String.raw`https?:\/\/|www\.|[\p{L}\p{N}]\.${TLD}`, 'iu');
const TRAILING = /[.,;:!?'"’”»)\]]+$/;

const recogniser: Recogniser = {
  id: 'url.webadres',
  label: 'URL',
  beschrijving: 'Webadressen, met of zonder https:// of www.',
  context: { verhogen: ['website', 'site', 'link', 'kijk', 'zie', 'via'], verlagen: [] },
  recognise(doc: AnalysedText): Detection[] {
    const out: Detection[] = [];
    if (!MAYBE_URL.test(doc.text)) return out;
    for (const m of alleMatches(URL, doc.text)) {
      let text = m[0];
      while (TRAILING.test(text)) {
        const last = text[text.length - 1]!;
        if (last === ')' && count(text, '(') >= count(text, ')')) break;
        text = text.slice(0, -1);
      }
      if (!text.includes('.') || /^(?:https?:\/\/|www\.)$/i.test(text)) continue;
      out.push(detectie(doc, recogniser, m.index, m.index + text.length, 0.85, 'Heeft de vorm van een webadres.', { raise: 0.1 }));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Kijk op 113.nl of bel.', span: '113.nl' },
      { tekst: 'Info: https://www.thuisarts.nl/rugpijn.', span: 'https://www.thuisarts.nl/rugpijn' },
      { tekst: 'zie www.zorgvoorbeter.nl/pad?x=1, daar staat het', span: 'www.zorgvoorbeter.nl/pad?x=1' },
      { tekst: 'Meer op Zorgkaart.nl!', span: 'Zorgkaart.nl' },
      { tekst: 'App via wa.me/31612345678 of bit.ly/zorg', span: 'bit.ly/zorg' },
    ],
    vindtNiet: ['Mail naar info@praktijk.nl', 'Het verslag.pdf staat klaar.', 'Dat was om 9.30 uur.'],
  },
};

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

export default recogniser;
