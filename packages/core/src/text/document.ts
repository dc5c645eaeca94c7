import type { CueMatch, CueSet, CueToken } from '../rules/cues.js';
import { tokenize, type Token } from './tokenize.js';

/** A text analysed once and shared by every recogniser and rule. */
export interface AnalysedText {
  text: string;
  /** `text.toLowerCase()`; same length and offsets for the texts we meet (checked in `analyse`). */
  lower: string;
  tokens: Token[];
  /** Indexes into `tokens` of the word-like tokens only (word, number, mention, hashtag). */
  words: Token[];
  /** Number of ASCII digits in the text: pattern recognisers for numbers skip texts with too few. */
  digits: number;
  /** The text contains an '@' (e-mail addresses, mentions). */
  hasAt: boolean;
  /**
   * Filled in on first use by rules/cues.ts: the cue-token stream and every cue set's matches. Kept on the
   * text itself because a WeakMap keyed by the text cost more than computing them once per check did.
   */
  cueTokens?: CueToken[];
  cueMatches?: Map<CueSet, CueMatch[]>;
}

export function analyse(text: string): AnalysedText {
  const tokens = tokenize(text);
  let lower = text.toLowerCase();
  // A handful of characters change length when lowercased (e.g. 'İ'); keep offsets valid by falling back
  // to a per-character mapping that preserves length.
  if (lower.length !== text.length) {
    let out = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    lower = out;
  }
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'mention' || t.kind === 'hashtag');
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return { text, lower, tokens, words, digits, hasAt: text.includes('@'), cueTokens: undefined, cueMatches: undefined };
}

/**
 * Index of the first item whose `key` offset is at least `pos` (binary search; the items are in text order,
 * such as `doc.words` or the cue-token stream). `items.length` when there is none.
 */
export function firstFrom(items: ReadonlyArray<{ start: number; end: number }>, pos: number, key: 'start' | 'end' = 'start'): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]![key] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens within `window` tokens before `start` (word-like only), nearest last. */
export function wordsBefore(doc: AnalysedText, start: number, window: number): Token[] {
  // Words ending at or before `start` form a prefix of `doc.words`.
  const upto = firstFrom(doc.words, start + 1, 'end');
  return doc.words.slice(Math.max(0, upto - window), upto);
}

/** Tokens within `window` tokens after `end` (word-like only), nearest first. */
export function wordsAfter(doc: AnalysedText, end: number, window: number): Token[] {
  const from = firstFrom(doc.words, end);
  return doc.words.slice(from, from + window);
}
