import { beschrijfStappen, evalueerGraaf, getSituatie, leesAntwoorden, SITUATIES } from '@zorgvuldig/core';
import { parse } from '../args.js';
import { UsageError, write, type Io } from '../io.js';
import { doorloopInteractief, leesJson, uitkomstRegels } from '../prompt.js';
import type { Command } from './types.js';

const USAGE = `Gebruik:
  zorgvuldig situatie <id>                     doorloop de situatie: beantwoord de vragen één voor één
  zorgvuldig situatie <id> --json [bestand]    antwoorden als JSON {"antwoorden": {"vraagId": "antwoordId"}}
                                               (uit bestand of standaardinvoer) → de uitkomst als JSON

Interactief typ je het nummer van je antwoord, ? voor uitleg of terug; antwoorden kunnen ook via standaardinvoer,
één per regel. De lijst met situaties: zorgvuldig situaties.

Exitcodes: 0 = klaar, 1 = ontbrekend, onbekend of overbodig antwoord (--json), 2 = verkeerd gebruik.`;

export const situatieCommand: Command = {
  name: 'situatie',
  summary: 'doorloop één situatie stap voor stap (of geef de antwoorden als JSON)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    const [id, bestand, ...rest] = positionals;
    if (!id) throw new UsageError(`geef een situatie. Kies uit: ${SITUATIES.map((s) => s.id).join(', ')}`);
    const situatie = getSituatie(id);
    if (!situatie) throw new UsageError(`onbekende situatie '${id}'. Kies uit: ${SITUATIES.map((s) => s.id).join(', ')}`);
    if (rest.length || (bestand !== undefined && !values.json)) throw new UsageError(`onverwacht argument '${rest[0] ?? bestand}'`);
    if (values.json) {
      const a = leesAntwoorden(await leesJson(bestand, io));
      const r = a.ok ? evalueerGraaf(situatie, a.waarde) : a;
      if (!r.ok) {
        await write(io.stdout, JSON.stringify({ situatie: id, error: r.fout }) + '\n');
        await write(io.stderr, `Fout: ${r.fout}\n`);
        return 1;
      }
      const uit = { situatie: id, stappen: r.waarde.stappen, uitkomst: r.waarde.uitkomst };
      await write(io.stdout, JSON.stringify(uit, null, 2) + '\n');
      return 0;
    }
    return interactief(io, id);
  },
};

async function interactief(io: Io, id: string): Promise<number> {
  const situatie = getSituatie(id)!;
  return doorloopInteractief(io, situatie, async (p, pad) => {
    const samenvatting = beschrijfStappen(situatie, pad.stappen).map((s) => `  - ${s.vraag} ${s.antwoord}`);
    await p.schrijf(['', 'Je antwoorden:', ...samenvatting, '', ...uitkomstRegels(pad.uitkomst)].join('\n') + '\n');
  });
}
