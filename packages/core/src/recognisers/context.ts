import { firstFrom, type AnalysedText } from '../text/document.js';

export interface ContextEffect {
  score: number;
  /** Context words that changed the score, for the explanation. */
  raisedBy: string[];
  loweredBy: string[];
}

interface CompiledCues {
  verhogen: Set<string>;
  verhogenPrefix: string[];
  verlagen: Set<string>;
  verlagenPrefix: string[];
}
const COMPILED = new WeakMap<object, CompiledCues>();

function compile(context: { verhogen: readonly string[]; verlagen: readonly string[] }): CompiledCues {
  let c = COMPILED.get(context);
  if (!c) {
    const exact = (l: readonly string[]) => new Set(l.filter((w) => !w.endsWith('*')));
    const prefix = (l: readonly string[]) => l.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
    c = { verhogen: exact(context.verhogen), verhogenPrefix: prefix(context.verhogen), verlagen: exact(context.verlagen), verlagenPrefix: prefix(context.verlagen) };
    COMPILED.set(context, c);
  }
  return c;
}

const POSSESSIVES = new Set(['zijn', 'haar', 'hun', "z'n", "d'r", 'mijn', "m'n"]);

/**
 * Presidio-style context enhancement: look `window` word tokens either side of a candidate for words that
 * raise or lower confidence. A context word may also be a prefix ending in `*` (`patiënt*`). The cue lists
 * are compiled once into sets and the window is found by binary search: every recogniser calls this for
 * every candidate, and the checker must handle thousands of texts per second.
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
  const cues = compile(context);
  const window = opts.window ?? 4;
  const words = doc.words;
  // First word starting at or after `end`.
  const after = firstFrom(words, end);
  let before = after - 1;
  while (before >= 0 && words[before]!.end > start) before--;
  const check = (i: number) => {
    let w = words[i]!.lower;
    const c = w.charCodeAt(0);
    if (c === 35 || c === 64) w = w.slice(1); // # or @
    if ((cues.verhogen.has(w) || cues.verhogenPrefix.some((p) => w.startsWith(p))) && !effect.raisedBy.includes(w)) effect.raisedBy.push(w);
    if ((cues.verlagen.has(w) || cues.verlagenPrefix.some((p) => w.startsWith(p))) && !effect.loweredBy.includes(w)) {
      // "zijn ouders", "haar collega's": with a possessive the word names particular people, not a group.
      if (i === 0 || !POSSESSIVES.has(words[i - 1]!.lower)) effect.loweredBy.push(w);
    }
  };
  for (let i = Math.max(0, before - window + 1); i <= before; i++) check(i);
  for (let i = after; i < Math.min(words.length, after + window); i++) check(i);
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
