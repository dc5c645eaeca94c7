import kanaalBreedSrc from '../../lexicons/kanaal-breed.js';
import { aboutDocument } from '../../checker/features.js';
import { CueSet } from '../cues.js';
import { covering, quoteList } from '../helpers.js';
import { addressesStranger } from '../individueel-advies/publiek.js';
import type { Rule } from '../types.js';

/** More kinds of care and social-domain content than the shared features hold (debts, child protection, therapy dialogue). */
const CONTENT = CueSet.fromLexicon(kanaalBreedSrc, 'inhoud');

/**
 * Substantive care content (results, diagnosis, medication, therapy dialogue, wound photos, sensitive
 * social-domain facts) sent over chat, social-media messages or ordinary e-mail. Practical messages and
 * messages that point to a secure system or portal are fine.
 */
/** Signs that a message passes on news about someone for its own sake rather than for the care. */
const GOSSIP = /\b(?:raad\s+(?:eens\s+)?wie|raden\s+nooit\s+wie|zeg\s+niks\s+tegen|mondje\s+dicht|niet\s+doorvertellen|niet\s+verder\s+vertellen|niks\s+zeggen|niets\s+zeggen|tussen\s+ons\s+gezegd)\b|🤫/u;

export const onveiligZorginhoud: Rule = {
  id: 'onveilig-kanaal.zorginhoud',
  label: 'onveilig-kanaal',
  titel: 'Zorginhoud via een onbeveiligd kanaal',
  severity: 'waarschuwing',
  norms: ['knmg-2017.aanbeveling-2.beveiligd-kanaal', 'ggz.email-whatsapp.beveiligd', 'vvn.nbc-2.10.wondfoto'],
  message: 'Dit bericht bevat inhoudelijke zorginformatie en gaat via een kanaal dat daar niet voor beveiligd is.',
  suggestion: 'Deel uitslagen, diagnoses, medicatie en therapie-inhoud via het beveiligde systeem of portaal, of bespreek het in een gesprek of telefonisch. Houd berichten hier praktisch (afspraken, bereikbaarheid).',
  appliesTo: (ctx) => ctx.richting === 'uitgaand' && (ctx.chat || ctx.email),
  check({ doc, features, ctx }) {
    // Gossip ("raad eens wie er binnenkwam … niet doorvertellen") is not care communication: its problem is
    // the breach of confidentiality (herleidbaar), not the channel.
    // Telling a friend about their acquaintance is the same kind of breach.
    if (features.secureChannel || GOSSIP.test(doc.lower) || features.identifiability.acquaintance) return [];
    // Advice to someone the professional does not know is individueel-advies: there is no care relation whose
    // content this channel would carry.
    if (addressesStranger(doc)) return [];
    // "de handreiking over de meldcode huiselijk geweld": a document about a subject, not someone's care.
    const content = [...features.careContent, ...CONTENT.find(doc).map((m) => ({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) }))]
      .filter((c) => !aboutDocument(doc, c))
      .sort((a, b) => a.start - b.start);
    if (content.length === 0) return [];
    const kanaal = ctx.email ? 'gewone e-mail' : ctx.kanaal === 'sms' ? 'sms' : 'een berichtenapp of sociale-mediabericht';
    return [
      covering(content, {
        message: `Zorginhoud (${quoteList(content.slice(0, 3).map((c) => c.text))}) via ${kanaal}: dat kanaal is niet beveiligd voor medische of andere gevoelige gegevens.`,
      }),
    ];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Hoi Mark, je bloeduitslagen zijn binnen: je ijzerwaarde is te laag. We starten met tabletten.', context: { kanaal: 'whatsapp' } },
      { tekst: 'Beste collega, bijgaand de diagnose en het behandelplan van onze gezamenlijke cliënt.', context: { kanaal: 'email' } },
      { tekst: 'Mw. Jansen heeft een nieuwe fentanylpleister van 12 mcg, de oude is eraf. Graag aftekenen!', context: { kanaal: 'whatsapp', zichtbaarheid: 'besloten' } },
      { tekst: 'Fijn dat je het G-schema hebt ingevuld. Neem je het donderdag mee naar de sessie?', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Even via mijn eigen mail omdat het portaal plat ligt: de biopsie van je vader laat helaas kanker zien.', context: { kanaal: 'email', zichtbaarheid: 'prive' } },
    ],
    goed: [
      { tekst: 'Hoi, over tien minuten ben ik er. Tot zo!', context: { kanaal: 'whatsapp' } },
      { tekst: 'Uw uitslagen staan klaar in het patiëntenportaal. Met vriendelijke groet.', context: { kanaal: 'email' } },
      { tekst: 'Morgen scholing reanimatie, vergeet je pasje niet!', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Zoals beloofd stuur ik je de handreiking over de meldcode huiselijk geweld.', context: { kanaal: 'linkedin-bericht', zichtbaarheid: 'prive' } },
      { tekst: 'Herinnering: het huisbezoek is donderdag om 10 uur. Het verslag van vorige keer staat in het ouderportaal.', context: { kanaal: 'sms', zichtbaarheid: 'prive' } },
      { tekst: 'Hoi Mirjam, kun jij morgen mijn dienst overnemen? Mijn zoontje heeft waterpokken.', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      // Gossip about a patient: herleidbaar and gezondheidsgegevens, but the channel is not the point.
      { tekst: 'Raad eens wie er vannacht binnenkwam met een hersenschudding? Onze oude buurman! Niet doorvertellen hoor', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
    ],
  },
};
