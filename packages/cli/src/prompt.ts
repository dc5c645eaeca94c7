import { readFile } from 'node:fs/promises';
import { createInterface, type Interface } from 'node:readline';
import { getNorm, volg, type Beslisgraaf, type Pad, type Uitkomst, type Vraag } from '@zorgvuldig/core';
import { readAll, UsageError, write, type Io } from './io.js';

/** The input ended before the walk or session was complete. */
export class InvoerGestopt extends Error {
  constructor() {
    super('de invoer stopte voordat alle vragen beantwoord waren');
  }
}

/**
 * Line-based prompting that works the same in a terminal and with piped stdin (one answer per line), so the
 * interactive commands can be tested. With piped input the answer is echoed, so the transcript reads well.
 */
export class Prompter {
  private readonly rl: Interface;
  private readonly regels: AsyncIterator<string>;

  constructor(private readonly io: Io) {
    this.rl = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
    this.regels = this.rl[Symbol.asyncIterator]();
  }

  async schrijf(tekst: string): Promise<void> {
    await write(this.io.stdout, tekst);
  }

  /** Ask and return the trimmed answer, or undefined when the input has ended. */
  async vraag(prompt: string): Promise<string | undefined> {
    await this.schrijf(prompt);
    const r = await this.regels.next();
    if (r.done) {
      await this.schrijf('\n');
      return undefined;
    }
    const antwoord = r.value.trim();
    if (!this.io.stdinIsTTY) await this.schrijf(antwoord + '\n');
    return antwoord;
  }

  /** Yes/no question; the input ending counts as no. */
  async jaNee(prompt: string): Promise<boolean> {
    for (;;) {
      const a = (await this.vraag(`${prompt} (j/n) `))?.toLowerCase();
      if (a === undefined || a === 'n' || a === 'nee') return false;
      if (a === 'j' || a === 'ja') return true;
      await this.schrijf('Antwoord met j of n.\n');
    }
  }

  sluit(): void {
    this.rl.close();
  }
}

/**
 * Walk a decision graph interactively: its title and how to answer, the questions one by one, then
 * `afsluiten` with the finished path. Input that ends before the walk is complete is exit code 2.
 */
export async function doorloopInteractief(io: Io, graaf: Beslisgraaf, afsluiten: (p: Prompter, pad: Pad) => Promise<void>): Promise<number> {
  const p = new Prompter(io);
  try {
    await p.schrijf(`${graaf.titel}\n${graaf.omschrijving}\nTyp het nummer van je antwoord, ? voor uitleg, of terug voor de vorige vraag.\n`);
    await afsluiten(p, await loopGraaf(p, graaf));
    return 0;
  } catch (err) {
    if (err instanceof InvoerGestopt) {
      await write(io.stderr, `Fout: ${err.message}.\n`);
      return 2;
    }
    throw err;
  } finally {
    p.sluit();
  }
}

/** Match input to an option: its number (1-based) or its id. */
export function kiesOptie<T extends { id: string }>(opties: readonly T[], invoer: string): T | undefined {
  if (/^\d+$/.test(invoer)) return opties[Number(invoer) - 1];
  return opties.find((o) => o.id === invoer.toLowerCase());
}

/** Typed instead of an answer: go back to the previous question. */
export const TERUG = Symbol('terug');

/** Ask one graph question until a valid answer is given; `?` shows the explanation, `terug` goes back. */
export async function stelVraag(p: Prompter, vraag: Vraag, nummer: number): Promise<string | typeof TERUG> {
  const regels = [`\n${nummer}. ${vraag.tekst}`, ...vraag.antwoorden.map((a, i) => `   ${i + 1}) ${a.tekst}`)];
  await p.schrijf(regels.join('\n') + '\n');
  for (;;) {
    const invoer = await p.vraag(`Kies 1-${vraag.antwoorden.length}${vraag.hulp ? ' (? voor uitleg)' : ''}: `);
    if (invoer === undefined) throw new InvoerGestopt();
    if (invoer === '?') {
      await p.schrijf(`   Uitleg: ${vraag.hulp ?? 'bij deze vraag is geen extra uitleg.'}\n`);
      continue;
    }
    if (invoer.toLowerCase() === 'terug') {
      if (nummer > 1) return TERUG;
      await p.schrijf('   Dit is de eerste vraag.\n');
      continue;
    }
    const antwoord = kiesOptie(vraag.antwoorden, invoer);
    if (antwoord) return antwoord.id;
    await p.schrijf(`   '${invoer}' is geen keuze; typ een nummer van 1 tot ${vraag.antwoorden.length}, ? voor uitleg of terug.\n`);
  }
}

/** Walk a graph interactively, one question at a time, to its outcome. */
export async function loopGraaf(p: Prompter, graaf: Beslisgraaf): Promise<Pad> {
  const antwoorden: Record<string, string> = {};
  const volgorde: string[] = [];
  for (;;) {
    const r = volg(graaf, antwoorden);
    if (!r.ok) throw new Error(r.fout);
    if (r.waarde.soort === 'uitkomst') return r.waarde;
    const { vraag } = r.waarde;
    const keuze = await stelVraag(p, vraag, volgorde.length + 1);
    if (keuze === TERUG) {
      delete antwoorden[volgorde.pop()!];
      continue;
    }
    antwoorden[vraag.id] = keuze;
    volgorde.push(vraag.id);
  }
}

/** Norm ids with their titles, one per line. */
export function normRegels(ids: readonly string[], inspringen = '  '): string[] {
  return ids.map((id) => {
    const n = getNorm(id);
    return `${inspringen}${id}${n ? ` — ${n.titel}` : ''}`;
  });
}

/** A situation outcome as readable lines. */
export function uitkomstRegels(u: Uitkomst): string[] {
  const regels = [`Advies: ${u.titel}`, ...u.advies.map((a) => `  ${a}`)];
  if (u.stappen?.length) regels.push('Stappen:', ...u.stappen.map((s) => `  - ${s}`));
  if (u.voorbeeldReactie) regels.push('Voorbeeldreactie:', `  “${u.voorbeeldReactie}”`);
  regels.push('Normen:', ...normRegels(u.bronnen));
  return regels;
}

/** Read JSON from a file (when a path is given) or from stdin; unreadable input is a usage error. */
export async function leesJson(pad: string | undefined, io: Io): Promise<unknown> {
  let tekst: string;
  if (pad !== undefined && pad !== '-') {
    try {
      tekst = await readFile(pad, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(`kan bestand '${pad}' niet lezen${code ? ` (${code})` : ''}`);
    }
  } else {
    if (io.stdinIsTTY) throw new UsageError('geen invoer: geef een JSON-bestand of stuur JSON naar standaardinvoer');
    tekst = await readAll(io.stdin);
  }
  try {
    return JSON.parse(tekst);
  } catch {
    throw new UsageError('de invoer is geen geldige JSON');
  }
}
