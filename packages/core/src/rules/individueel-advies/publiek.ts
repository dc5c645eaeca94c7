import adviesBreedSrc from '../../lexicons/advies-breed.js';
import adviesSrc from '../../lexicons/advies.js';
import type { ResolvedContext } from '../../checker/context.js';
import type { AnalysedText } from '../../text/document.js';
import type { Detection } from '../../types.js';
import { CueSet, type CueMatch } from '../cues.js';
import { covering, quoteList, sentenceStart } from '../helpers.js';
import { evidencePassage } from '../woordmodel.js';
import type { Rule } from '../types.js';
import { scoreAdvies } from './model.js';

const CUES = CueSet.fromLexiconMap(adviesSrc + adviesBreedSrc);

/** The text says the professional does not know the person ("Eva gaf me je nummer", "ik ken uw situatie niet"). */
export function addressesStranger(doc: AnalysedText): boolean {
  return CUES.find(doc).some((m) => m.category === 'onbekend');
}
/** The message opens by addressing one person: an @reply, "Aan de TS" on a forum, or a name and a comma. */
const REPLY = /^\s*(?:@[\p{L}\p{N}_.]+|[Bb]este\s+(?:meneer|mevrouw|\p{Lu}\p{Ll}+)\s*,|[Aa]ntwoord op @|(?:[Rr]eactie|[Aa]ntwoord) op (?:je|jouw|uw) vraag|[Aa]an de TS\b|[Ii]emand vroeg\b|[Aa]an de \p{L}+ die\b|\p{Lu}\p{Ll}+,)/u;
const ONE_PERSON = /(?:^|\s)@[\p{L}\p{N}_]+|\b(?:je|jij|jouw|jou|u|uw)\b/u;

/** From this probability on, the advice word model counts on an open channel or towards a stranger, speaking to one person. */
export const ADVIES_MODEL_THRESHOLD = 0.6;

/**
 * What the lexicon makes of a text: the advice wordings that count (empty when the text is no individual
 * advice by the phrases); `open`: the text is on an open channel or to a stranger; `toOne`: it speaks to one
 * person (a reply, a name, je/u). Where `open` and `toOne` hold, the word
 * model may judge wordings the lexicon does not know.
 */
export function adviceReading(
  doc: AnalysedText,
  spans: readonly Detection[],
  ctx: ResolvedContext,
): { advice: CueMatch[]; open: boolean; toOne: boolean } {
  const none = { advice: [] as CueMatch[], open: false, toOne: false };
  const matches = CUES.find(doc);
  // A private message counts only to someone the professional does not know ("Eva gaf me je nummer").
  const stranger = addressesStranger(doc);
  if (ctx.prive && !stranger) return none;
  const reply = REPLY.test(doc.text) || stranger;
  const toOne = reply || ONE_PERSON.test(doc.lower);
  const referrals = matches.filter((m) => m.category === 'verwijzing');
  const medical = spans.some((s) => s.label === 'GEZONDHEID') || matches.some((m) => m.category === 'medisch');
  // "kun je het beste je huisarts bellen": advice wording that leads straight into a referral is the referral.
  const advice = matches.filter(
    (m) => (m.category === 'advies' || (reply && m.category === 'advies-zwak')) && !referrals.some((r) => r.from >= m.to && r.from <= m.to + 2),
  );
  if (advice.length === 0 || !toOne) return { advice: [], open: true, toOne };
  // A reply to one person that tells them what to do about a complaint, symptom or remedy is individual
  // advice; a reply that only refers them to their own doctor is not.
  const strong = advice.some((m) => m.category === 'advies');
  const referralOnly = referrals.length > 0 && !strong;
  if (!strong && (!medical || referralOnly)) return { advice: [], open: true, toOne };
  return { advice, open: true, toOne };
}

/**
 * Individual medical or care advice in public, or to someone whose situation the professional does not
 * know (also in a private message, when it says so): a diagnosis, dose or instruction aimed at one person.
 * General information with a referral is fine.
 */
export const adviesPubliek: Rule = {
  id: 'individueel-advies.publiek',
  label: 'individueel-advies',
  titel: 'Individueel advies op een open kanaal',
  severity: 'waarschuwing',
  norms: ['knmg-2017.aanbeveling-3.algemeen-advies', 'ggz.onbekende-adviesvraag', 'vvn.art-4.feitelijk'],
  message: 'Je geeft een persoonlijk advies of een diagnose aan iemand van wie je de situatie niet kent, in een bericht dat anderen kunnen lezen.',
  suggestion: 'Geef online alleen algemene informatie en verwijs voor persoonlijk advies naar de eigen huisarts of behandelaar.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ doc, spans, ctx }) {
    const a = adviceReading(doc, spans, ctx);
    if (a.advice.length > 0) return [covering(a.advice)];
    if (!a.open || !a.toOne) return [];
    // No advice wording the lexicon knows, on an open channel or to a stranger, to one person: the word model decides.
    const { p, evidence } = scoreAdvies(doc);
    if (p < ADVIES_MODEL_THRESHOLD || evidence.length === 0) return [];
    const { start, end, words } = evidencePassage(doc, sentenceStart(doc.lower, evidence[0]!.start), evidence);
    return [
      {
        start,
        end,
        message: `Dit leest als een persoonlijk advies aan één persoon van wie je de situatie niet kent (vooral ${quoteList(words)}), in een bericht dat anderen kunnen lezen.`,
      },
    ];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Je kunt die antidepressiva prima in een week afbouwen hoor, gewoon elke twee dagen de dosis halveren.', context: { kanaal: 'forum', zichtbaarheid: 'openbaar' } },
      { tekst: 'Beste mevrouw, een bezoek aan de huisarts acht ik niet nodig; geeft u hem gerust ibuprofen voor de nacht.', context: { kanaal: 'forum', zichtbaarheid: 'openbaar' } },
      { tekst: 'Als je dochter nog goed drinkt kun je het rustig afwachten met paracetamol, antibiotica heeft ze echt niet nodig.', context: { kanaal: 'facebook', zichtbaarheid: 'openbaar' } },
      { tekst: 'Beste mevrouw, ik ken uw moeder niet, maar laat die bloedverdunner voorlopig maar weg.', context: { kanaal: 'email', zichtbaarheid: 'prive' } },
      { tekst: '@marloes88 dat klinkt als een blaasontsteking, neem gewoon een paar dagen veel water en cranberry.', context: { kanaal: 'twitter' } },
      { tekst: 'Jij moet echt stoppen met je antidepressiva, daar word je alleen maar suf van.', context: { kanaal: 'forum' } },
      { tekst: 'Hoi, je zus gaf me je nummer. Die uitslag klinkt als ijzertekort: probeer eens een week ijzerpillen.', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Aan de vader die vroeg naar de oorpijn van zijn zoon: paracetamol geven en een nacht aankijken, heb ik vaak zien werken.', context: { kanaal: 'forum' } },
      { tekst: 'antwoord op @mies_22: zo’n bult is bijna altijd een vetbolletje, niet meteen naar de huisarts gaan hoor', context: { kanaal: 'tiktok' } },
      // The word model (model.ts) for advice wordings the lexicon does not know.
      { tekst: 'Aan de moeder van de peuter met de waterpokken: smeer je zoontje drie keer per dag in met zinkolie en knip zijn nagels kort, een bezoek aan de dokter is dan overbodig.', context: { kanaal: 'forum', zichtbaarheid: 'openbaar' } },
      { tekst: 'Reactie op je vraag over je knie: ijs erop, twee dagen rust en daarna gewoon weer hardlopen met een brace, dan komt het goed.', context: { kanaal: 'instagram', zichtbaarheid: 'openbaar' } },
    ],
    goed: [
      { tekst: 'Koorts en benauwd? Bel je huisarts. Bij acute nood: bel 112.', context: { kanaal: 'twitter' } },
      { tekst: 'Bij eczeem helpt het vaak om na het douchen een vette crème te gebruiken. Bespreek hardnekkige klachten met je huisarts.', context: { kanaal: 'forum', zichtbaarheid: 'openbaar' } },
      { tekst: 'Veel mensen vragen naar vitamine D in de winter. Bespreek het met je huisarts of apotheker.', context: { kanaal: 'facebook' } },
      { tekst: 'Hoi Sanne, probeer de pleister eens een dag eerder te vervangen, zoals we vanochtend bespraken.', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
    ],
  },
};
