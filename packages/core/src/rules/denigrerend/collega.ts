import klachtSrc from '../../lexicons/klacht.js';
import { CueSet } from '../cues.js';
import { covering } from '../helpers.js';
import type { Rule } from '../types.js';

const CUES = CueSet.fromLexiconMap(klachtSrc);
/** Targets that are one person (singular) rather than the organisation or a group. */
const PERSON_TARGET =
  /^(?:collega(?:-[\p{L}]+)?|chirurg|internist|specialist|arts-assistent|teamleider|teammanager|manager|locatiemanager|leidinggevende|afdelingshoofd|roosteraar|mijn baas|onze baas|chef)$/u;

/**
 * Running down an individual colleague in public (laziness, incompetence, drinking). Criticism of the
 * management or the organisation as such is a complaint (`klacht-openbaar`), not this.
 */
export const denigrerendCollega: Rule = {
  id: 'denigrerend.collega',
  label: 'denigrerend',
  titel: 'Een collega openlijk afkraken',
  severity: 'fout',
  norms: ['vvn.art-4.geen-denigrerend', 'knmg-2017.aanbeveling-6', 'vvn.nbc-3.6.aanspreken'],
  message: 'Je zet een collega openlijk in een kwaad daglicht.',
  suggestion: 'Spreek je collega zelf aan; lukt dat niet, betrek dan je leidinggevende. Niet online.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand' && !ctx.prive,
  check({ doc, features }) {
    const matches = CUES.find(doc);
    const persons: Array<{ start: number; end: number }> = [];
    for (const m of matches) if (m.category === 'doelwit' && PERSON_TARGET.test(doc.lower.slice(m.start, m.end))) persons.push(m);
    for (const r of features.identifierRoles) if (r.role === 'collega') persons.push(r.span);
    const complaints = matches.filter((m) => m.category === 'klacht');
    if (persons.length === 0 || complaints.length === 0) return [];
    return [covering([...persons, ...complaints])];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Onze teamleider heeft het rooster weer eens verprutst, wat een prutser.', context: { kanaal: 'twitter' } },
      { tekst: 'Die collega van de avonddienst laat altijd alles liggen. Ik ben er klaar mee!', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
    ],
    goed: [
      { tekst: 'Helemaal klaar met de bezuinigingen in de zorg. Schande!', context: { kanaal: 'twitter' } },
      { tekst: 'Dank aan mijn collega’s voor de fijne samenwerking.', context: { kanaal: 'linkedin' } },
    ],
  },
};
