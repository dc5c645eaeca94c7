import { wordsAfter, wordsBefore, type AnalysedText } from '../text/document.js';

export interface ContextEffect {
  score: number;
  /** Context words that changed the score, for the explanation. */
  raisedBy: string[];
  loweredBy: string[];
}

/**
 * Presidio-style context enhancement: look `window` word tokens either side of a candidate for words that
 * raise or lower confidence. A context word may also be a prefix ending in `*` (`patiënt*`).
 */
export function contextScore(
  doc: AnalysedText,
  start: number,
  end: number,
  base: number,
  context: { verhogen: readonly string[]; verlagen: readonly string[] } | undefined,
  opts: { window?: number; raise?: number; lower?: number } = {},
): ContextEffect {
  const effect: ContextEffect = { score: base, raisedBy: [], loweredBy: [] };
  if (!context) return effect;
  const window = opts.window ?? 4;
  const near = [...wordsBefore(doc, start, window), ...wordsAfter(doc, end, window)];
  const matches = (word: string, cue: string) => (cue.endsWith('*') ? word.startsWith(cue.slice(0, -1)) : word === cue);
  for (const t of near) {
    const w = t.lower.replace(/^[#@]/, '');
    if (context.verhogen.some((c) => matches(w, c)) && !effect.raisedBy.includes(w)) effect.raisedBy.push(w);
    if (context.verlagen.some((c) => matches(w, c)) && !effect.loweredBy.includes(w)) effect.loweredBy.push(w);
  }
  if (effect.raisedBy.length) effect.score = Math.min(1, effect.score + (opts.raise ?? 0.3));
  if (effect.loweredBy.length) effect.score = Math.max(0, effect.score - (opts.lower ?? 0.3));
  return effect;
}

/** Dutch explanation of a context effect, appended to a recogniser's own explanation. */
export function explainContext(effect: ContextEffect): string {
  const parts: string[] = [];
  if (effect.raisedBy.length) parts.push(`zekerder door ${effect.raisedBy.map((w) => `'${w}'`).join(', ')} in de buurt`);
  if (effect.loweredBy.length) parts.push(`minder zeker door ${effect.loweredBy.map((w) => `'${w}'`).join(', ')} in de buurt`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}
