/**
 * Throughput benchmark for `POST /api/check` with tweet-sized texts: starts the built server in a child process
 * (in-memory database, production logging), drives it with autocannon and prints requests/s and latency.
 * Target on a 2-core machine: ≥ 1,500 requests/s with p99 < 25 ms.
 *
 *   npm run bench:api [-- --duration 10 --connections 10 --workers N]
 *
 * `--workers`: check worker threads (default: one per CPU core, as `zorgvuldig serve`; 0 = on the main thread).
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    workers: { type: 'string', default: String(availableParallelism() > 1 ? availableParallelism() : 0) },
  },
});

// Our own tweet-sized examples (no real people), mixing clean texts and texts with findings.
const TEKSTEN = [
  'Mooie dienst gehad vandaag op de afdeling. Trots op ons team! #zorg',
  'Vandaag kwam meneer Pietersen (79) uit Zwolle met zijn hartfalen weer binnen. Wat een doorzetter.',
  'Tip voor collega-verpleegkundigen: lees de nieuwe richtlijn over valpreventie, echt de moeite waard.',
  'Bel me even op 06-98765432 over de cliënt van kamer 12, ze is weer erg verward vandaag.',
  'Die ene patiënt die elke week met dezelfde klachten komt... sommige mensen leren het nooit.',
  'Wie heeft er ervaring met online ggz-behandeling voor jongeren? Ik hoor graag jullie tips.',
  'Mevrouw de Vries uit het wijkteam Noord vroeg of ik haar zoon kan helpen met zijn depressie, via WhatsApp.',
  'Griepprik-campagne gestart! Vanaf maandag kunnen alle medewerkers zich laten vaccineren.',
];

const server = spawn(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const { buildApp } = await import(${JSON.stringify(new URL('../dist/app.js', import.meta.url).href)});
     const app = await buildApp({ logger: { level: 'info', stream: { write() {} } }, webDir: null, checkWorkers: ${Number(values.workers)} });
     const url = await app.listen({ port: 0, host: '127.0.0.1' });
     process.stdout.write('URL ' + url + '\\n');`,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);

const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d: Buffer) => {
    out += String(d);
    const m = /URL (\S+)/.exec(out);
    if (m) resolve(m[1]!);
  });
  server.once('exit', (code) => reject(new Error(`server stopte (code ${code}); eerst bouwen: npx tsc -b packages/core packages/server`)));
});

let n = 0;
const result = await autocannon({
  url: `${url}/api/check`,
  connections: Number(values.connections),
  duration: Number(values.duration),
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ text: TEKSTEN[n++ % TEKSTEN.length], kanaal: 'twitter', rol: 'verpleegkundige' }) }),
    },
  ],
});
server.kill('SIGTERM');

const rps = result.requests.average;
const p99 = result.latency.p99;
const ok = rps >= 1500 && p99 < 25 && result.non2xx === 0 && result.errors === 0;
console.log(`POST /api/check — ${values.connections} verbindingen, ${values.duration} s, ${values.workers} controle-werkers`);
console.log(`  verzoeken/s  gemiddeld ${rps.toFixed(0)}  (min ${result.requests.min}, max ${result.requests.max})`);
console.log(`  latentie ms  p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${p99}  max ${result.latency.max}`);
console.log(`  totaal ${result.requests.total}, niet-2xx ${result.non2xx}, fouten ${result.errors}`);
console.log(`  doel ≥ 1500/s en p99 < 25 ms: ${ok ? 'GEHAALD' : 'NIET GEHAALD'}`);
process.exitCode = ok ? 0 : 1;
