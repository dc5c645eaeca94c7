import { SITUATIES } from '@zorgvuldig/core';
import { parse } from '../args.js';
import { UsageError, write } from '../io.js';
import type { Command } from './types.js';

const USAGE = `Gebruik: zorgvuldig situaties [--json]

Toont de situaties waarvoor een stap-voor-stap beslishulp bestaat (vriendschapsverzoek, review, collega die
onprofessioneel post, wondfoto, zakelijk account …). Doorloop er één met: zorgvuldig situatie <id>
  --json   als JSON-array van {id, titel, omschrijving}`;

export const situatiesCommand: Command = {
  name: 'situaties',
  summary: 'toon de situaties met een stap-voor-stap beslishulp',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    if (positionals.length) throw new UsageError(`onverwacht argument '${positionals[0]}'`);
    const lijst = SITUATIES.map((s) => ({ id: s.id, titel: s.titel, omschrijving: s.omschrijving }));
    if (values.json) {
      await write(io.stdout, JSON.stringify(lijst, null, 2) + '\n');
      return 0;
    }
    const breedte = Math.max(...lijst.map((s) => s.id.length));
    const regels = lijst.map((s) => `  ${s.id.padEnd(breedte)}  ${s.titel}\n  ${' '.repeat(breedte)}  ${s.omschrijving}`);
    await write(io.stdout, `Situaties (${lijst.length}):\n\n${regels.join('\n\n')}\n\nDoorloop er één met: zorgvuldig situatie <id>\n`);
    return 0;
  },
};
