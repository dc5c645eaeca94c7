import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds first, and the build bundles the CLI with the core (scripts/bundle.mjs); the launcher
// prefers that bundle. It must answer exactly as the separate modules do.
const BUNDLE = fileURLToPath(new URL('../dist/bundle/zorgvuldig.js', import.meta.url));
const MODULES = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

const input = [
  { id: 1, text: 'Vandaag kwam meneer Bakker (82) uit Hoorn met een hartinfarct binnen op kamer 12.', kanaal: 'facebook' },
  { id: 2, text: 'Mw. de Wit, BSN 111222333, tel 06-12345678, mail a.dewit@voorbeeld.nl', kanaal: 'email', zichtbaarheid: 'prive' },
  { id: 3, text: 'Ik zie het echt niet meer zitten, ik wil er niet meer zijn.', kanaal: 'whatsapp', richting: 'inkomend' },
  '{kapot',
]
  .map((o) => (typeof o === 'string' ? o : JSON.stringify(o)))
  .join('\n');

function run(entry: string, args: string[], stdin = '') {
  return spawnSync(process.execPath, [entry, ...args], { input: stdin, encoding: 'utf8' });
}

describe('the CLI bundle', () => {
  it('exists after the build', () => {
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('answers a batch, a single check and a usage error exactly as the modules do', () => {
    for (const [args, stdin] of [
      [['check', '--jsonl'], input + '\n'],
      [['check', '--json', 'Bewoner J. Jansen van de afdeling Zonnebloem is vandaag overleden.'], ''],
      [['check', '--kanaal', 'postduif', 'tekst'], ''],
      [['normen', '--bron', 'knmg-2017.md', '--json'], ''],
    ] as Array<[string[], string]>) {
      const a = run(BUNDLE, args, stdin);
      const b = run(MODULES, args, stdin);
      expect(a.stdout).toBe(b.stdout);
      expect(a.stderr).toBe(b.stderr);
      expect(a.status).toBe(b.status);
    }
  });
});
