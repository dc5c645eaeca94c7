import type { AnalysedText } from '../../text/document.js';
import { cueTokens, type CueMatch } from '../cues.js';

/** A proposal right after these words is declined ("geen zin om te wandelen"). */
const NEGATION = new Set(['geen', 'niet', 'nooit']);
/** How many tokens after a proposal ("zullen we", "heeft u zin") the outing may follow. */
const WINDOW = 8;

/**
 * A proposal followed closely by a leisure outing ("gaan we zaterdag samen shoppen", "heeft u zin om mee te
 * gaan naar het concert"): an invitation to private contact, however it is worded. Reads the `voorstel` and
 * `uitje` cues of `relatie-breed.ts` (and `mee`, a go-along proposal after the outing); returns one match
 * per invitation, covering proposal and outing.
 */
export function invitations(doc: AnalysedText, matches: readonly CueMatch[]): CueMatch[] {
  const toks = cueTokens(doc);
  const out: CueMatch[] = [];
  for (const p of matches) {
    if (p.from > 0 && NEGATION.has(toks[p.from - 1]!.norm)) continue;
    // "zin om een keer …" is also a flirt cue (for incoming messages); with an outing after it, an invitation.
    if (p.category === 'voorstel' || p.category === 'flirt') {
      const outing = matches.find((u) => u.category === 'uitje' && u.from >= p.to && u.from - p.to < WINDOW);
      if (outing) out.push({ ...p, end: outing.end, to: outing.to, category: 'contact' });
    } else if (p.category === 'mee') {
      // "een kaartje voor de musical, gaat u mee?": the outing comes first.
      const outing = matches.find((u) => u.category === 'uitje' && u.to <= p.from && p.from - u.to < WINDOW);
      if (outing) out.push({ ...p, start: outing.start, from: outing.from, category: 'contact' });
    }
  }
  return out;
}
