import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { contextScore, explainContext } from './context.js';
import type { Recogniser } from './types.js';

/**
 * Shared by the pattern recognisers: turn a candidate passage into a Detection whose score includes the
 * recogniser's own context words and whose explanation says why it fired.
 */
export function detectie(
  doc: AnalysedText,
  r: Pick<Recogniser, 'id' | 'label' | 'context'>,
  start: number,
  end: number,
  base: number,
  reden: string,
  opts: { window?: number; raise?: number; lower?: number } = {},
): Detection {
  const effect = contextScore(doc, start, end, base, r.context, opts);
  return {
    start,
    end,
    label: r.label,
    text: doc.text.slice(start, end),
    recogniser: r.id,
    score: Math.round(effect.score * 100) / 100,
    explanation: reden + explainContext(effect),
  };
}

/** Run a global regex over a string from the start, yielding every match (lastIndex reset first). */
export function* alleMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}
