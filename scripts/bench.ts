/**
 * Speed and memory of the checker (figures only; no pass/fail):
 *   npm run bench [-- --seconds 3 --lines 17000 --runs 5 --corpus <file.jsonl>]
 * - start-up: a fresh Node process importing the core (lexicons included) and checking one text;
 * - throughput and latency p50/p99 for tweet-sized and blog-sized texts, on one core, after start-up;
 * - wall time, main-thread CPU and peak RSS of whole `zorgvuldig check --jsonl` processes over a generated file
 *   (median and range of --runs runs: on a shared virtual machine one run can be a third slower than the next).
 * The texts are synthetic, generated from templates here; `--corpus` adds a run over the texts of a corpus file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, lines: { type: 'string' }, runs: { type: 'string' }, corpus: { type: 'string' } }, strict: true });
const SECONDS = Number(values.seconds ?? 3);
const LINES = Number(values.lines ?? 17000);
const RUNS = Math.max(1, Number(values.runs ?? 5));
const BIN = fileURLToPath(new URL('../packages/cli/bin/zorgvuldig.js', import.meta.url));

const names = ['Jan de Vries', 'mw. Bakker', 'Fatima', 'meneer K.', 'Sanne van Dijk', 'opa Henk', 'Yusuf Kaya', 'de heer Mulder'];
const places = ['Zwolle', 'Leeuwarden', 'Breda', 'Almere', 'Den Helder', 'Heerlen', 'Emmen', 'Utrecht'];
const health = ['longontsteking', 'diabetes', 'een depressie', 'COPD', 'een heupfractuur', 'dementie', 'chemo', 'een delier'];
const templates = [
  (i: number) => `Vandaag kwam ${names[i % 8]} (${60 + (i % 35)}) uit ${places[i % 8]} op de poli met ${health[i % 8]}. Gezellige man!`,
  (i: number) => `Wie komt er vrijdag ook naar het congres in ${places[i % 8]}? Ik spreek over valpreventie. #zorg`,
  (i: number) => `Hoi, over ${i % 10} minuten bel ik je, neem je op?`,
  (i: number) => `Beste collega, bel ${names[i % 8]} even terug op 06-${String(10000000 + i).slice(0, 8)}, het gaat om ${health[i % 8]}.`,
  (i: number) => `Wat een zeurpiet vannacht op de afdeling 😂 echt geen zin meer in deze dienst #nachtdienst ${i}`,
  (i: number) => `Tip: check je privacy-instellingen. Na een update staan ze soms weer open! (${i})`,
];
const tweet = (i: number) => templates[i % templates.length]!(i);
const blog = (i: number) => Array.from({ length: 14 }, (_, k) => tweet(i * 14 + k)).join(' ');

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// Other processes on the machine skew wall-clock figures: say how loaded it is (per-CPU-second figures hold up better).
console.log(`Load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} CPUs`);

// 1. Start-up: fresh processes, import + first check.
const startupScript = `const t0 = performance.now(); const core = await import('@zorgvuldig/core'); const t1 = performance.now(); core.check('Meneer Jan de Vries (87) uit Hoorn', {kanaal:'twitter'}); const t2 = performance.now(); console.log(JSON.stringify({importMs: t1 - t0, firstCheckMs: t2 - t1}));`;
const startups: Array<{ importMs: number; firstCheckMs: number }> = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', startupScript], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (r.status !== 0) throw new Error(r.stderr);
  startups.push(JSON.parse(r.stdout));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`Start-up (median of 5 fresh processes): import core + lexicons ${med(startups.map((s) => s.importMs)).toFixed(0)} ms, first check ${med(startups.map((s) => s.firstCheckMs)).toFixed(1)} ms, total ${med(startups.map((s) => s.importMs + s.firstCheckMs)).toFixed(0)} ms`);

// 2. Throughput and latency in this process.
const { check } = await import('@zorgvuldig/core');
// With --corpus, also the texts of a corpus file in their own contexts (a realistic mix: most real posts
// hold no identifiers, unlike the synthetic tweets above, four in six of which are full of them).
type Ctx = Parameters<typeof check>[1];
const workloads: Array<[string, (i: number) => string, (i: number) => Ctx]> = [
  ['tweet-sized', tweet, () => ({ kanaal: 'twitter' })],
  ['blog-sized', blog, () => ({ kanaal: 'blog' })],
];
if (values.corpus) {
  const items = readFileSync(values.corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; kanaal?: string; zichtbaarheid?: string; rol?: string; richting?: string });
  workloads.push([
    'corpus texts',
    (i) => items[i % items.length]!.text,
    (i) => {
      const { kanaal, zichtbaarheid, rol, richting } = items[i % items.length]!;
      return { kanaal, zichtbaarheid, rol, richting } as Ctx;
    },
  ]);
}
for (const [label, gen, ctxOf] of workloads) {
  const texts = Array.from({ length: 2000 }, (_, i) => gen(i));
  const ctxs = Array.from({ length: 2000 }, (_, i) => ctxOf(i));
  for (let i = 0; i < 2000; i++) check(texts[i]!, ctxs[i]); // warm-up
  const lat: number[] = [];
  let n = 0;
  let chars = 0;
  const end = performance.now() + SECONDS * 1000;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() < end) {
    const t = texts[n % texts.length]!;
    const a = performance.now();
    check(t, ctxs[n % texts.length]);
    lat.push(performance.now() - a);
    chars += t.length;
    n++;
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  lat.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(12)} ${(n / secs).toFixed(0).padStart(7)} texts/s wall, ${(n / cpuSecs).toFixed(0).padStart(7)} per CPU-second  (avg ${Math.round(chars / n)} chars)  p50 ${(percentile(lat, 50) * 1000).toFixed(0)} µs  p99 ${(percentile(lat, 99) * 1000).toFixed(0)} µs`,
  );
}

// 3. Whole process over a large file (the DEDUCE comparison: 17,000 tweet-sized texts).
const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-bench-'));
const file = join(dir, 'in.jsonl');
writeFileSync(file, Array.from({ length: LINES }, (_, i) => JSON.stringify({ id: `b${i}`, text: tweet(i), kanaal: 'twitter' })).join('\n') + '\n');
// The CLI runs unchanged inside a wrapper that reports its own peak RSS (process.resourceUsage) on exit.
// On Linux it also reports the main thread's own CPU time (/proc/self/task/<pid>/stat, in clock ticks of 10 ms):
// unlike wall time, that does not grow when the host gives the virtual machine's cores to others.
const wrapper = `import { readFileSync as rf } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); let main = -1; try { const st = rf('/proc/self/task/' + process.pid + '/stat', 'utf8'); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); main = (Number(f[11]) + Number(f[12])) * 10; } catch {} process.stderr.write('MAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + ' MAIN ' + main + '\\n'); }); process.argv.splice(1, 0, ${JSON.stringify(BIN)}); await import(${JSON.stringify(pathToFileURL(BIN).href)});`;
/** Total and stolen CPU ticks of the machine so far (Linux), or undefined. */
const cpuTicks = () => {
  if (!existsSync('/proc/stat')) return undefined;
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { total: f.reduce((a, b) => a + b, 0), steal: f[7] ?? 0 };
};
const runs: Array<{ wall: number; cpu: number; main: number; rssKb: number; steal?: number; ok: boolean }> = [];
for (let r = 0; r < RUNS; r++) {
  const ticks0 = cpuTicks();
  const t0 = performance.now();
  const whole = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, 'check', '--jsonl'], {
    input: readFileSync(file),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const wall = (performance.now() - t0) / 1000;
  const ticks1 = cpuTicks();
  const usage = /MAXRSS (\d+) CPU (\d+) MAIN (-?\d+)/.exec(whole.stderr);
  runs.push({
    wall,
    cpu: Number(usage?.[2] ?? NaN) / 1e6,
    main: Number(usage?.[3] ?? -1) / 1000,
    rssKb: Number(usage?.[1] ?? NaN),
    steal: ticks0 && ticks1 && ticks1.total > ticks0.total ? (100 * (ticks1.steal - ticks0.steal)) / (ticks1.total - ticks0.total) : undefined,
    ok: whole.status === 0 && whole.stdout.split('\n').length - 1 === LINES,
  });
}
const walls = runs.map((r) => r.wall);
const wallMed = med(walls);
console.log(
  `Whole process: zorgvuldig check --jsonl over ${LINES} tweet-sized texts, ${RUNS} runs: median ${wallMed.toFixed(2)} s wall (range ${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)}; ${(LINES / wallMed).toFixed(0)} texts/s incl. start-up; ${(LINES / med(runs.map((r) => r.cpu))).toFixed(0)} per CPU-second), peak RSS ${(Math.max(...runs.map((r) => r.rssKb)) / 1024).toFixed(0)} MB, ${runs.every((r) => r.ok) ? `every run exit 0 with ${LINES} lines out` : 'A RUN FAILED or gave the wrong number of lines'}`,
);
const mains = runs.map((r) => r.main).filter((m) => m >= 0);
const steals = runs.map((r) => r.steal).filter((x): x is number => x !== undefined);
if (mains.length || steals.length)
  console.log(
    `  main thread CPU ${mains.length ? `median ${med(mains).toFixed(2)} s` : 'n/a'}${steals.length ? `; CPU time stolen by the host during the runs ${Math.min(...steals).toFixed(0)}–${Math.max(...steals).toFixed(0)}% (wall time then overstates)` : ''}`,
  );
rmSync(dir, { recursive: true, force: true });
