/**
 * Trains a word model (packages/core/src/rules/woordmodel.ts): logistic regression with an L2 penalty over its
 * features, on messages written for training (training/<model>/*.jsonl with a true/false field named after the
 * model) and on the matching items of our own corpus files listed in training/<model>/uit-corpus.txt.
 *
 *   npx tsx scripts/train-model.ts <crisis|advies> [--cv] [--per-bestand] [--test held-out.jsonl] [--write] [files…]
 *   npm run train:crisis, npm run train:advies        (the shipped models: the default files, --write)
 *
 * Models: `crisis` (incoming messages, corpus label crisis) and `advies` (outgoing texts, corpus label
 * individueel-advies). Held-out rounds and final exams stay out of the lists, so they can still measure.
 * --cv prints five-fold cross-validated precision and recall per threshold; --per-bestand leaves one file out at
 * a time; --test scores a held-out file; --write stores the weights in
 * packages/core/src/lexicons/generated/<model>-model.ts (or in --uit <path>). Deterministic: same files, same
 * weights (a test retrains and compares). Experiments only: --l2, --epochs, --min-count, --max-gewichten,
 * --balans vol|half|geen, --damping, --ook-andere-richting. Never train on ../shared/corpus: it only measures.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { analyse } from '../packages/core/src/text/document.js';
import { featureTotal, featureValue, LENGTH_DAMPING, wordFeatures } from '../packages/core/src/rules/woordmodel.js';

interface Example {
  features: string[];
  /** What every feature of this text counts (model.ts: featureValue), as the scorer will weigh it. */
  x: number;
  y: number;
  text: string;
}

const MODELS = {
  crisis: { key: 'crisis', label: 'crisis', richting: 'inkomend' },
  advies: { key: 'advies', label: 'individueel-advies', richting: 'uitgaand' },
} as const;
const args = process.argv.slice(2);
const name = args.find((a) => a in MODELS) as keyof typeof MODELS | undefined;
if (!name) {
  console.error(`Gebruik: npx tsx scripts/train-model.ts <${Object.keys(MODELS).join('|')}> [opties] [bestanden…]`);
  process.exit(2);
}
args.splice(args.indexOf(name), 1);
const MODEL = MODELS[name];
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const has = (name: string) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const l2 = Number(flag('--l2') ?? '0.0001');
const epochs = Number(flag('--epochs') ?? '300');
const minCount = Number(flag('--min-count') ?? '2');
const balance = flag('--balans') ?? 'vol';
const maxWeights = Number(flag('--max-gewichten') ?? '5000');
// Only for experiments: the shipped scorer uses LENGTH_DAMPING, so --write refuses another value.
const damping = Number(flag('--damping') ?? String(LENGTH_DAMPING));
const tests: string[] = [];
for (let t = flag('--test'); t; t = flag('--test')) tests.push(t);
const cv = has('--cv');
// Texts of the other direction in the own corpus files as extra negatives (an experiment).
const withOther = has('--ook-andere-richting');
const byFile = has('--per-bestand');
const write = has('--write');
const outPath = flag('--uit') ?? `packages/core/src/lexicons/generated/${name}-model.ts`;
if (args.length === 0) {
  args.push(
    ...readdirSync(`training/${name}`).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `training/${name}/${f}`),
    ...readFileSync(`training/${name}/uit-corpus.txt`, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
  );
}
if (args.some((a) => a.includes('shared/corpus') || a.startsWith('-'))) {
  console.error('Gebruik: npx tsx scripts/train-model.ts <model> [--cv] [--l2 x] [--test f] [--write] [trainingsbestanden…] (nooit ../shared/corpus)');
  process.exit(2);
}

function load(path: string): Example[] {
  const out: Example[] = [];
  for (const [n, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    let d: { text?: unknown; labels?: unknown; richting?: unknown; [key: string]: unknown };
    try {
      d = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${n + 1}: geen geldige JSON`);
    }
    if (typeof d.text !== 'string') throw new Error(`${path}:${n + 1}: 'text' ontbreekt`);
    let y: boolean;
    const own = d[MODEL.key];
    if (typeof own === 'boolean') y = own;
    else if (Array.isArray(d.labels)) {
      if (d.richting !== MODEL.richting && !withOther) continue;
      y = d.labels.includes(MODEL.label);
    } else throw new Error(`${path}:${n + 1}: '${MODEL.key}' (true/false) of 'labels' ontbreekt`);
    const doc = analyse(d.text);
    const features = wordFeatures(doc).map((f) => f.name);
    out.push({ text: d.text, y: y ? 1 : 0, features, x: featureValue(featureTotal(doc), damping) });
  }
  return out;
}

/**
 * Trains on every feature seen at least minCount times, then keeps the maxWeights strongest and trains again
 * on those alone (so the kept weights make up for the dropped ones).
 */
function train(data: Example[]): { bias: number; weights: Map<string, number> } {
  const count = new Map<string, number>();
  for (const e of data) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  const first = fit(data, [...count].filter(([, c]) => c >= minCount).map(([f]) => f).sort());
  if (first.weights.size <= maxWeights) return first;
  return fit(data, [...first.weights.keys()].sort());
}

function fit(data: Example[], vocab: string[]): { bias: number; weights: Map<string, number> } {
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = data.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(vocab.length);
  let b = 0;
  // Adam, full batch; balanced classes by weighting each example by the inverse of its class's share.
  const pos = data.filter((e) => e.y === 1).length;
  const cw = balance === 'geen' ? [1, 1] : balance === 'half' ? [Math.sqrt(data.length / (2 * (data.length - pos))), Math.sqrt(data.length / (2 * pos))] : [data.length / (2 * (data.length - pos)), data.length / (2 * pos)];
  const m = new Float64Array(vocab.length + 1);
  const v = new Float64Array(vocab.length + 1);
  const lr = 0.05;
  for (let t = 1; t <= epochs; t++) {
    const g = new Float64Array(vocab.length + 1);
    for (let i = 0; i < data.length; i++) {
      const x = data[i]!.x;
      let z = b;
      for (const j of rows[i]!) z += w[j]! * x;
      const err = (1 / (1 + Math.exp(-z)) - data[i]!.y) * cw[data[i]!.y]!;
      for (const j of rows[i]!) g[j]! += err * x;
      g[vocab.length]! += err;
    }
    for (let j = 0; j <= vocab.length; j++) {
      const wj = j < vocab.length ? w[j]! : b;
      const gj = g[j]! / data.length + (j < vocab.length ? l2 * wj : 0);
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      const step = (lr * (m[j]! / (1 - 0.9 ** t))) / (Math.sqrt(v[j]! / (1 - 0.999 ** t)) + 1e-8);
      if (j < vocab.length) w[j] = wj - step;
      else b -= step;
    }
  }
  // Keep the strongest weights only: the model ships inside the core and is loaded at start-up.
  const strongest = vocab.map((f, j) => [f, w[j]!] as const).sort((p, q) => Math.abs(q[1]) - Math.abs(p[1]) || (p[0] < q[0] ? -1 : 1));
  const weights = new Map<string, number>();
  for (const [f, wj] of strongest.slice(0, maxWeights)) if (Math.abs(wj) >= 0.01) weights.set(f, Math.round(wj * 1000) / 1000);
  return { bias: Math.round(b * 1000) / 1000, weights };
}

const score = (model: { bias: number; weights: Map<string, number> }, e: Example) => {
  let z = model.bias;
  for (const f of e.features) z += (model.weights.get(f) ?? 0) * e.x;
  return 1 / (1 + Math.exp(-z));
};

function report(name: string, scored: Array<{ p: number; y: number }>) {
  const line = [name];
  for (const th of [0.5, 0.6, 0.7, 0.8, 0.9]) {
    const tp = scored.filter((s) => s.p >= th && s.y === 1).length;
    const fp = scored.filter((s) => s.p >= th && s.y === 0).length;
    const fn = scored.filter((s) => s.p < th && s.y === 1).length;
    line.push(`τ${th}: P ${(tp / (tp + fp || 1)).toFixed(2)} R ${(tp / (tp + fn || 1)).toFixed(2)}`);
  }
  console.log(line.join('  '));
}

const sets = args.map((f) => ({ f, data: load(f) }));
const data = sets.flatMap((s) => s.data);
console.log(`${data.length} voorbeelden, ${data.filter((e) => e.y === 1).length} ${MODEL.label}`);
if (cv) {
  const scored: Array<{ p: number; y: number }> = [];
  for (let k = 0; k < 5; k++) {
    const model = train(data.filter((_, i) => i % 5 !== k));
    for (const [i, e] of data.entries()) if (i % 5 === k) scored.push({ p: score(model, e), y: e.y });
  }
  report('5-voudig', scored);
}
if (byFile) {
  // Leave one file out: each file was written by another hand, so this is the closest to unseen writers.
  const all: Array<{ p: number; y: number }> = [];
  for (const s of sets) {
    if (!s.data.some((e) => e.y === 1)) continue;
    const model = train(sets.filter((o) => o !== s).flatMap((o) => o.data));
    const scored = s.data.map((e) => ({ p: score(model, e), y: e.y }));
    all.push(...scored);
    report(s.f.padEnd(34), scored);
  }
  report('alle bestanden'.padEnd(34), all);
}
const model = train(data);
console.log(`${model.weights.size} gewichten, bias ${model.bias}`);
for (const t of tests) report(t, load(t).map((e) => ({ p: score(model, e), y: e.y })));
if (write && damping !== LENGTH_DAMPING) throw new Error(`--damping ${damping} wijkt af van LENGTH_DAMPING (${LENGTH_DAMPING}) in model.ts`);
if (write) {
  const lines = [...model.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]));
  const body = [`#bias\t${model.bias}`, ...lines.map(([f, w]) => `${f}\t${w}`)].join('\n');
  const out = outPath;
  writeFileSync(
    out,
    `// Weights of the ${name} word model (rules/woordmodel.ts): "feature\\tweight", the first line the bias.\n` +
      `// Trained on our own messages in training/${name}/ and the corpus files in training/${name}/uit-corpus.txt.\n` +
      `// Generated by scripts/train-model.ts ${name} --write — do not edit by hand.\n` +
      `export default ${JSON.stringify(body)};\n`,
  );
  console.log(`geschreven: ${out}`);
}
