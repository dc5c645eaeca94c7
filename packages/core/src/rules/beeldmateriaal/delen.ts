import uitzonderingenSrc from '../../lexicons/beeld-uitzonderingen.js';
import type { AnalysedText } from '../../text/document.js';
import { CueSet, cueTokens, type CueMatch } from '../cues.js';
import { wholeText } from '../helpers.js';
import type { Rule } from '../types.js';

const CONSENT = /\b(?:toestemming|vonden het goed|vond het goed|mocht ik|mag ik delen|geanonimiseerd|anoniem)\b/u;
/** Signs that the picture shows a person or a body: people in care, colleagues, medical images. */
const SUBJECT = /\p{L}*(?:patiënt|cliënt|bewoner)\p{L}*|\b(?:patiënt\w*|cliënt\w*|bewoner\w*|bewoonster\w*|meneer|mevrouw|mw|dhr|collega\w*|baby\w*|tweeling|kind\w*|opa|oma|zorgvrager\w*|thorax\w*|röntgen\w*|scan|mri|echo|wond\w*|kapsel|team|ploeg\w*|groep|jongens|meiden|jongeren|leerling\w*|pupil\w*|moeder|vader|dagbesteding|woongroep|nachtdienst|ic|seh)\b|\bgezicht(?:en|je|jes)?\b|👶|🧓|👵|👴/u;
/** When pictures are not of clients or colleagues at work: refusals, empty rooms, things, one's own post … */
const EXCEPTIONS = CueSet.fromLexiconMap(uitzonderingenSrc);
/** Small words that may stand between a picture word and the thing it shows ("foto's van de geitjes"). */
const THINGS_BETWEEN = new Set(['van', 'alleen', 'enkel', 'de', 'het', 'onze', 'ons', 'mijn']);

/** The exceptions of beeld-uitzonderingen.ts that the text has, by category. */
function exceptions(doc: AnalysedText, imageCues: readonly CueMatch[]): Set<string> {
  const found = new Set<string>();
  const tokens = cueTokens(doc);
  for (const x of EXCEPTIONS.find(doc)) {
    if (x.category !== 'ding') found.add(x.category);
    // A thing counts right after a picture word, with at most three small words between.
    else if (imageCues.some((y) => y.to <= x.from && x.from - y.to <= 3 && tokens.slice(y.to, x.from).every((t) => THINGS_BETWEEN.has(t.norm)))) found.add('ding');
  }
  return found;
}
/** Words for people in care: with these the outing may have clients in the picture. */
const CARE_PEOPLE = /\b(?:patiënt\w*|cliënt\w*|client\w*|bewoner\w*|bewoonster\w*|zorgvrager\w*|deelnemers)\b/u;
const FOR_FUN = /😂|🤣|\bhaha\w*|\blol\b|moet\s+je\s+(?:deze|die|dit)\s+\w+\s+zien/u;
const SPREAD = /\bin\s+de\s+(?:\w+)?groep\b|\bdoorsturen\b|\bdoorgestuurd\b|\bop\s+(?:facebook|insta\w*|tiktok|twitter|x)\b|\bin\s+mijn\s+story\b/u;
/** TikTok formats in which the maker performs or tells a story themselves. */
const SKIT = /^\s*(?:geen\s+)?(?:pov|storytime|story\s+time)\b|🧵/u;
/** A TikTok that shows people: a dance, a trend, "kijk", "zie je", sound on, or a word for recording. */
const ON_SCREEN = /\b\w*dans(?:je|jes|en|t)?\b|💃|🕺|\btrend\w*|\bchallenge\b|\bgeluid\s+aan\b|🔊|\bkijk\b|\bzie\s+je\b|\bop\s+de\s+achtergrond\b|\bin\s+beeld\b|\bopgenomen\b|\bopname\b|\bfilm\w*|\bgefilmd\b|\bvastgelegd\b|\bvlog\w*|\bcameo\b|\bkijkje\b|📹|🎥/u;
/** "je opa en oma": the reader's family, not someone in the film. */
const READER = new Set(['je', 'jouw', 'uw', 'jullie']);
const COLLEAGUES = /\b(?:collega\w*|team|ploeg\w*|nachtdienst)\b/u;
const WORK = /\b(?:afdeling|dienst|werk|opvangen|verzorgen|wassen|douchen|kamer|poli|seh|ok|sessie|\w*therapie|behandeling)\b/u;

/**
 * Sharing or announcing pictures, film or recordings of clients or colleagues at work in a post others can
 * read. A wound photo to a colleague in a private message is a channel question, not this rule.
 */
export const beeldmateriaalDelen: Rule = {
  id: 'beeldmateriaal.delen',
  label: 'beeldmateriaal',
  titel: 'Beelden van cliënten of collega’s',
  severity: 'waarschuwing',
  norms: ['vvn.nbc-2.10.foto', 'knmg-2017.aanbeveling-2.2', 'rvs-2017.toestemming'],
  message: 'Je deelt of kondigt beeldmateriaal aan van cliënten of van collega’s aan het werk.',
  suggestion: 'Plaats geen foto’s of video’s van cliënten. Ook met toestemming: vraag je af of de cliënt overziet wat online delen betekent, en of het beeld iets toevoegt.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ doc, features, ctx }) {
    // In a one-to-one message only pictures passed on for fun or to be spread further count ("moet je deze
    // foto zien 😂", "ik zet hem in de groep"); a wound photo to a colleague is a channel question.
    if (ctx.prive && !(FOR_FUN.test(doc.lower) || SPREAD.test(doc.lower))) return [];
    // A TikTok post is a video by nature; it shows others when it names a dance, a trend or what to look at
    // ("kijk", "op de achtergrond"). A text about the night shift or a skit ("POV: …", "storytime", a 🧵 list)
    // is the maker talking or acting alone.
    const video = ctx.kanaal === 'tiktok' && !SKIT.test(doc.lower) && ON_SCREEN.test(doc.lower);
    if (features.imageCues.length === 0 && !video) return [];
    const ex = exceptions(doc, features.imageCues);
    if (ex.has('weigering') || ex.has('leeg') || ex.has('ding') || ex.has('van-jou') || (features.imageCues.length === 1 && ex.has('eigen-post'))) return [];
    if ((ex.has('vrij') || ex.has('thuis')) && !CARE_PEOPLE.test(doc.lower) && features.clientRefs.every((c) => c.category !== 'client')) return [];
    // A TikTok post without any word for pictures shows people when it names clients or colleagues (a reply
    // to a commenter about their mother is no film of her).
    const aboutPeople =
      features.imageCues.length === 0
        ? features.clientRefs.some(
            (c) => c.category === 'client' || (c.category === 'persoon' && !cueTokens(doc).slice(Math.max(0, c.from - 3), c.from).some((t) => READER.has(t.norm))),
          ) || COLLEAGUES.test(doc.lower)
        : SUBJECT.test(doc.lower) ||
          features.clientRefs.length > 0 ||
          // "Onze Gerrit werd 95 … foto's van hem": a named person other than the author.
          features.identifierRoles.some((r) => r.span.label === 'PERSOON' && (r.role === 'client' || r.role === 'derde'));
    // Work alone counts when pictures are named; a TikTok about one's own day needs people in it.
    if (!aboutPeople && (features.imageCues.length === 0 || !WORK.test(doc.lower))) return [];
    const cue = features.imageCues[0] ?? { start: 0, end: doc.text.length };
    const consent = CONSENT.test(doc.lower);
    return [
      {
        start: cue.start,
        end: cue.end,
        message: consent
          ? 'Je deelt beelden uit je werk met cliënten of collega’s erop of erin. Dat er toestemming is of dat het anoniem lijkt, maakt het niet vanzelf zorgvuldig: beelden zijn makkelijk te herkennen en blijven online rondgaan.'
          : 'Je deelt of kondigt beelden aan van cliënten of van collega’s aan het werk. Dat mag niet zonder uitdrukkelijke toestemming, en ook dan is terughoudendheid de norm.',
      },
    ];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Kijk eens naar deze foto van meneer met zijn nieuwe rollator 😄', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Filmpje van mijn collega die de nachtdienst doorkomt op koffie 🎥 #zorg', context: { kanaal: 'tiktok' } },
      { tekst: 'Pauzedans met de collega’s van de avonddienst 💃 wie doet de trend volgende week mee?', context: { kanaal: 'tiktok', zichtbaarheid: 'openbaar' } },
      { tekst: 'Interessante röntgenfoto van vanmiddag, raad de diagnose!', context: { kanaal: 'twitter' } },
      { tekst: 'Uitje met de bewoners naar de dierentuin, foto’s staan hieronder!', context: { kanaal: 'facebook' } },
      { tekst: 'Haha kijk dit filmpje van meneer die zijn gebit kwijt is 😂 zet ik zo in de teamgroep', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Stukje uit de sessie van vandaag gefilmd, kijk haar gezicht als het lukt!', context: { kanaal: 'instagram' } },
    ],
    goed: [
      { tekst: 'Hierbij de foto van de wond, wil je meekijken naar het verband?', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Weekend! Tijd voor de racefiets 🚴 #natuur', context: { kanaal: 'instagram' } },
      { tekst: "Tip van de week: geen cliëntfoto's in je stories, ook niet van een hand of een kamer. #privacy", context: { kanaal: 'instagram' } },
      { tekst: 'Het nieuwe terras is klaar! Foto genomen voordat de bewoners buiten kwamen 🌞', context: { kanaal: 'facebook' } },
      { tekst: 'Drukke dienst! Foto: alleen onze koffiemokken, de rest blijft binnen.', context: { kanaal: 'instagram', zichtbaarheid: 'openbaar' } },
      { tekst: 'Wat een mooie foto van jou op je nieuwe fiets, Sem!', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      // A TikTok about the shift without anyone on screen, and a picture made at home.
      { tekst: 'Nachtdienst logica: om 3 uur is een tosti een volwaardige maaltijd 🦉 wie herkent het? #nachtdienst', context: { kanaal: 'tiktok', zichtbaarheid: 'openbaar' } },
      { tekst: 'Taart gebakken voor het team morgen 🎂 foto in mijn eigen keuken gemaakt hoor', context: { kanaal: 'instagram', zichtbaarheid: 'openbaar' } },
      { tekst: 'De nieuwe tuin van de woongroep is af! Foto’s hieronder, nog zonder bewoners.', context: { kanaal: 'facebook' } },
      { tekst: 'Mijn dag als student: dienst, tentamen, slapen, herhaal 😴', context: { kanaal: 'tiktok' } },
      { tekst: 'POV: je bent nachtdienst en de patiënt op kamer 3 wil om 4 uur ontbijten 😅', context: { kanaal: 'tiktok' } },
      { tekst: 'antwoord op @sanne: als je moeder zo doet, praat dan met je mentor 🙌', context: { kanaal: 'tiktok' } },
      { tekst: 'Drie signalen van een beroerte. Deel dit met je opa en oma 💙', context: { kanaal: 'tiktok' } },
      { tekst: 'Laatste foto van de lege afdeling voordat de verhuizing begint. Maandag gaan we open!', context: { kanaal: 'instagram' } },
      { tekst: 'Met de bewoners naar de kinderboerderij geweest. De foto’s van de geitjes staan in het album!', context: { kanaal: 'facebook' } },
      { tekst: 'Vraag aan de wondexperts: cliënt met een voetwond die niet sluit. Foto’s deel ik bewust niet.', context: { kanaal: 'forum' } },
      { tekst: 'Teamuitje: klimmen in het bos met mijn collega’s, iedereen vond het goed dat de foto hier komt 📸', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
    ],
  },
};
