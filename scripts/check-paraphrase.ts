/**
 * Guard against copied sentences: reports every run of N or more consecutive words that a project file shares
 * with a source document. Sources are read from a folder given on the command line (never from tests):
 *   npx tsx scripts/check-paraphrase.ts --seeds ../shared/seeds [--words 8] [paths…]
 * Default paths: packages/core/src, packages/web/src. Exit 1 when a shared run is found.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { seeds: { type: 'string' }, words: { type: 'string' } },
  allowPositionals: true,
  strict: true,
});
if (!values.seeds) {
  console.error('Gebruik: npx tsx scripts/check-paraphrase.ts --seeds <map met bronnen> [--words 8] [paden…]');
  process.exit(2);
}
const N = Number(values.words ?? 8);
const words = (s: string) => s.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

const shingles = new Map<string, string>();
for (const f of readdirSync(values.seeds).filter((f) => f.endsWith('.txt') && f !== 'README.md')) {
  const w = words(readFileSync(join(values.seeds, f), 'utf8').replace(/-\s*\n\s*/g, ''));
  for (let i = 0; i + N <= w.length; i++) shingles.set(w.slice(i, i + N).join(' '), f);
}

function* files(p: string): Generator<string> {
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist' && e !== 'generated') yield* files(join(p, e));
  } else if (/\.(ts|tsx|md|json)$/.test(p)) yield p;
}

let found = 0;
for (const root of positionals.length ? positionals : ['packages/core/src', 'packages/web/src', 'packages/cli/src']) {
  for (const file of files(root)) {
    const w = words(readFileSync(file, 'utf8'));
    let i = 0;
    while (i + N <= w.length) {
      const key = w.slice(i, i + N).join(' ');
      const src = shingles.get(key);
      if (src) {
        let j = i + N;
        while (j < w.length && shingles.has(w.slice(j - N + 1, j + 1).join(' '))) j++;
        console.log(`${file}: ${j - i} woorden gelijk aan ${src}: «${w.slice(i, j).join(' ')}»`);
        found++;
        i = j;
      } else i++;
    }
  }
}
console.log(found ? `${found} overgenomen passage(s) gevonden.` : `Geen passages van ${N}+ woorden gelijk aan de bronnen.`);
process.exit(found ? 1 : 0);
