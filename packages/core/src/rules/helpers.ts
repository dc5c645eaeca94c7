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
  // First occurrences in order, as a Set would keep them (the lists are short; no Set needed).
  const q: string[] = [];
  for (let i = 0; i < items.length; i++) if (items.indexOf(items[i]!) === i) q.push(`'${items[i]}'`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} en ${q[q.length - 1]}`;
}

/** Characters that end a sentence (or a line of a chat message). */
export const SENTENCE_END = /[.!?;\n]/;

/** A SENTENCE_END character, by its code (these loops run over every character; a regex test each cost more). */
const endsSentence = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10; // . ! ? ; \n

/** Offset where the sentence holding `pos` begins: just after the last sentence end before `pos`, or 0. */
export function sentenceStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !endsSentence(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset where the sentence holding `pos` ends: the first sentence end at or after `pos`, or the text's length. */
export function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !endsSentence(text.charCodeAt(i))) i++;
  return i;
}
