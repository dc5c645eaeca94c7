import relatieBreedSrc from '../../lexicons/relatie-breed.js';
import relatieSrc from '../../lexicons/relatie.js';
import { crisisSignals } from '../crisis/signaal.js';
import { CueSet } from '../cues.js';
import { covering } from '../helpers.js';
import type { Rule } from '../types.js';
import { invitations } from './uitnodiging.js';

const CUES = CueSet.fromLexiconMap(relatieSrc + relatieBreedSrc);
/** A recruiter, a business contact or a colleague: "zin om eens te bellen over een vacature?" is work. */
const BUSINESS = /\b(?:vacature\w*|sollicit\w*|recruit\w*|werving|samenwerk\w*|opdracht\w*|zzp\w*|freelance\w*|detacher\w*|tarief|offerte|congres\w*|webinar\w*|intervisie|pilot|ervaringen\s+uit\s+te\s+wisselen)\b/u;

/** An incoming message with personal attention or an invitation from a client (flirting, private photos, meeting up). */
export const relatieInkomend: Rule = {
  id: 'persoonlijke-relatie.inkomend',
  label: 'persoonlijke-relatie',
  titel: 'Persoonlijke toenadering van een cliënt',
  severity: 'waarschuwing',
  norms: ['knmg-2017.aanbeveling-3.2', 'ggz.grensoverschrijding', 'vvn.nbc-2.12.uitnodiging-weigeren'],
  message: 'Dit bericht zoekt persoonlijk, niet-professioneel contact met jou.',
  suggestion: 'Ga er niet op in; antwoord vriendelijk en zakelijk, leg de grens uit en bespreek het zo nodig in het volgende gesprek of met je leidinggevende.',
  appliesTo: (ctx) => ctx.richting === 'inkomend',
  check({ doc }) {
    // A client in acute distress who writes outside the sessions seeks help, not a personal bond.
    if (crisisSignals(doc).length) return [];
    if (BUSINESS.test(doc.lower)) return [];
    const all = CUES.find(doc);
    const m = [...all.filter((x) => x.category === 'flirt' || x.category === 'contact'), ...invitations(doc, all)];
    return m.length ? [covering(m)] : [];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Dag dokter, ik heb leuke foto’s van u gevonden op Facebook 😉 zullen we eens afspreken?', context: { kanaal: 'facebook-bericht', richting: 'inkomend' } },
      { tekst: 'Hoi! Zullen we na mijn laatste sessie samen iets drinken?', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Lieve Sanne, we willen je graag uitnodigen voor het kraamfeest. Ik stuur je mijn adres nog.', context: { kanaal: 'email', richting: 'inkomend' } },
    ],
    goed: [
      { tekst: 'Goedemorgen, de formulieren zijn ingevuld. Kan ik ze maandag brengen?', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Sorry dat ik buiten de sessies om mail, maar ik heb me vannacht weer gesneden en het bloedt nog.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Rotweek gehad. Dit weekend ga ik bij mijn broer logeren, dat helpt vast. Tot donderdag.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Hoi Sanne, jij past perfect bij een vacature voor wijkverpleegkundige bij ons. Zin om eens koffie te drinken?', context: { kanaal: 'linkedin-bericht', richting: 'inkomend' } },
    ],
  },
};
