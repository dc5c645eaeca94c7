import { BRONNEN, ROLLEN, zoekNormen, type Doelgroep } from '@zorgvuldig/core';
import { parse } from '../args.js';
import { UsageError, write } from '../io.js';
import type { Command } from './types.js';

const USAGE = `Gebruik: zorgvuldig normen [--beroep <rol>] [--bron <bestand of prefix>] [--zoek <woord>] [--json]

Toont de normen uit de kennisbank: id, bron, plaats, titel en samenvatting.
  --beroep   ${ROLLEN.join(', ')}
  --bron     een bronbestand (${Object.keys(BRONNEN).join(', ')}) of id-voorvoegsel (bijv. knmg)
  --zoek     zoek in id, titel, samenvatting en trefwoorden
  --json     als JSON-array`;

export const normenCommand: Command = {
  name: 'normen',
  summary: 'toon de normen uit de kennisbank (filter op beroep, bron of zoekwoord)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      beroep: { type: 'string' },
      bron: { type: 'string' },
      zoek: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`onverwacht argument '${positionals[0]}'`);
    if (values.beroep !== undefined && !(ROLLEN as readonly string[]).includes(values.beroep)) {
      throw new UsageError(`onbekend beroep '${values.beroep}'. Kies uit: ${ROLLEN.join(', ')}`);
    }
    const normen = zoekNormen({ beroep: values.beroep as Doelgroep | undefined, bron: values.bron, zoek: values.zoek });
    if (values.json) {
      await write(io.stdout, JSON.stringify(normen, null, 2) + '\n');
      return 0;
    }
    const out: string[] = [];
    let lastBron = '';
    for (const n of normen) {
      if (n.bron !== lastBron) {
        out.push('', `== ${BRONNEN[n.bron]} (${n.bron}) ==`);
        lastBron = n.bron;
      }
      out.push('', `${n.id}  —  ${n.titel}`, `  Plaats: ${n.plaats}   Voor: ${n.beroepen.join(', ')}`);
      if (n.onderdeelVan) out.push(`  Onderdeel van: ${n.onderdeelVan}`);
      out.push(`  ${n.samenvatting}`);
      if (n.casussen?.length) out.push(`  Casussen: ${n.casussen.join(', ')}`);
    }
    out.push('', `${normen.length} norm(en).`);
    await write(io.stdout, out.join('\n').trimStart() + '\n');
    return 0;
  },
};
