import { allePaden, SITUATIES } from '@zorgvuldig/core';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('zorgvuldig situaties', () => {
  it('lists every situation', async () => {
    const r = await run(['situaties']);
    expect(r.code).toBe(0);
    for (const s of SITUATIES) expect(r.stdout).toContain(s.id);
    const json = JSON.parse((await run(['situaties', '--json'])).stdout);
    expect(json.map((s: { id: string }) => s.id)).toEqual(SITUATIES.map((s) => s.id));
  });
});

describe('zorgvuldig situatie <id> --json', () => {
  it('returns the outcome for every path of every situation', async () => {
    for (const s of SITUATIES) {
      for (const p of allePaden(s)) {
        const antwoorden = Object.fromEntries(p.stappen.map((st) => [st.vraag, st.antwoord]));
        const r = await run(['situatie', s.id, '--json'], JSON.stringify({ antwoorden }));
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).uitkomst.id).toBe(p.uitkomst.id);
      }
    }
  });
  it('names a missing or unknown answer', async () => {
    let r = await run(['situatie', 'collega', '--json'], JSON.stringify({ antwoorden: { ernst: 'client' } }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatch(/antwoord ontbreekt op vraag 'gesprek'/);
    r = await run(['situatie', 'collega', '--json'], JSON.stringify({ antwoorden: { ernst: 'ernstig' } }));
    expect(JSON.parse(r.stdout).error).toMatch(/onbekend antwoord 'ernstig' op vraag 'ernst'/);
    r = await run(['situatie', 'collega', '--json'], JSON.stringify({ ernst: 'client' }));
    expect(JSON.parse(r.stdout).error).toMatch(/"antwoorden" ontbreekt/);
  });
  it('refuses an unknown situation with a usage error', async () => {
    const r = await run(['situatie', 'bestaat-niet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/onbekende situatie 'bestaat-niet'/);
  });
});

describe('zorgvuldig situatie <id> (interactive, piped)', () => {
  it('walks the colleague escalation and shows advice, steps, example reply and norms', async () => {
    const r = await run(['situatie', 'collega'], '2\n?\n1\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Uitleg: Aanspreken/);
    expect(r.stdout).toMatch(/Advies: Spreek je collega persoonlijk aan/);
    expect(r.stdout).toMatch(/Voorbeeldreactie:/);
    expect(r.stdout).toMatch(/knmg-2017\.aanbeveling-7\.1 — /);
  });
  it('goes back a question on terug', async () => {
    const r = await run(['situatie', 'foto'], 'terug\n1\nterug\n3\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dit is de eerste vraag/);
    expect(r.stdout).toMatch(/Advies: Vraag collega’s toestemming/);
  });
});
