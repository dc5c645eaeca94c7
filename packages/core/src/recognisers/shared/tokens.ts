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
  for (let k = p.end; k < t.start; k++) {
    const c = doc.text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return undefined;
  }
  return t;
}

/** The word token before index `i`, skipping nothing; undefined when a punctuation token intervenes. */
export function wordBefore(doc: AnalysedText, i: number): Token | undefined {
  const p = doc.tokens[i - 1];
  return p && p.kind === 'word' ? p : undefined;
}

const ELIDED_UPPER = /^['’][st]-\p{Lu}/u;

/** Does a letter of the token start in upper case (after a leading apostrophe such as `'s-Hertogenbosch`)? */
export function startsUpper(t: Token): boolean {
  if (t.capitalised) return true;
  const c = t.text.charCodeAt(0);
  return (c === 39 || c === 0x2019) && ELIDED_UPPER.test(t.text);
}
