import type { AnalysedText } from '../../text/document.js';
import type { Token } from '../../text/tokenize.js';
import type { Detection, SpanLabel } from '../../types.js';

/** Build a detection whose text is the exact covered substring. */
export function detection(
  doc: AnalysedText,
  start: number,
  end: number,
  label: SpanLabel,
  recogniser: string,
  score: number,
  explanation: string,
): Detection {
  return { start, end, label, text: doc.text.slice(start, end), recogniser, score: Math.round(score * 100) / 100, explanation };
}

/** The token at `i` when it directly follows token `i - 1` with only spaces (no line break) in between. */
export function adjacent(doc: AnalysedText, i: number): Token | undefined {
  const t = doc.tokens[i];
  const p = doc.tokens[i - 1];
  if (!t || !p) return undefined;
  const gap = doc.text.slice(p.end, t.start);
  return /^[ \t\u00a0]*$/.test(gap) ? t : undefined;
}

/** The word token before index `i`, skipping nothing; undefined when a punctuation token intervenes. */
export function wordBefore(doc: AnalysedText, i: number): Token | undefined {
  const p = doc.tokens[i - 1];
  return p && p.kind === 'word' ? p : undefined;
}

/** Does a letter of the token start in upper case (after a leading apostrophe such as `'s-Hertogenbosch`)? */
export function startsUpper(t: Token): boolean {
  return t.capitalised || /^['’][st]-\p{Lu}/u.test(t.text);
}
