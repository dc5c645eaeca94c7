import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { alleMatches, detectie } from './detectie.js';
import type { Recogniser } from './types.js';

/**
 * Dutch licence plates, all sidecodes 1–14 (XX-99-99 … 999-XX-9; X = letter, 9 = digit). Written with
 * hyphens and in capitals a plate is distinctive enough on its own (0.6, higher with `kenteken`, `auto`
 * nearby). Without hyphens or in lower case it is only taken when a cue word is close by, because then it
 * could be any code.
 */
const SIDECODES = [
  'LL-DD-DD', 'DD-DD-LL', 'DD-LL-DD', 'LL-DD-LL', 'LL-LL-DD', 'DD-LL-LL', 'DD-LLL-D', 'D-LLL-DD', 'LL-DDD-L',
  'L-DDD-LL', 'LLL-DD-L', 'L-DD-LLL', 'D-LL-DDD', 'DDD-LL-D',
];
const toRe = (code: string, sep: string) =>
  code
    .split('-')
    .map((g) => (g[0] === 'L' ? `[A-Z]{${g.length}}` : `\\d{${g.length}}`))
    .join(sep);
// The lookahead lets the engine skip most positions cheaply before the lookbehind.
const BOUND = String.raw`(?=[A-Z\d])(?<![\p{L}\p{N}-])`;
const END = String.raw`(?![\p{L}\p{N}]|-[\p{L}\p{N}])`;
const MET_STREEPJES = new RegExp(`${BOUND}(?:${SIDECODES.map((c) => toRe(c, '-')).join('|')})${END}`, 'gu');
const LOS = new RegExp(`${BOUND}(?:${SIDECODES.map((c) => toRe(c, '[- ]?')).join('|')})${END}`, 'giu');
const CUES = ['kenteken', 'kentekenplaat', 'nummerbord', 'auto', 'wagen', 'busje', 'scooter', 'motor', 'bestelbus', 'geparkeerd', 'parkeerplaats'];
const CUE_SET = new Set(CUES);
/** A cue word as the context scorer reads it (a leading # or @ ignored). */
const nearCue = (w: { lower: string }) => {
  const c = w.lower.charCodeAt(0);
  return CUE_SET.has(c === 35 || c === 64 ? w.lower.slice(1) : w.lower);
};

const recogniser: Recogniser = {
  id: 'id.kenteken',
  label: 'ID',
  beschrijving: 'Nederlandse kentekens (alle sidecodes, zoals HX-392-B of 12-ABC-3).',
  context: { verhogen: CUES, verlagen: [] },
  recognise(doc: AnalysedText): Detection[] {
    if (doc.digits === 0) return [];
    const out: Detection[] = [];
    const seen = new Set<number>();
    if (doc.text.includes('-')) for (const m of alleMatches(MET_STREEPJES, doc.text)) {
      seen.add(m.index);
      out.push(detectie(doc, recogniser, m.index, m.index + m[0].length, 0.6, 'Heeft de vorm van een Nederlands kenteken.', { raise: 0.35, window: 6 }));
    }
    // Without separators a plate only counts next to a cue word (0.45 + 0.45); without one, nothing to find.
    if (doc.words.some(nearCue)) for (const m of alleMatches(LOS, doc.text)) {
      if (seen.has(m.index) || !/\d/.test(m[0]) || !/\p{L}/u.test(m[0])) continue;
      const d = detectie(doc, recogniser, m.index, m.index + m[0].length, 0.45, 'Heeft de vorm van een kenteken en staat bij een woord als "kenteken" of "auto".', { raise: 0.45, window: 6 });
      if (d.score >= 0.5) out.push(d);
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'De auto met kenteken HX-392-B staat er nog.', span: 'HX-392-B' },
      { tekst: 'Kenteken 12-ABC-3 graag wegzetten.', span: '12-ABC-3' },
      { tekst: 'Wiens busje is AB-12-CD?', span: 'AB-12-CD' },
      { tekst: 'het kenteken was 1abc23 volgens de buurman', span: '1abc23' },
      { tekst: 'Witte auto, GB-123-X, staat op de invalidenplek.', span: 'GB-123-X' },
    ],
    vindtNiet: ['We bespraken COVID-19 op de afdeling.', 'De code is AB12CD voor de wifi.', 'Zie bijlage 12-03-2024.'],
  },
};

export default recogniser;
