/**
 * Build an annotated corpus file (FORMAT.md) from an authoring file where spans are written inline as
 * [[LABEL|surface]] in a `src` field:
 *   npx tsx scripts/corpus-from-src.ts corpus/eigen.src.jsonl > corpus/eigen.jsonl
 */
import { readFileSync } from 'node:fs';

const path = process.argv[2];
if (!path) {
  console.error('Gebruik: npx tsx scripts/corpus-from-src.ts <bestand.src.jsonl>');
  process.exit(2);
}
const INLINE = /\[\[([A-Z]+)\|([^\]]+)\]\]/g;
for (const [n, line] of readFileSync(path, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  const item = JSON.parse(line) as Record<string, unknown> & { src: string };
  let text = '';
  let last = 0;
  const spans: Array<{ start: number; end: number; label: string; text: string }> = [];
  for (const m of item.src.matchAll(INLINE)) {
    text += item.src.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[2]!.length, label: m[1]!, text: m[2]! });
    text += m[2];
    last = m.index! + m[0].length;
  }
  text += item.src.slice(last);
  if (text.includes('[[')) throw new Error(`regel ${n + 1}: onafgesloten [[…]]`);
  const { src: _src, ...rest } = item;
  const out = { id: rest.id, kanaal: rest.kanaal, zichtbaarheid: rest.zichtbaarheid, rol: rest.rol, richting: rest.richting, text, spans, labels: rest.labels, toelichting: rest.toelichting };
  console.log(JSON.stringify(out));
}
