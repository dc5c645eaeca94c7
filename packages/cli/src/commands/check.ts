import { readFile, stat } from 'node:fs/promises';
import { check, checkText, getNorm, type DetailedCheckResult } from '@zorgvuldig/core';
import { CONTEXT_OPTIONS, contextFromOptions, parse } from '../args.js';
import { MAX_WORKERS, runBatch } from '../batch/run.js';
import { readAll, UsageError, write, type Io } from '../io.js';
import type { Command } from './types.js';

const USAGE = `Gebruik:
  zorgvuldig check "tekst" [opties]        controleer een tekst
  zorgvuldig check <bestand> [opties]      controleer de tekst in een bestand
  zorgvuldig check [opties] < tekst.txt    controleer tekst van standaardinvoer
  zorgvuldig check --jsonl < in.jsonl > uit.jsonl
                                           batch: één JSON-object per regel (contract check.md)

Opties:
  --kanaal <k>         twitter, facebook, instagram, linkedin, tiktok, blog, forum, zorgkaart-reactie,
                       whatsapp, sms, email, facebook-bericht, linkedin-bericht
  --zichtbaarheid <z>  openbaar, besloten, prive
  --rol <r>            arts, verpleegkundige, verzorgende, psycholoog, psychiater, psychotherapeut,
                       sociaal-werker, jeugdzorgwerker, wijkteamlid, student
  --richting <r>       uitgaand (standaard) of inkomend
  --json               één resultaat als JSON (contract-uitvoer)
  --jsonl              batchmodus: JSON Lines in, JSON Lines uit
  --bestand <pad>      lees de tekst uit dit bestand
  --werkers <n>        batch: controleer vanaf regel 2000 met n werkthreads (standaard 0: alles in één thread;
                       loont bij grote invoer op een machine met veel kernen); de uitvoer is hetzelfde

Exitcodes: 0 = klaar (batch: elke regel beantwoord), 1 = batch met foutregels, 2 = verkeerd gebruik of onleesbare invoer.
De tekst wordt nergens opgeslagen of gelogd; de controle werkt volledig offline.`;

export const checkCommand: Command = {
  name: 'check',
  summary: 'controleer een bericht op herleidbare gegevens, gezondheidsinformatie en gedragsnormen',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      ...CONTEXT_OPTIONS,
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      bestand: { type: 'string', short: 'f' },
      werkers: { type: 'string' },
    });
    const ctx = contextFromOptions(values);
    if (values.jsonl) {
      if (positionals.length || values.bestand || values.json) throw new UsageError('--jsonl leest alleen van standaardinvoer; geen tekst, bestand of --json erbij');
      if (values.werkers !== undefined && (!/^\d{1,3}$/.test(values.werkers) || Number(values.werkers) > MAX_WORKERS))
        throw new UsageError(`ongeldig aantal werkers '${values.werkers}' (een getal van 0 tot ${MAX_WORKERS}, het aantal processorkernen)`);
      return runBatch(io, ctx, values.werkers === undefined ? undefined : Number(values.werkers));
    }
    if (values.werkers !== undefined) throw new UsageError('--werkers hoort alleen bij --jsonl');
    if (positionals.length > 1) throw new UsageError('geef één tekst of één bestand (zet de tekst tussen aanhalingstekens)');
    const text = await readInput(positionals[0], values.bestand, io);
    if (values.json) {
      await write(io.stdout, JSON.stringify(check(text, ctx), null, 2) + '\n');
      return 0;
    }
    await write(io.stdout, renderHuman(text, checkText(text, ctx), io.stdout === process.stdout && Boolean(process.stdout.isTTY)));
    return 0;
  },
};

async function readInput(positional: string | undefined, bestand: string | undefined, io: Io): Promise<string> {
  if (bestand !== undefined) return readTextFile(bestand);
  if (positional !== undefined && positional !== '-') {
    // A positional argument is a file when such a file exists, otherwise the text itself.
    const isFile = await stat(positional).then((s) => s.isFile(), () => false);
    return isFile ? readTextFile(positional) : positional;
  }
  if (io.stdinIsTTY) throw new UsageError('geen tekst opgegeven: geef een tekst, een bestand, of stuur tekst naar standaardinvoer');
  return readAll(io.stdin);
}

async function readTextFile(path: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`kan bestand '${path}' niet lezen${code ? ` (${code})` : ''}`);
  }
  if (buf.includes(0)) throw new UsageError(`bestand '${path}' is geen tekstbestand (bevat binaire gegevens)`);
  return buf.toString('utf8');
}

const SEVERITY_MARK = { fout: '✖ fout', waarschuwing: '⚠ waarschuwing', tip: 'ℹ tip' } as const;

export function renderHuman(text: string, result: DetailedCheckResult, color = false): string {
  const c = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  if (result.findings.length === 0) {
    lines.push(c('32', '✔ Geen bevindingen: deze tekst kan zo verstuurd worden in deze context.'));
  } else {
    lines.push(`${result.findings.length} bevinding(en); labels: ${result.labels.join(', ') || '(alleen tips)'}`);
    lines.push('');
    for (const f of result.findings) {
      const passage = text.slice(f.start, f.end);
      const shown = passage.length > 80 ? passage.slice(0, 77) + '…' : passage;
      const sevColor = f.severity === 'fout' ? '31' : f.severity === 'waarschuwing' ? '33' : '36';
      lines.push(`${c(sevColor, SEVERITY_MARK[f.severity])}  [${f.label}]  ${f.rule}`);
      lines.push(`  Passage: »${shown}« (teken ${f.start}–${f.end})`);
      lines.push(`  ${f.message}`);
      for (const id of f.norms) {
        const n = getNorm(id);
        lines.push(`  Norm: ${id}${n ? ` — ${n.titel}` : ''}`);
      }
      if (f.suggestion) lines.push(`  Suggestie: ${f.suggestion}`);
      lines.push('');
    }
  }
  if (result.spans.length) {
    lines.push('Gemarkeerd in de tekst:');
    lines.push('  ' + markSpans(text, result, c).replace(/\n/g, '\n  '));
    lines.push('');
    if (result.anonymized !== text) {
      lines.push('Geanonimiseerde versie:');
      lines.push('  ' + result.anonymized.replace(/\n/g, '\n  '));
    }
  }
  return lines.join('\n') + '\n';
}

function markSpans(text: string, result: DetailedCheckResult, c: (code: string, s: string) => string): string {
  let out = '';
  let pos = 0;
  for (const s of result.spans) {
    out += text.slice(pos, s.start) + c('1;4', `⟦${text.slice(s.start, s.end)}⟧`) + c('2', `{${s.label}}`);
    pos = s.end;
  }
  return out + text.slice(pos);
}
