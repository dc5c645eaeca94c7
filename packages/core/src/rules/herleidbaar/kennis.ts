import type { Rule } from '../types.js';

/**
 * A health fact about someone the reader knows, told through that acquaintance ("jouw schoonzus zat bij me,
 * ze is zwanger"): no name is needed, the reader knows exactly who it is. A breach of the duty of secrecy
 * whatever the channel.
 */
export const herleidbaarKennis: Rule = {
  id: 'herleidbaar.kennis',
  label: 'herleidbaar',
  titel: 'Iemand die de lezer kent',
  severity: 'fout',
  norms: ['rvs-2017.beroepsgeheim.zwijgplicht', 'knmg-2017.aanbeveling-2.1'],
  message: 'De lezer weet precies wie je bedoelt: je omschrijft iemand die hij of zij kent, met informatie uit je werk.',
  suggestion: 'Vertel niets over wie bij jou in zorg is, ook niet aan familie of vrienden van die persoon. Laat het aan de persoon zelf om het te vertellen.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ features }) {
    const a = features.identifiability.acquaintance;
    return a ? [{ start: a.start, end: a.end }] : [];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Jouw buurman zat vanochtend bij me op het spreekuur, hij heeft suikerziekte. Zeg maar niks!', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'De trainer van je zoon ligt bij ons op de afdeling met een hartinfarct.', context: { kanaal: 'sms', zichtbaarheid: 'prive' } },
    ],
    goed: [
      { tekst: 'Hoe gaat het nu met je moeder na haar operatie?', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Jouw buurman zat vanochtend bij me koffie te drinken, gezellig!', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
    ],
  },
};
