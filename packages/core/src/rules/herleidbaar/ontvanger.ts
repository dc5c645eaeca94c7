import { covering } from '../helpers.js';
import type { Rule } from '../types.js';

/**
 * A private message (chat, SMS, ordinary e-mail) that tells the recipient their own results, diagnosis or
 * treatment: even without a name, the number or account it goes to identifies them, and whoever sees the
 * phone or the mailbox reads it.
 */
export const herleidbaarOntvanger: Rule = {
  id: 'herleidbaar.ontvanger',
  label: 'herleidbaar',
  titel: 'Zorginhoud over de ontvanger zelf via een berichtenkanaal',
  severity: 'fout',
  norms: ['knmg-2017.aanbeveling-2.1', 'ggz.email-whatsapp', 'rvs-2017.beroepsgeheim.zwijgplicht'],
  message: 'Dit bericht vertelt de ontvanger zijn of haar eigen zorginformatie. Het nummer of account waar het heen gaat, wijst die persoon aan.',
  suggestion: 'Bel de cliënt of zet de informatie in het beveiligde portaal, en stuur hier alleen dat er een bericht klaarstaat.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand' && ctx.prive,
  check({ features }) {
    return features.identifiability.recipientCare ? [covering(features.careContent)] : [];
  },
  voorbeelden: {
    fout: [{ tekst: 'Goedemiddag, uw kweek is positief voor chlamydia. Het recept ligt klaar.', context: { kanaal: 'sms', zichtbaarheid: 'prive' } }],
    goed: [
      { tekst: 'Uw uitslagen staan klaar in het patiëntenportaal.', context: { kanaal: 'sms', zichtbaarheid: 'prive' } },
      { tekst: 'Hoi, ik ben er over tien minuten. Tot zo!', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
    ],
  },
};
