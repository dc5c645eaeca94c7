import type { AnalysedText } from '../text/document.js';
import type { Detection } from '../types.js';
import { explainContext, type ContextEffect } from './context.js';
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
  const effect = snelContextScore(doc, start, end, base, r.context, opts);
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

/**
 * Same result as `contextScore` in `context.ts` (same window, cue syntax, raise and lower), but with the
 * cue lists compiled once into sets and the window found by binary search: the pattern and health
 * recognisers call it for every candidate, and the checker must handle thousands of texts per second.
 */
export function snelContextScore(
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
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  const after = lo;
  let before = after - 1;
  while (before >= 0 && words[before]!.end > start) before--;
  const check = (i: number) => {
    let w = words[i]!.lower;
    const c = w.charCodeAt(0);
    if (c === 35 || c === 64) w = w.slice(1); // # or @
    if ((cues.verhogen.has(w) || cues.verhogenPrefix.some((p) => w.startsWith(p))) && !effect.raisedBy.includes(w)) effect.raisedBy.push(w);
    if ((cues.verlagen.has(w) || cues.verlagenPrefix.some((p) => w.startsWith(p))) && !effect.loweredBy.includes(w)) effect.loweredBy.push(w);
  };
  for (let i = Math.max(0, before - window + 1); i <= before; i++) check(i);
  for (let i = after; i < Math.min(words.length, after + window); i++) check(i);
  if (effect.raisedBy.length) effect.score = Math.min(1, effect.score + (opts.raise ?? 0.3));
  if (effect.loweredBy.length) effect.score = Math.max(0, effect.score - (opts.lower ?? 0.3));
  return effect;
}
