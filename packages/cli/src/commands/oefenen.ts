import { beantwoordCasus, kiesOefenset, THEMAS, type Thema } from '@zorgvuldig/core';
import { parse } from '../args.js';
import { UsageError, write } from '../io.js';
import { kiesOptie, normRegels, Prompter } from '../prompt.js';
import type { Command } from './types.js';

const USAGE = `Gebruik: zorgvuldig oefenen [--aantal N] [--thema <thema>] [--seed S]

Oefen met casussen uit de bronnen en eigen casussen: lees de situatie, kies een antwoord (letter of nummer) en
lees de uitleg met de normen erbij. Aan het eind zie je je score. Antwoorden kunnen ook via standaardinvoer,
één per regel.
  --aantal  aantal casussen (standaard 5)
  --thema   ${THEMAS.join(', ')}
  --seed    getal voor een vaste, herhaalbare keuze van casussen (standaard willekeurig)`;

export const oefenenCommand: Command = {
  name: 'oefenen',
  summary: 'oefen met casussen: kies een antwoord, lees de uitleg, zie je score',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, { aantal: { type: 'string' }, thema: { type: 'string' }, seed: { type: 'string' } });
    if (positionals.length) throw new UsageError(`onverwacht argument '${positionals[0]}'`);
    const aantal = values.aantal === undefined ? 5 : Number(values.aantal);
    if (!Number.isInteger(aantal) || aantal < 1) throw new UsageError(`--aantal moet een geheel getal van 1 of meer zijn, niet '${values.aantal}'`);
    if (values.thema !== undefined && !(THEMAS as readonly string[]).includes(values.thema)) {
      throw new UsageError(`onbekend thema '${values.thema}'. Kies uit: ${THEMAS.join(', ')}`);
    }
    const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
    if (!Number.isInteger(seed)) throw new UsageError(`--seed moet een geheel getal zijn, niet '${values.seed}'`);

    const set = kiesOefenset(aantal, seed, values.thema ? { thema: values.thema as Thema } : undefined);
    if (set.length === 0) {
      await write(io.stderr, 'Geen casussen gevonden voor deze keuze.\n');
      return 1;
    }
    const p = new Prompter(io);
    let goed = 0;
    let beantwoord = 0;
    try {
      await p.schrijf(`Oefenen: ${set.length} casus(sen)${values.thema ? `, thema ${values.thema}` : ''} (seed ${seed}).\n`);
      for (const [i, casus] of set.entries()) {
        const regels = ['', `Casus ${i + 1} van ${set.length}: ${casus.titel}`, casus.situatie, '', casus.vraag, ...casus.opties.map((o) => `  ${o.id}) ${o.tekst}`)];
        await p.schrijf(regels.join('\n') + '\n');
        let optie: string | undefined;
        while (optie === undefined) {
          const invoer = await p.vraag(`Jouw antwoord (${casus.opties.map((o) => o.id).join('/')}): `);
          if (invoer === undefined) break;
          optie = kiesOptie(casus.opties, invoer)?.id;
          if (optie === undefined) await p.schrijf(`  Kies een van: ${casus.opties.map((o) => o.id).join(', ')}.\n`);
        }
        if (optie === undefined) {
          await p.schrijf('\nDe invoer is gestopt; de sessie eindigt hier.\n');
          break;
        }
        const uitslag = beantwoordCasus(casus.id, optie)!;
        beantwoord++;
        if (uitslag.juist) goed++;
        const juiste = casus.opties.find((o) => o.id === uitslag.juisteOptie)!;
        await p.schrijf(
          [uitslag.juist ? '✔ Goed.' : `✖ Niet juist. Het beste antwoord is ${juiste.id}) ${juiste.tekst}`, `Uitleg: ${uitslag.uitleg}`, 'Normen:', ...normRegels(uitslag.normen)].join('\n') + '\n',
        );
      }
      await p.schrijf(`\nScore: ${goed} van ${beantwoord} goed${beantwoord < set.length ? ` (${set.length - beantwoord} niet beantwoord)` : ''}.\n`);
      return 0;
    } finally {
      p.sluit();
    }
  },
};
