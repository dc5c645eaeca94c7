import { covering, quoteList } from '../helpers.js';
import type { Rule } from '../types.js';

/**
 * Health facts linked to an identified or identifiable person: a client made recognisable, a person
 * addressed publicly (@reply), or a named colleague or third party.
 */
export const gezondheidPersoon: Rule = {
  id: 'gezondheidsgegevens.persoon',
  label: 'gezondheidsgegevens',
  titel: 'Gezondheidsgegevens van een herkenbaar persoon',
  severity: 'fout',
  norms: ['knmg-2017.aanbeveling-2.1', 'vvn.nbc-2.10', 'rvs-2017.beroepsgeheim.zwijgplicht'],
  message: 'De tekst koppelt gezondheidsinformatie aan een persoon die te herkennen is.',
  suggestion: 'Haal de gezondheidsinformatie of alles wat naar de persoon wijst weg.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ doc, features, ctx }) {
    if (features.health.length === 0) return [];
    const h = features.identifiability;
    const publicPerson =
      !ctx.prive &&
      (features.identifierRoles.some((r) => r.span.label === 'PERSOON' && (r.role === 'aangesproken' || r.role === 'collega')) ||
        doc.words.some((t) => t.kind === 'mention'));
    if (!h.identifiable && !publicPerson) return [];
    const feiten = quoteList(features.health.slice(0, 3).map((x) => x.text));
    return [
      covering(features.health, {
        message: `Gezondheidsinformatie (${feiten}) is hier te koppelen aan een herkenbaar persoon. Dat zijn bijzondere persoonsgegevens.`,
      }),
    ];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Patiënt 1234567 is vannacht overleden.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: '@Joyce ik hoorde dat je weer bent opgenomen, sterkte met de behandeling!', context: { kanaal: 'twitter' } },
    ],
    goed: [
      { tekst: 'Bij diabetes type 2 helpt meer bewegen vaak al veel. Bespreek het met je huisarts.', context: { kanaal: 'twitter' } },
      { tekst: 'Ons nieuwe protocol voor valpreventie werkt goed op de afdeling.', context: { kanaal: 'linkedin' } },
    ],
  },
};
