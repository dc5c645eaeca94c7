import { kiesOefenset } from '@zorgvuldig/core';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('zorgvuldig oefenen', () => {
  it('runs a seeded session with piped answers and shows the score', async () => {
    const set = kiesOefenset(3, 42);
    // First answered right, the others with a wrong option.
    const antwoorden = set.map((c, i) => (i === 0 ? c.juist : c.opties.find((o) => o.id !== c.juist)!.id));
    const r = await run(['oefenen', '--aantal', '3', '--seed', '42'], antwoorden.join('\n') + '\n');
    expect(r.code).toBe(0);
    for (const c of set) expect(r.stdout).toContain(c.titel);
    expect(r.stdout).toMatch(/✔ Goed\./);
    expect(r.stdout).toMatch(/✖ Niet juist\. Het beste antwoord is/);
    expect(r.stdout).toMatch(/Score: 1 van 3 goed\./);
  });
  it('filters on theme and stops cleanly when the input ends', async () => {
    const set = kiesOefenset(2, 7, { thema: 'kanaal' });
    const r = await run(['oefenen', '--aantal', '2', '--seed', '7', '--thema', 'kanaal'], `${set[0]!.juist}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Score: 1 van 1 goed \(1 niet beantwoord\)\./);
  });
  it('refuses an unknown theme or a bad count', async () => {
    expect((await run(['oefenen', '--thema', 'onbekend'])).code).toBe(2);
    expect((await run(['oefenen', '--aantal', '0'])).code).toBe(2);
  });
});
