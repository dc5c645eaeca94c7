import type { AnalysedText } from '../text/document.js';
import type { RuleHit } from './types.js';

/** A hit covering the whole text (for findings about the message as a whole). */
export function wholeText(doc: AnalysedText, extra: Omit<RuleHit, 'start' | 'end'> = {}): RuleHit {
  return { start: 0, end: doc.text.length, ...extra };
}

/** A hit from the first to the last of some passages. */
export function covering(passages: ReadonlyArray<{ start: number; end: number }>, extra: Omit<RuleHit, 'start' | 'end'> = {}): RuleHit {
  let start = Infinity;
  let end = -Infinity;
  for (const p of passages) {
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  return { start, end, ...extra };
}

/** `'a', 'b' en 'c'` */
export function quoteList(items: readonly string[]): string {
  const q = [...new Set(items)].map((s) => `'${s}'`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} en ${q[q.length - 1]}`;
}
