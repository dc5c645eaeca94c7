import relatieBreedSrc from '../../lexicons/relatie-breed.js';
import relatieSrc from '../../lexicons/relatie.js';
import { CueSet } from '../cues.js';
import { covering } from '../helpers.js';
import type { Rule } from '../types.js';
import { invitations } from './uitnodiging.js';

const CUES = CueSet.fromLexiconMap(relatieSrc + relatieBreedSrc);

/**
 * Seeking or keeping up personal, non-professional contact with a (former) client or a relative: becoming
 * friends, meeting up, following each other privately. A refusal or a general question cancels the signal.
 */
export const relatieContact: Rule = {
  id: 'persoonlijke-relatie.contact',
  label: 'persoonlijke-relatie',
  titel: 'Persoonlijk contact met een (oud-)cliënt',
  severity: 'waarschuwing',
  norms: ['knmg-2017.aanbeveling-3.2', 'vvn.nbc-2.12.geen-contact-zoeken', 'ggz.grensoverschrijding'],
  message: 'Je zoekt of onderhoudt persoonlijk contact met een (oud-)cliënt of een naaste van een cliënt.',
  suggestion: 'Houd het contact professioneel: geen vriendschap, afspraakjes of privéberichten. Bespreek het met je leidinggevende als een cliënt persoonlijk contact zoekt.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ doc, features, ctx }) {
    const matches = CUES.find(doc);
    if (matches.some((m) => m.category === 'weigering')) return [];
    const contact = [...matches.filter((m) => m.category === 'contact'), ...invitations(doc, matches)];
    if (contact.length === 0) return [];
    // In a post, only when it is about a client; a private message is itself to the person concerned.
    // A comment addressed to someone by name ("Haha Dylan, leuk dat je me hebt toegevoegd") speaks to them.
    const addressed = features.identifierRoles.some((r) => r.role === 'aangesproken' && r.span.label === 'PERSOON' && doc.text[r.span.start - 1] !== '@');
    if (!ctx.prive && features.clientRefs.length === 0 && !addressed && !/\b(?:oud-|ex-|voormalig)/u.test(doc.lower)) return [];
    return [covering(contact)];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Mijn oud-cliënt Ilse en ik zijn echt goede vrienden geworden, vandaag samen koffie gedronken!', context: { kanaal: 'facebook' } },
      { tekst: 'Hoi Kim, leuk je vader weer te zien vandaag. Zullen we een keer samen iets drinken?', context: { kanaal: 'whatsapp' } },
      { tekst: 'Hé Bas, fijn dat je weer zonder gips loopt na je tijd bij ons. Heb je zin om eens wat te drinken?', context: { kanaal: 'facebook-bericht' } },
      { tekst: 'Van de dochter van een cliënt een etentje voor twee gekregen. Natuurlijk aangenomen!', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Ik was haar begeleider in de opvang, en nu zijn we gewoon vriendinnen. Zaterdag samen vissen!', context: { kanaal: 'instagram' } },
      { tekst: 'Hoi Youssef, zaterdag help ik je wel met de verhuizing, gewoon buiten werktijd. Niks tegen mijn teamleider zeggen hè!', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Nu je moeder niet meer bij ons woont kan het wel: zin om een keer een drankje te doen?', context: { kanaal: 'facebook-bericht', zichtbaarheid: 'prive' } },
      { tekst: 'Nu je uit zorg bent kunnen we gewoon chillen. Zin om zaterdag naar de kermis?', context: { kanaal: 'instagram', zichtbaarheid: 'prive' } },
      { tekst: 'Wat lief, die envelop met geld! Eigenlijk mag het niet, maar ik hou het stil hoor.', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
    ],
    goed: [
      { tekst: 'Hoi Nina, omdat ik je behandelaar ben word ik liever geen vrienden op Facebook.', context: { kanaal: 'facebook-bericht' } },
      { tekst: 'Hoe gaan jullie om met cliënten die vrienden willen worden op Facebook?', context: { kanaal: 'forum' } },
      { tekst: 'Hoi Denise, zullen we volgende week samen kijken wat school voor Milan kan doen?', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
    ],
  },
};
