import { createInterface } from 'node:readline';
import {
  adviesRegels,
  beoordeelDelen,
  DELEN_GRAAF,
  deelVraagUitPad,
  valideerDeelVraag,
  verantwoordingDelen,
  type DeelAdvies,
} from '@zorgvuldig/core';
import { parse } from '../args.js';
import { UsageError, write, type Io } from '../io.js';
import { doorloopInteractief, leesJson } from '../prompt.js';
import type { Command } from './types.js';

const USAGE = `Gebruik:
  zorgvuldig delen [--verantwoording]        beslishulp: beantwoord de vragen één voor één
  zorgvuldig delen --json [bestand]          één DeelVraag (JSON, uit bestand of standaardinvoer) → DeelAdvies (JSON)
  zorgvuldig delen --jsonl < in.jsonl        batch: per regel een DeelVraag of {"id": …, "vraag": DeelVraag}

"Mag ik dit delen?" helpt beslissen of je cliëntinformatie met een ander mag delen, op welke grond en onder
welke voorwaarden (contract docs/contract-delen.md). In de beslishulp typ je het nummer van je antwoord, ? voor
uitleg van de begrippen, of terug voor de vorige vraag. Antwoorden kunnen ook via standaardinvoer, één per regel.

Opties:
  --verantwoording  druk na het advies een korte verantwoording af om in het dossier te plakken
  --json            JSON-modus voor één vraag
  --jsonl           batchmodus: JSON Lines in, JSON Lines uit ({"id", "besluit", "grond", "voorwaarden",
                    "uitleg", "bronnen"} of {"id", "error"}); een kale DeelVraag zonder id krijgt zijn
                    regelnummer als id, een onleesbare regel id null

Velden van een DeelVraag: ontvanger, herleidbaar, toestemming, wettelijkeGrond, ernstigGevaar, alleenDoorDelen,
doelVerenigbaar, alleenNoodzakelijk, kanaal; bij toestemming "gegeven" ook (verplicht) toestemmingGeinformeerd,
toestemmingSpecifiek en toestemmingVrij. Een onbekend, ontbrekend of ongeldig veld is een fout die het veld noemt.

Exitcodes: 0 = klaar, 1 = ongeldige vraag (--json) of batch met foutregels, 2 = verkeerd gebruik of onleesbare invoer.`;

export const delenCommand: Command = {
  name: 'delen',
  summary: '"Mag ik dit delen?": beslishulp voor het delen van cliëntinformatie (ook als JSON en in batch)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      verantwoording: { type: 'boolean' },
    });
    if (values.jsonl) {
      if (positionals.length || values.json || values.verantwoording) throw new UsageError('--jsonl leest alleen van standaardinvoer, zonder andere opties');
      return batch(io);
    }
    if (values.json) {
      if (positionals.length > 1) throw new UsageError('geef hooguit één bestand');
      if (values.verantwoording) throw new UsageError('--verantwoording hoort bij de beslishulp, niet bij --json');
      const v = valideerDeelVraag(await leesJson(positionals[0], io));
      if (!v.ok) {
        await write(io.stdout, JSON.stringify({ error: v.fout }) + '\n');
        await write(io.stderr, `Fout: ${v.fout}\n`);
        return 1;
      }
      await write(io.stdout, JSON.stringify(beoordeelDelen(v.vraag), null, 2) + '\n');
      return 0;
    }
    if (positionals.length) throw new UsageError(`onverwacht argument '${positionals[0]}'`);
    return wizard(io, Boolean(values.verantwoording));
  },
};

async function wizard(io: Io, altijdVerantwoording: boolean): Promise<number> {
  return doorloopInteractief(io, DELEN_GRAAF, async (p, pad) => {
    const r = deelVraagUitPad(pad);
    if (!r.ok) throw new Error(r.fout);
    await p.schrijf('\n' + adviesRegels(r.waarde.advies).join('\n') + '\n');
    if (altijdVerantwoording || (await p.jaNee('\nWil je een verantwoording voor het dossier?'))) {
      await p.schrijf('\n' + verantwoordingDelen(r.waarde, new Date().toISOString().slice(0, 10)) + '\n');
    }
  });
}

type Regel = { id: unknown; error: string } | ({ id: unknown } & DeelAdvies);

/** One scenario line: a bare DeelVraag (an `id` field is allowed) or `{"id", "vraag", …}` (other fields ignored). */
function beoordeelRegel(regel: string, nummer: number): Regel {
  let invoer: unknown;
  try {
    invoer = JSON.parse(regel);
  } catch {
    return { id: null, error: 'regel is geen geldige JSON (id onleesbaar)' };
  }
  if (typeof invoer !== 'object' || invoer === null || Array.isArray(invoer)) {
    return { id: null, error: 'regel moet een JSON-object zijn (een DeelVraag of {"id", "vraag"})' };
  }
  const { id = nummer, ...rest } = invoer as Record<string, unknown>;
  const vraag = 'vraag' in rest ? rest.vraag : rest;
  const v = valideerDeelVraag(vraag);
  if (!v.ok) return { id, error: v.fout };
  const a = beoordeelDelen(v.vraag);
  return { id, besluit: a.besluit, grond: a.grond, voorwaarden: a.voorwaarden, uitleg: a.uitleg, bronnen: a.bronnen };
}

async function batch(io: Io): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let fouten = 0;
  let nummer = 0;
  for await (const regel of rl) {
    nummer++;
    if (regel.trim() === '') continue;
    const uit = beoordeelRegel(regel, nummer);
    if ('error' in uit) fouten++;
    await write(io.stdout, JSON.stringify(uit) + '\n');
  }
  return fouten > 0 ? 1 : 0;
}
