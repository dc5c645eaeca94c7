import denigrerendBreedSrc from '../../lexicons/denigrerend-breed.js';
import denigrerendSrc from '../../lexicons/denigrerend.js';
import klachtBreedSrc from '../../lexicons/klacht-breed.js';
import klachtSrc from '../../lexicons/klacht.js';
import oordeelSrc from '../../lexicons/oordeel.js';
import { CueSet, cueTokens } from '../cues.js';
import { covering, sentenceStart } from '../helpers.js';
import type { Rule } from '../types.js';

const CUES = CueSet.fromLexiconMap(klachtSrc + klachtBreedSrc);
/** Strong negative judgements ("incompetent", "lachwekkend", "bakt er niks van") and sarcasm ("Top geregeld weer 🤬") are criticism too. */
const OORDEEL = CueSet.fromLexiconMap(oordeelSrc);
/** Name-calling and contempt ("domste", "trut", 🙄, 🤡) aimed at a colleague or manager in the same sentence. */
const SCHELD = CueSet.fromLexiconMap(denigrerendSrc + denigrerendBreedSrc);

/**
 * Complaints, gossip or criticism of colleagues, management or the institution where others can read it.
 * Needs both a target (a colleague, the management, a named institution) and the criticism itself; general
 * discussion of care policy has no target and stays out.
 */
/** A question to fellow professionals for their experience. */
const PEER_QUESTION = /\b(?:vraag aan (?:collega|jullie)|hoe gaan jullie (?:om|daarmee)|wie heeft ervaring|iemand ervaring met|tips welkom|hoe pakken jullie|benieuwd hoe (?:collega|jullie|anderen))\b/u;

export const klachtKritiek: Rule = {
  id: 'klacht-openbaar.kritiek',
  label: 'klacht-openbaar',
  titel: 'Kritiek op collega’s of werkgever in het openbaar',
  severity: 'waarschuwing',
  norms: ['knmg-2017.aanbeveling-7.2', 'vvn.nbc-3.6.niet-online-melden', 'vvn.art-4.geen-roddels'],
  message: 'Je uit kritiek op een collega, leidinggevende of je organisatie waar anderen meelezen.',
  suggestion: 'Spreek de collega of leidinggevende zelf aan, of gebruik de klacht- en meldprocedure van je organisatie.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand' && !ctx.prive,
  check({ doc, spans, ctx }) {
    const matches = CUES.find(doc);
    const gossip = matches.some((m) => m.category === 'roddel');
    const toks = cueTokens(doc);
    const targets = [
      // "in de praktijk", "uit de praktijk" are idioms (in practice, from practice), not a practice.
      ...matches.filter((m) => m.category === 'doelwit' && !(toks[m.from]!.norm === 'praktijk' && toks[m.from - 1]?.norm === 'de' && (toks[m.from - 2]?.norm === 'in' || toks[m.from - 2]?.norm === 'uit'))),
      ...spans.filter((s) => s.label === 'INSTELLING' || (gossip && s.label === 'PERSOON')),
    ];
    const complaints = [
      ...matches.filter((m) => m.category === 'klacht' || m.category === 'roddel'),
      ...OORDEEL.find(doc).filter((m) => m.category === 'sterk' || m.category === 'sarcasme'),
    ];
    // In public, name-calling next to a colleague or manager is a complaint about them (a hashtag such as
    // #wijkteam is the author's own label, no target).
    if (ctx.openbaar && targets.length > 0 && complaints.length === 0) {
      const sentences = new Set(targets.filter((t) => doc.text[t.start] !== '#').map((t) => sentenceStart(doc.lower, t.start)));
      complaints.push(
        ...SCHELD.find(doc).filter((m) => (m.category === 'scheldwoord' || m.category === 'afkeer') && sentences.has(sentenceStart(doc.lower, m.start))),
      );
    }
    if (targets.length === 0 || complaints.length === 0) return [];
    // "Vraag aan collega's: hoe gaan jullie om met een cliënt die weigert …": asking peers for advice.
    if (PEER_QUESTION.test(doc.lower) && !complaints.some((m) => m.category === 'sterk' || m.category === 'sarcasme')) return [];
    return [covering([...targets, ...complaints])];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Onze teamleider heeft weer eens het rooster verprutst. Belachelijk!', context: { kanaal: 'facebook' } },
      { tekst: 'Schande hoe de directie van ons ziekenhuis met het personeel omgaat.', context: { kanaal: 'twitter' } },
      { tekst: 'Onze nieuwe locatiemanager is echt incompetent.', context: { kanaal: 'linkedin' } },
      { tekst: 'Ik ben het echt niet eens met hoe onze directie de bezuinigingen doorvoert.', context: { kanaal: 'facebook' } },
      { tekst: 'Vannacht twee keer de dienstdoende internist van het Spaarne gebeld, twee keer afgepoeierd. Fijne samenwerking weer zo 🙄', context: { kanaal: 'twitter' } },
      { tekst: 'Onze teamleider is alweer ziek in de week van de inspectie. Toeval bestaat niet 😉', context: { kanaal: 'facebook' } },
      { tekst: 'Waarschuwing: de apotheek in het dorp heeft nu al drie keer de verkeerde medicatie geleverd. Ik ben er klaar mee.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Ik hoorde dat Sandra van de nachtdienst weer ziek thuis zit, volgens mij is ze gewoon op vakantie 👀', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Mijn nieuwe teamleider is echt de grootste trut die ik ken.', context: { kanaal: 'instagram', zichtbaarheid: 'openbaar' } },
      { tekst: 'Onze manager vindt twee man op dertig bewoners prima te doen 🤡', context: { kanaal: 'tiktok', zichtbaarheid: 'openbaar' } },
      { tekst: 'Kan iemand mij uitleggen waarom de planning het rooster pas op vrijdag rondstuurt? Om moedeloos van te worden.', context: { kanaal: 'facebook' } },
      { tekst: 'Alweer een fout met de medicatie op onze afdeling. Wanneer gaat de leiding hier eens iets aan doen?', context: { kanaal: 'twitter' } },
    ],
    goed: [
      { tekst: 'Wachttijden in de ggz lopen op. Hoe gaan jullie daarmee om?', context: { kanaal: 'twitter' } },
      { tekst: 'Dank aan mijn collega’s voor de fijne dienst vandaag!', context: { kanaal: 'linkedin' } },
      { tekst: "Casus uit de praktijk: een vrouw met coeliakie die jaren werd afgedaan als 'een beetje gevoelig'. Lees hoe we het vonden.", context: { kanaal: 'blog' } },
      { tekst: 'Vraag aan collega’s: hoe praten jullie met een familie die het niet eens is met het stoppen van de behandeling?', context: { kanaal: 'forum', zichtbaarheid: 'besloten' } },
      { tekst: 'Fijne samenwerking vandaag met de huisartsenpost, dank jullie wel!', context: { kanaal: 'linkedin' } },
      { tekst: 'Wat vervelend dat je zo slecht slaapt. Houdt het aan, maak dan een afspraak bij je huisarts.', context: { kanaal: 'forum' } },
      { tekst: '‘Ik ben gewoon slecht in plannen.’ Dat hoor ik vaak in de praktijk. Maar uitstellen komt meestal voort uit angst.', context: { kanaal: 'instagram' } },
      { tekst: 'Vraag aan collega’s: weigeren jullie vriendschapsverzoeken van oud-cliënten altijd, of hangt het ervan af?', context: { kanaal: 'forum' } },
      { tekst: 'Hoe gaan jullie om met een cliënt die steeds weigert haar steunkousen aan te trekken?', context: { kanaal: 'forum' } },
      { tekst: 'Wat een top voorbeeld is onze teamleider voor de nieuwe collega’s.', context: { kanaal: 'linkedin' } },
      { tekst: 'Het kabinet bezuinigt op de jeugdzorg. Benieuwd hoe collega’s in andere regio’s hiernaar kijken.', context: { kanaal: 'linkedin', zichtbaarheid: 'openbaar' } },
    ],
  },
};
