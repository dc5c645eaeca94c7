/**
 * Small linear word models (logistic regression) for what phrases cannot foresee: the crisis rule uses one for
 * incoming messages, the individual-advice rule one for public replies. Trained by scripts/train-model.ts on
 * messages we wrote for it (training/<model>/); the weights ship as data in lexicons/generated/<model>-model.ts.
 *
 * Features are the message's words (lowercase, without accents, digits as 0), pairs of neighbouring words within
 * a sentence, and the first five letters of long words (so "afscheidsbrief" and "afscheidsbriefje" share one).
 * Each feature counts once per message. The model gives a probability and the features that pushed it up, with
 * where they stand in the text, so a finding can show why it fired.
 */
import type { AnalysedText } from '../text/document.js';
import { sentenceEnd } from './helpers.js';

export interface Feature {
  name: string;
  start: number;
  end: number;
}

export interface WordModelScore {
  /** Probability of the model's label. */
  p: number;
  /** The features with a positive weight that the message has, strongest first. */
  evidence: Array<Feature & { weight: number }>;
}

const PLAIN = /^[a-z']*$/;
const norm = (s: string) =>
  PLAIN.test(s)
    ? s
    : s
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/[0-9]/g, '0')
        .replace(/[’`]/g, "'");

/**
 * Function words carry style, not meaning: alone they would let the model learn who tends to write longer
 * messages. They count only inside a word pair ("ik wil", "niet meer").
 */
const FUNCTION_WORDS = new Set(
  (
    'de het een en of maar want dus als dan dat die dit deze er hier daar is was zijn waren ben bent heb hebt heeft hebben had ' +
    'wordt worden werd kan kon zal zou moet mag wil ga gaat gaan hij zij ze ik je jij u we wij jullie hun hem haar mij me mijn ' +
    'm\'n mn jouw uw ons onze zich in op aan van voor met bij naar om uit over tot door te ook nog al wel toch even heel zo'
  ).split(' '),
);

/**
 * Calls `visit` for every feature occurrence of a text, in the text's order (a repeated word comes again): its
 * kind (`u` word, `?`, `!` or emoji; `p` first five letters of a long word; `b` pair of neighbouring words) and
 * key. A pair comes as its two words (`key`, `next`), so a caller that needs few pairs joins only those.
 */
function eachFeature(
  doc: AnalysedText,
  visit: (kind: 'u' | 'p' | 'b', key: string, next: string, start: number, end: number) => void,
): void {
  let prevW = '';
  let prevStart = -1;
  for (const t of doc.tokens) {
    if (t.sentenceStart) prevStart = -1;
    if (t.kind === 'punct') {
      if (t.text === '?' || t.text === '!') visit('u', t.text, '', t.start, t.end);
      if (/[.!?…;:]/u.test(t.text)) prevStart = -1;
      continue;
    }
    if (t.kind === 'emoji') {
      visit('u', t.text, '', t.start, t.end);
      prevStart = -1;
      continue;
    }
    if (t.kind === 'url' || t.kind === 'email') {
      prevStart = -1;
      continue;
    }
    const w = t.kind === 'mention' ? '@' : t.kind === 'hashtag' ? norm(t.lower.slice(1)) : norm(t.lower);
    if (!FUNCTION_WORDS.has(w)) visit('u', w, '', t.start, t.end);
    if (w.length >= 7) visit('p', w.slice(0, 5), '', t.start, t.end);
    if (prevStart >= 0) visit('b', prevW, w, prevStart, t.end);
    prevW = w;
    prevStart = t.start;
  }
}

/** A feature's name as the weights file writes it: `u:word`, `p:first`, `b:word word`. */
const featureName = (kind: 'u' | 'p' | 'b', key: string, next: string) => (kind === 'b' ? `b:${key} ${next}` : `${kind}:${key}`);

/** Every feature of a text, each name once, at its first place. */
export function wordFeatures(doc: AnalysedText): Feature[] {
  const seen = new Set<string>();
  const out: Feature[] = [];
  eachFeature(doc, (kind, key, next, start, end) => {
    const name = featureName(kind, key, next);
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, start, end });
  });
  return out;
}

/** How many feature occurrences a text has, repeats included: the n of featureValue. */
export function featureTotal(doc: AnalysedText): number {
  let n = 0;
  eachFeature(doc, () => n++);
  return n;
}

/**
 * A weighted feature as the scorer holds it. `seen` is the number of the last scoring call that counted it:
 * a feature counts once per message, and comparing a number is cheaper than building the feature's name
 * and keeping a set of names for every message.
 */
interface Weighted {
  name: string;
  weight: number;
  seen: number;
}

export interface WordModel {
  bias: number;
  weights: Map<string, number>;
  /** The same weights split by kind, without their prefix, for the scorer's fast path. */
  words: Map<string, Weighted>;
  prefixes: Map<string, Weighted>;
  /** Pair weights by first word, then second word: no pair name is built to look one up. */
  pairs: Map<string, Map<string, Weighted>>;
  /** How many texts this model has scored (see Weighted.seen). */
  calls: number;
}

/** Parses shipped weights: "#bias\t<number>" then one "feature\tweight" per line. */
export function parseWordModel(src: string): WordModel {
  const weights = new Map<string, number>();
  const words = new Map<string, Weighted>();
  const prefixes = new Map<string, Weighted>();
  const pairs = new Map<string, Map<string, Weighted>>();
  let bias = 0;
  for (const line of src.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const name = line.slice(0, tab);
    const w = Number(line.slice(tab + 1));
    if (name === '#bias') {
      bias = w;
      continue;
    }
    weights.set(name, w);
    const key = name.slice(2);
    const weighted: Weighted = { name, weight: w, seen: 0 };
    if (name.startsWith('u:')) words.set(key, weighted);
    else if (name.startsWith('p:')) prefixes.set(key, weighted);
    else if (name.startsWith('b:')) {
      const space = key.indexOf(' ');
      const first = key.slice(0, space);
      let after = pairs.get(first);
      if (!after) pairs.set(first, (after = new Map()));
      after.set(key.slice(space + 1), weighted);
    }
  }
  return { bias, weights, words, prefixes, pairs, calls: 0 };
}

/**
 * What one feature weighs in a text with n feature occurrences, in training and scoring alike: 1/√(n + LENGTH_DAMPING).
 * A long message does not gather evidence just by being long, and a two-word reply does not turn a couple
 * of everyday word pairs into a verdict.
 */
export const LENGTH_DAMPING = 8;
export const featureValue = (n: number, damping = LENGTH_DAMPING) => 1 / Math.sqrt(n + damping);

/**
 * The model's probability for a text and the evidence for it. Only features the model weighs are looked at
 * further (most words and pairs it does not); a test checks that this gives what scoreFromFeatures gives.
 */
export function scoreWith(model: WordModel, doc: AnalysedText): WordModelScore {
  const { bias, words, prefixes, pairs } = model;
  const call = ++model.calls;
  let sum = 0;
  let n = 0;
  const positive: Array<Feature & { weight: number }> = [];
  eachFeature(doc, (kind, key, next, start, end) => {
    n++;
    const f = kind === 'u' ? words.get(key) : kind === 'p' ? prefixes.get(key) : pairs.get(key)?.get(next);
    if (f === undefined || f.seen === call) return;
    f.seen = call;
    sum += f.weight;
    if (f.weight > 0) positive.push({ name: f.name, start, end, weight: f.weight });
  });
  const x = featureValue(n);
  // Scaled in place (the objects are this call's own) rather than mapped: an empty map() result has another
  // hidden class than a filled array, which made optimised callers bail out.
  for (const f of positive) f.weight *= x;
  if (positive.length > 1) positive.sort((a, b) => b.weight - a.weight);
  return { p: 1 / (1 + Math.exp(-(bias + sum * x))), evidence: positive };
}

/** A scorer for shipped weights, parsed on first use: a process that never needs the model never pays for it. */
export function lazyScorer(src: string): (doc: AnalysedText) => WordModelScore {
  let model: WordModel | undefined;
  return (doc) => scoreWith((model ??= parseWordModel(src)), doc);
}

/**
 * Where a model's finding points: the sentence starting at `at` (from its first non-space character) and the
 * first three different words of the evidence inside it, for the message.
 */
export function evidencePassage(doc: AnalysedText, at: number, evidence: WordModelScore['evidence']): { start: number; end: number; words: string[] } {
  const end = sentenceEnd(doc.lower, at);
  const words = [...new Set(evidence.filter((f) => f.start >= at && f.end <= end).map((f) => doc.text.slice(f.start, f.end)))].slice(0, 3);
  return { start: at + Math.max(0, doc.text.slice(at, end).search(/\S/u)), end: Math.max(end, at + 1), words };
}

/** The plain way to score, from the feature list: what scoreWith must equal (the tests compare them). */
export function scoreFromFeatures(model: WordModel, doc: AnalysedText): number {
  let sum = 0;
  for (const f of wordFeatures(doc)) sum += model.weights.get(f.name) ?? 0;
  return 1 / (1 + Math.exp(-(model.bias + sum * featureValue(featureTotal(doc)))));
}
