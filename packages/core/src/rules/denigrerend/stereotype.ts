import denigrerendBreedSrc from '../../lexicons/denigrerend-breed.js';
import denigrerendSrc from '../../lexicons/denigrerend.js';
import herkomstSrc from '../../lexicons/herkomst.js';
import { CueSet, cueTokens } from '../cues.js';
import type { Rule } from '../types.js';

const CUES = CueSet.fromLexiconMap(denigrerendSrc + denigrerendBreedSrc);
const ORIGIN = CueSet.fromLexicon(herkomstSrc, 'herkomst');
/** Words that turn an origin word into a generalisation about a group ("die Poolse mannen", "al die Turken"). */
const GENERALISING = new Set(['die', 'zulke', 'soort', 'typisch', 'altijd', 'allemaal', 'zo’n', "zo'n"]);

/** Remarks that stereotype or put down a group: origin, culture, faith ("zo'n cultuur", "die Marokkaanse families"). */
export const denigrerendStereotype: Rule = {
  id: 'denigrerend.stereotype',
  label: 'denigrerend',
  titel: 'Stereotyperende of discriminerende opmerking',
  severity: 'fout',
  norms: ['vvn.art-4.geen-denigrerend', 'knmg-2017.aanbeveling-6', 'knmg-2017.aanbeveling-6.2'],
  message: 'Deze opmerking zet een groep mensen weg op grond van herkomst, cultuur of geloof.',
  suggestion: 'Beschrijf wat er gebeurde zonder het aan een groep of cultuur op te hangen; bespreek lastige situaties met collega’s in plaats van online.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ doc }) {
    const toks = cueTokens(doc);
    const groups = ORIGIN.find(doc).filter((m) => m.from > 0 && GENERALISING.has(toks[m.from - 1]!.norm));
    return [...CUES.find(doc).filter((m) => m.category === 'stereotype'), ...groups]
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ start: m.from > 0 && groups.includes(m) ? toks[m.from - 1]!.start : m.start, end: m.end }));
  },
  voorbeelden: {
    fout: [
      { tekst: 'Al die Poolse mannen op de SEH op zaterdagnacht, altijd hetzelfde liedje.', context: { kanaal: 'twitter' } },
      { tekst: 'Ze wilden weer met z’n twintigen op bezoek. Tja, zo’n cultuur hè.', context: { kanaal: 'facebook' } },
    ],
    goed: [
      { tekst: 'Goede tolk geregeld voor een Syrische familie, het gesprek ging veel beter.', context: { kanaal: 'linkedin' } },
      { tekst: 'Cultuursensitieve zorg vraagt tijd en aandacht. Mooi congres vandaag!', context: { kanaal: 'twitter' } },
    ],
  },
};
