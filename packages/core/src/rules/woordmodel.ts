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

const norm = (s: string) =>
  s
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

/** Every feature of a text, each name once, at its first place. */
export function wordFeatures(doc: AnalysedText): Feature[] {
  const seen = new Map<string, Feature>();
  const add = (name: string, start: number, end: number) => {
    if (!seen.has(name)) seen.set(name, { name, start, end });
  };
  let prev: { w: string; start: number } | undefined;
  for (const t of doc.tokens) {
    if (t.sentenceStart) prev = undefined;
    if (t.kind === 'punct') {
      if (t.text === '?' || t.text === '!') add(`u:${t.text}`, t.start, t.end);
      if (/[.!?…;:]/u.test(t.text)) prev = undefined;
      continue;
    }
    if (t.kind === 'emoji') {
      add(`u:${t.text}`, t.start, t.end);
      prev = undefined;
      continue;
    }
    if (t.kind === 'url' || t.kind === 'email') {
      prev = undefined;
      continue;
    }
    const w = t.kind === 'mention' ? '@' : t.kind === 'hashtag' ? norm(t.lower.slice(1)) : norm(t.lower);
    if (!FUNCTION_WORDS.has(w)) add(`u:${w}`, t.start, t.end);
    if (w.length >= 7) add(`p:${w.slice(0, 5)}`, t.start, t.end);
    if (prev) add(`b:${prev.w} ${w}`, prev.start, t.end);
    prev = { w, start: t.start };
  }
  return [...seen.values()];
}

export interface WordModel {
  bias: number;
  weights: Map<string, number>;
}

/** Parses shipped weights: "#bias\t<number>" then one "feature\tweight" per line. */
export function parseWordModel(src: string): WordModel {
  const weights = new Map<string, number>();
  let bias = 0;
  for (const line of src.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const name = line.slice(0, tab);
    const w = Number(line.slice(tab + 1));
    if (name === '#bias') bias = w;
    else weights.set(name, w);
  }
  return { bias, weights };
}

/**
 * What one feature weighs in a text with n features, in training and scoring alike: 1/√(n + LENGTH_DAMPING).
 * A long message does not gather evidence just by being long, and a two-word reply does not turn a couple
 * of everyday word pairs into a verdict.
 */
export const LENGTH_DAMPING = 8;
export const featureValue = (n: number, damping = LENGTH_DAMPING) => 1 / Math.sqrt(n + damping);

export function scoreWith(model: WordModel, doc: AnalysedText): WordModelScore {
  const { bias, weights } = model;
  let z = bias;
  const evidence: WordModelScore['evidence'] = [];
  const features = wordFeatures(doc);
  const x = featureValue(features.length);
  for (const f of features) {
    const w = weights.get(f.name);
    if (w === undefined) continue;
    z += w * x;
    if (w > 0) evidence.push({ ...f, weight: w * x });
  }
  evidence.sort((a, b) => b.weight - a.weight);
  return { p: 1 / (1 + Math.exp(-z)), evidence };
}
