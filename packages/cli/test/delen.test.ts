import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const VRAAG = {
  ontvanger: 'rechtstreeks-betrokken',
  herleidbaar: true,
  toestemming: 'niet-gevraagd',
  wettelijkeGrond: 'geen',
  ernstigGevaar: false,
  alleenDoorDelen: false,
  doelVerenigbaar: true,
  alleenNoodzakelijk: true,
  kanaal: 'chat',
};

const voorbeelden = readFileSync(fileURLToPath(new URL('../../core/test/fixtures/delen-voorbeelden.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => l.trim());

describe('zorgvuldig delen --json', () => {
  it('answers a DeelVraag from stdin with the DeelAdvies', async () => {
    const r = await run(['delen', '--json'], JSON.stringify(VRAAG));
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(Object.keys(a).sort()).toEqual(['besluit', 'bronnen', 'grond', 'uitleg', 'voorwaarden']);
    expect(a).toMatchObject({ besluit: 'ja-onder-voorwaarden', grond: 'veronderstelde-toestemming', voorwaarden: ['alleen-noodzakelijke-gegevens', 'beveiligd-kanaal'] });
  });
  it('reads a file argument', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zv-delen-'));
    const f = join(dir, 'vraag.json');
    writeFileSync(f, JSON.stringify({ ...VRAAG, herleidbaar: false }));
    const r = await run(['delen', '--json', f]);
    expect(JSON.parse(r.stdout)).toMatchObject({ besluit: 'ja', grond: 'anoniem' });
  });
  it('names a missing, unknown or invalid field and exits 1', async () => {
    const { kanaal: _k, ...zonder } = VRAAG;
    for (const [invoer, veld] of [
      [zonder, 'kanaal'],
      [{ ...VRAAG, ontvnager: 'x' }, 'ontvnager'],
      [{ ...VRAAG, toestemming: 'misschien' }, 'toestemming'],
      [{ ...VRAAG, toestemming: 'gegeven', toestemmingVrij: true, toestemmingSpecifiek: true }, 'toestemmingGeinformeerd'],
    ] as const) {
      const r = await run(['delen', '--json'], JSON.stringify(invoer));
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).error).toContain(`'${veld}'`);
      expect(r.stderr).toContain(`'${veld}'`);
    }
  });
  it('refuses input that is not JSON with exit 2', async () => {
    const r = await run(['delen', '--json'], '{kapot');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/geen geldige JSON/);
  });
});

describe('zorgvuldig delen --jsonl', () => {
  it('answers every contract example as expected, in order, with the contract fields', async () => {
    const r = await run(['delen', '--jsonl'], voorbeelden.join('\n') + '\n');
    expect(r.code).toBe(0);
    const uit = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(uit).toHaveLength(voorbeelden.length);
    voorbeelden.forEach((regel, i) => {
      const vb = JSON.parse(regel);
      expect(Object.keys(uit[i]).sort()).toEqual(['besluit', 'bronnen', 'grond', 'id', 'uitleg', 'voorwaarden']);
      expect(uit[i]).toMatchObject({ id: vb.id, ...vb.verwacht });
    });
  });
  it('accepts bare DeelVraag lines, reports bad lines with their id, goes on and exits 1', async () => {
    const regels = [
      JSON.stringify(VRAAG),
      '{kapot',
      JSON.stringify({ id: 'x3', vraag: { ...VRAAG, kanaal: 'fax' }, situatie: 'genegeerd' }),
      JSON.stringify({ id: 'x4', vraag: VRAAG, verwacht: {} }),
      '[]',
    ];
    const r = await run(['delen', '--jsonl'], regels.join('\n'));
    expect(r.code).toBe(1);
    const uit = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(uit).toHaveLength(5);
    expect(uit[0]).toMatchObject({ id: 1, besluit: 'ja-onder-voorwaarden' });
    expect(uit[1]).toEqual({ id: null, error: 'regel is geen geldige JSON (id onleesbaar)' });
    expect(uit[2].id).toBe('x3');
    expect(uit[2].error).toMatch(/'kanaal'/);
    expect(uit[3]).toMatchObject({ id: 'x4', grond: 'veronderstelde-toestemming' });
    expect(uit[4].error).toBeDefined();
  });
});

describe('zorgvuldig delen (wizard with piped answers)', () => {
  it('asks one question at a time, explains on ?, and ends with advice and norms', async () => {
    // rechtstreeks betrokken, herleidbaar, niet gevraagd, doel ja, alleen nodig, WhatsApp; no justification.
    const r = await run(['delen'], ['1', '?', '1', '3', '1', '1', '4', 'n'].join('\n') + '\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Uitleg: Herleidbaar betekent/);
    expect(r.stdout).toMatch(/Advies: Ja, onder voorwaarden/);
    expect(r.stdout).toMatch(/Grond: veronderstelde toestemming/);
    expect(r.stdout).toMatch(/gebruik een beveiligd kanaal/);
    expect(r.stdout).toMatch(/rvs-2017\.beroepsgeheim\.doorbreken — /);
    expect(r.stdout).not.toMatch(/Verantwoording delen/);
    // Skipped questions: no meldplicht or danger question on this path.
    expect(r.stdout).not.toMatch(/meldplicht of een meldrecht/);
  });
  it('skips the rest once the information is anonymous', async () => {
    const r = await run(['delen'], '8\n2\nn\n');
    expect(r.stdout).toMatch(/Advies: Ja, je mag dit delen/);
    expect(r.stdout).not.toMatch(/3\. /);
  });
  it('prints a written justification with --verantwoording', async () => {
    const r = await run(['delen', '--verantwoording'], ['10', '1', '3'].join('\n'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Advies: Nee, niet delen/);
    expect(r.stdout).toMatch(/Verantwoording delen van cliëntinformatie — \d{4}-\d{2}-\d{2}/);
    expect(r.stdout).toMatch(/Met wie wil je de informatie delen\? het publiek/);
    expect(r.stdout).toMatch(/Besluit: Nee, niet delen/);
  });
  it('offers the justification at the end and prints it on yes', async () => {
    const r = await run(['delen'], '8\n2\nj\n');
    expect(r.stdout).toMatch(/Wil je een verantwoording/);
    expect(r.stdout).toMatch(/Besluit: Ja, je mag dit delen \(grond: anonieme informatie\)/);
  });
  it('re-asks on an invalid choice and fails clearly when the input stops', async () => {
    const r = await run(['delen'], '99\n1\n');
    expect(r.stdout).toMatch(/'99' is geen keuze/);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invoer stopte/);
  });
});
