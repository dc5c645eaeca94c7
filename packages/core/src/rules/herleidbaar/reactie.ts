import { wholeText } from '../helpers.js';
import type { Rule } from '../types.js';

/**
 * A public reply to a client's review (Zorgkaart Nederland and the like) that goes into the client's care:
 * the reviewer is known to every reader, so anything about their treatment breaks professional secrecy.
 */
export const herleidbaarReactie: Rule = {
  id: 'herleidbaar.reactie',
  label: 'herleidbaar',
  titel: 'Zorgdetails in een reactie op een beoordeling',
  severity: 'fout',
  norms: ['ggz.reviews', 'knmg-2017.aanbeveling-2.1', 'rvs-2017.beroepsgeheim.zwijgplicht'],
  message: 'Je reageert openbaar op een beoordeling en gaat in op de zorg voor de schrijver. Iedereen weet wie dat is, dus je beroepsgeheim geldt hier volledig.',
  suggestion: 'Reageer alleen algemeen (bijvoorbeeld: jammer dat u ontevreden bent, neem contact op met de praktijk) en bespreek de inhoud persoonlijk met de cliënt.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand' && ctx.kanaal === 'zorgkaart-reactie',
  check({ doc, features }) {
    return features.identifiability.reviewReply ? [wholeText(doc)] : [];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Mevrouw vergeet te melden dat zij haar medicatie niet innam en drie afspraken miste.', context: { kanaal: 'zorgkaart-reactie' } },
    ],
    goed: [
      { tekst: 'Jammer dat u niet tevreden bent. Wilt u contact opnemen met de praktijk? Dan bespreken we het graag.', context: { kanaal: 'zorgkaart-reactie' } },
    ],
  },
};
