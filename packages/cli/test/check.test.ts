import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/zorgvuldig.js', import.meta.url));

describe('zorgvuldig check --jsonl (contract check.md)', () => {
  it('answers every line in order with the same id and the contract fields', async () => {
    const input = [
      { id: 'a1', text: 'Hoi, over 5 minuten bel ik je.', kanaal: 'whatsapp', extra: 'genegeerd' },
      { id: 2, text: 'Tweede tekst', kanaal: 'twitter', zichtbaarheid: 'openbaar', rol: 'arts', richting: 'uitgaand' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const r = await run(['check', '--jsonl'], input + '\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 2]);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(['anonymized', 'findings', 'id', 'labels', 'spans']);
    }
  });

  it('answers a malformed line with an error line, goes on, and exits 1', async () => {
    const input = ['{"id":"x1","text":"goed"}', '{niet json', '{"id":"x3"}', '{"id":"x4","text":"ok","kanaal":"telegram"}', '[1,2]', '{"id":"x6","text":"laatste"}'].join('\n');
    const r = await run(['check', '--jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0].id).toBe('x1');
    expect(lines[0].error).toBeUndefined();
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining('JSON') });
    expect(lines[2]).toEqual({ id: 'x3', error: expect.stringContaining("'text'") });
    expect(lines[3]).toEqual({ id: 'x4', error: expect.stringContaining("'kanaal'") });
    expect(lines[4]).toEqual({ id: null, error: expect.any(String) });
    expect(lines[5].id).toBe('x6');
    expect(lines[5].labels).toEqual(expect.any(Array));
  });

  it('skips blank lines and handles CRLF input', async () => {
    const r = await run(['check', '--jsonl'], '{"id":"a","text":"x"}\r\n\r\n{"id":"b","text":"y"}\r\n');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
  });

  it('gives the same output, in the same order, with worker threads (--werkers) as without', async () => {
    // Past line 2000 the workers take over; bad and blank lines are in both parts.
    const lines: string[] = [];
    for (let i = 0; i < 2600; i++) {
      if (i % 397 === 5) lines.push('{kapot');
      else if (i % 211 === 7) lines.push('');
      else lines.push(JSON.stringify({ id: `w${i}`, text: `Meneer Visser (${60 + (i % 30)}) uit Assen had vannacht ${i % 2 ? 'een delier' : 'koorts'}. ${i}`, kanaal: i % 3 ? 'twitter' : 'whatsapp' }));
    }
    const input = lines.join('\n') + '\n';
    const single = await run(['check', '--jsonl', '--werkers', '0'], input);
    const parallel = await run(['check', '--jsonl', '--werkers', String(Math.min(2, availableParallelism()))], input);
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    expect(single.stdout.split('\n').filter(Boolean)).toHaveLength(lines.filter((l) => l !== '').length);
  });

  it('refuses a worker count that is not a number up to the number of cores', async () => {
    for (const n of ['x', '-1', String(availableParallelism() + 1)]) {
      const r = await run(['check', '--jsonl', '--werkers', n]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/werkers/);
    }
    expect((await run(['check', 'tekst', '--werkers', '1'])).code).toBe(2);
  });

  it('is bad usage (exit 2) to combine --jsonl with a text', async () => {
    const r = await run(['check', '--jsonl', 'tekst']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jsonl/);
  });
});

describe('zorgvuldig check (human and --json)', () => {
  it('checks a text argument and prints a readable report', async () => {
    const r = await run(['check', '--kanaal', 'twitter', 'Mooie dag vandaag.']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('prints one contract object with --json', async () => {
    const r = await run(['check', '--json', '--kanaal', 'email', 'Tekst']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o).sort()).toEqual(['anonymized', 'findings', 'labels', 'spans']);
  });

  it('reads a file argument and stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zv-cli-'));
    const file = join(dir, 'bericht.txt');
    writeFileSync(file, 'Tekst uit een bestand');
    const a = await run(['check', '--json', file]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).anonymized).toBe('Tekst uit een bestand');
    const b = await run(['check', '--json'], 'Tekst van stdin');
    expect(JSON.parse(b.stdout).anonymized).toBe('Tekst van stdin');
  });

  it('rejects an unknown option value with exit 2 and names the allowed values', async () => {
    const r = await run(['check', '--kanaal', 'telegram', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kanaal');
    expect(r.stderr).toContain('whatsapp');
  });

  it('rejects an unknown option with exit 2', async () => {
    const r = await run(['check', '--kleur', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/optie/);
  });

  it('gives exit 2 for an unreadable or binary file', async () => {
    const missing = await run(['check', '--bestand', '/nonexistent/zorgvuldig.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('kan bestand');
    const dir = mkdtempSync(join(tmpdir(), 'zv-cli-'));
    const bin = join(dir, 'x.bin');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3]));
    const binary = await run(['check', '--bestand', bin]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('geen tekstbestand');
  });

  it('asks for input when nothing is given on a terminal (exit 2)', async () => {
    const r = await run(['check'], '', { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('geen tekst');
  });

  it('an unknown command is exit 2', async () => {
    const r = await run(['bestaatniet']);
    expect(r.code).toBe(2);
  });
});

describe('the built binary', () => {
  it('runs batch mode as a process with the contract exit codes', () => {
    const ok = spawnSync(process.execPath, [BIN, 'check', '--jsonl'], { input: '{"id":"p1","text":"hallo"}\n', encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.trim()).id).toBe('p1');
    const bad = spawnSync(process.execPath, [BIN, 'check', '--jsonl'], { input: 'kapot\n', encoding: 'utf8' });
    expect(bad.status).toBe(1);
    const usage = spawnSync(process.execPath, [BIN, 'check', '--rol', 'kapitein', 'x'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });

  it('stops quietly when the reader closes the pipe early (… | head)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zorgvuldig-pipe-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: 'Meneer Jansen (87) uit Hoorn.' })).join('\n') + '\n');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check --jsonl < "${input}" | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
    expect(r.stderr).not.toContain('EPIPE');
  });
});
