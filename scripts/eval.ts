/**
 * Accuracy over any corpus file in the FORMAT.md form:
 *   npm run eval -- --corpus ../shared/corpus/dev.jsonl [--details] [--json]
 * Prints span precision/recall/F1 per label (overlap and exact), the direct-identifier and micro scores,
 * item-label scores and the clean false-alarm rate, computed by the rules of the corpus README.
 * --details lists every missed and spurious span and label per item (for development; it prints corpus text).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { check, matchSpans, scoreCorpus, SPAN_LABELS, ITEM_LABELS, type CorpusItem, type Prediction, type CheckContext } from '@zorgvuldig/core';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, details: { type: 'boolean' }, json: { type: 'boolean' } },
  strict: true,
});
if (!values.corpus) {
  console.error('Gebruik: npm run eval -- --corpus <pad/naar/corpus.jsonl> [--details] [--json]');
  process.exit(2);
}
let raw: string;
try {
  raw = readFileSync(values.corpus, 'utf8');
} catch (err) {
  console.error(`Kan corpus '${values.corpus}' niet lezen: ${(err as Error).message}`);
  process.exit(2);
}
type Item = CorpusItem & { text: string } & CheckContext;
const items: Item[] = [];
raw.split('\n').forEach((line, i) => {
  if (!line.trim()) return;
  try {
    items.push(JSON.parse(line) as Item);
  } catch {
    console.error(`Regel ${i + 1} van het corpus is geen geldige JSON.`);
    process.exit(2);
  }
});

const predictions: Prediction[] = items.map((it) => {
  const r = check(it.text, { kanaal: it.kanaal, zichtbaarheid: it.zichtbaarheid, rol: it.rol, richting: it.richting });
  return { id: it.id, spans: r.spans, labels: r.labels };
});
const report = scoreCorpus(items, predictions);

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

const f = (x: number) => x.toFixed(3);
const row = (name: string, p: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }) =>
  `${name.padEnd(22)} P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

console.log(`Corpus: ${values.corpus} — ${report.items} items\n`);
for (const mode of ['overlap', 'exact'] as const) {
  console.log(`Spans, ${mode === 'overlap' ? 'overlap match' : 'exact match'}:`);
  for (const l of SPAN_LABELS) console.log('  ' + row(l, report.spans[mode][l]));
  console.log('  ' + row('direct identifiers', report.spans[mode].direct));
  console.log('  ' + row('micro (all labels)', report.spans[mode].micro));
  console.log('');
}
console.log('Item labels:');
for (const l of ITEM_LABELS) console.log('  ' + row(l, report.labels[l]));
console.log('  ' + row('micro', report.labels.micro));
console.log(`\nClean items: ${report.cleanItems}; false-alarm rate ${f(report.cleanFalseAlarmRate)}`);

if (values.details) {
  console.log('\nDetails (missed = gold not found, spurious = predicted not in gold):');
  for (const [i, it] of items.entries()) {
    const p = predictions[i]!;
    const m = matchSpans(it.spans, p.spans, false);
    const missedL = it.labels.filter((l) => !p.labels.includes(l));
    const extraL = p.labels.filter((l) => !it.labels.includes(l));
    if (!m.fn.length && !m.fp.length && !missedL.length && !extraL.length) continue;
    console.log(`\n${it.id} [${it.kanaal ?? '-'}/${it.zichtbaarheid ?? '-'}/${it.rol ?? '-'}/${it.richting ?? '-'}] ${it.text}`);
    for (const s of m.fn) console.log(`   missed   ${s.label} «${s.text}»`);
    for (const s of m.fp) console.log(`   spurious ${s.label} «${s.text}»`);
    if (missedL.length) console.log(`   missed labels:   ${missedL.join(', ')}`);
    if (extraL.length) console.log(`   spurious labels: ${extraL.join(', ')}`);
  }
}
