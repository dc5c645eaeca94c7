import denigrerendBreedSrc from '../../lexicons/denigrerend-breed.js';
import denigrerendSrc from '../../lexicons/denigrerend.js';
import { CueSet, cueTokens, type CueMatch } from '../cues.js';
import { quoteList, sentenceEnd, sentenceStart } from '../helpers.js';
import type { Rule } from '../types.js';

const CUES = CueSet.fromLexiconMap(denigrerendSrc + denigrerendBreedSrc);
/** People and groups a remark can be about, besides the client words of `zorgcontext.ts`. */
const PERSON_WORD =
  /\b(?:collega\w*|leiding\w*|\w*leider\w*|\w*begeleider\w*|manager\w*|directie|directeur|baas|dokter|arts|zuster|specialist\w*|chirurg\w*|psychiater\w*|verpleegkundige\w*|co-?assistent\w*|stagiair\w*|moeders|vaders|werkgever\w*|reviewer|mensen|mens|types?|figuren|lui|gasten|kamer|bejaard\w*|ouderen|oudjes|verslaafd\w*|junks?|migrant\w*|vluchteling\w*|zwerver\w*|daklozen|dakloze\w*|buitenlander\w*|allochto\w*)\b/u;

/** A system or thing that fails: an eye-roll at it is no contempt for a person. */
const THING_FAILS = /\b(?:doet\s+het\s+(?:\w+\s+){0,2}niet|werkt\s+(?:\w+\s+){0,2}niet|ligt\s+(?:\w+\s+){0,3}(?:plat|eruit|uit)|storing|vastgelopen|crasht|loopt\s+vast)\b/u;
/** Pictures of a body: medical images are always of a patient. */
const BODY_IMAGE = /\b(?:röntgen\w*|rontgen\w*|thorax\w*|buikoverzicht|ct-scan|(?:deze|die)\s+(?:scan|ct|mri)|foto\s+van\s+(?:de|het|zijn|haar)\s+(?:wond|been|voet|hand|arm|rug|buik|stuit))\b/u;

/** Words that, just before an insult, deny it ("zijn niet dom", "geen zeurpiet"). */
const DENIAL = new Set(['niet', 'geen', 'nooit', 'allerminst', 'allesbehalve']);
/** Words that may stand between the denial and the insult ("helemaal geen lastpak"). */
const BETWEEN = new Set(['helemaal', 'absoluut', 'zeker']);

/** Words that make the author the one called names ("ik ben zelf de grootste zeurpiet"). */
const SELF = new Set(['ik', 'zelf', 'mezelf', 'mijzelf']);

/**
 * Inside a quoted passage of three words or more ("Mythe: 'ADHD-medicatie maakt je kind een zombie'"): someone
 * else's words, quoted to discuss them. A single word in scare quotes ("een 'zorgmijder'") stays sarcasm.
 */
function quoted(text: string, m: CueMatch): boolean {
  const from = sentenceStart(text, m.start);
  const before = text.slice(from, m.start);
  const open = before.search(/(?:^|[\s(:])['‘"“][^'‘’"“”]*$/u);
  if (open < 0) return false;
  const rest = text.slice(m.end, sentenceEnd(text, m.end) + 1);
  const close = rest.search(/['’"”](?=[\s.,!?;:)]|$)/u);
  if (close < 0) return false;
  const passage = before.slice(open) + text.slice(m.start, m.end) + rest.slice(0, close);
  return (passage.match(/\p{L}+/gu) ?? []).length >= 3;
}

/**
 * The insult (a word, not an emoji) is denied (a negation within the two tokens before it: "niet dom", "helemaal geen lastpak")
 * or the author says it of themselves within the four tokens before it.
 */
function denied(toks: ReturnType<typeof cueTokens>, m: CueMatch): boolean {
  // An emoji is no word a negation can deny ("ik ben uw butler niet 🙄").
  if (!/\p{L}/u.test(m.cue)) return false;
  for (let j = m.from - 1; j >= Math.max(0, m.from - 4); j--) if (SELF.has(toks[j]!.norm)) return true;
  for (let j = m.from - 1; j >= Math.max(0, m.from - 2); j--) {
    const w = toks[j]!.norm;
    if (DENIAL.has(w)) return true;
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}

const insultMessage = (words: string) => `${quoteList([words])} is kleinerend over iemand voor wie of met wie je werkt.`;

/**
 * Name-calling, contempt and mockery about clients, relatives, colleagues or the employer. Eye-rolling
 * (🙄, "geen zin in") at a person counts; laughing ("hahaha", 😂) only when they are in distress or confused.
 */
export const denigrerendUitlating: Rule = {
  id: 'denigrerend.uitlating',
  label: 'denigrerend',
  titel: 'Denigrerende of spottende uitlating',
  severity: 'fout',
  norms: ['vvn.art-4.geen-denigrerend', 'knmg-2017.aanbeveling-6', 'ggz.facebook.geen-verzuchtingen'],
  message: 'Deze woorden zijn kleinerend of spottend over een cliënt, naaste of collega.',
  suggestion: 'Schrijf respectvol over de mensen voor wie je zorgt en met wie je werkt; deel frustratie in intervisie of met je leidinggevende, niet online.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ doc, spans, features, ctx }) {
    const toks = cueTokens(doc);
    const matches = CUES.find(doc).filter((m) => !denied(toks, m) && !quoted(doc.text, m));
    const insults = matches.filter((m) => m.category === 'scheldwoord');
    const spot = matches.filter((m) => m.category === 'spot');
    const afkeer = matches.filter((m) => m.category === 'afkeer');
    const distress = matches.some((m) => m.category === 'ongemak');
    const hits = [...insults];
    if (spot.length === 0 && afkeer.length === 0) return hits.map((m) => ({ start: m.start, end: m.end, message: insultMessage(doc.text.slice(m.start, m.end)) }));
    // A reply on a rating site is always about the reviewer.
    const personWord = features.clientRefs.length > 0 || PERSON_WORD.test(doc.lower) || ctx.kanaal === 'zorgkaart-reactie';
    const aboutPerson = personWord || spans.some((s) => s.label === 'PERSOON');
    // Eye-rolling counts when a person is in its own sentence (an emoji closes the sentence it ends):
    // "het systeem ligt er weer eens uit 🙄" is about a thing, even if a client is named after it.
    const personNear = (m: CueMatch) => {
      const own = sentenceStart(doc.text, m.start);
      // "Zivver doet het weer eens niet 🙄": rolling one's eyes at a system, whoever is named before.
      if (THING_FAILS.test(doc.lower.slice(own, m.start))) return false;
      let from = own;
      // An emoji standing alone after the punctuation ("… Wie wil er ruilen? 🤢") reacts to the whole post;
      // otherwise the sentence before counts too ("3 cliënten vergeten hun afspraak. Eigen schuld 🤬").
      if (!/\p{L}/u.test(doc.text.slice(from, m.start))) from = 0;
      else if (from > 0) from = sentenceStart(doc.text, from - 1);
      const to = /\p{L}/u.test(doc.text.slice(m.start, m.end)) ? sentenceEnd(doc.text, m.end) : m.end;
      const inside = (x: { start: number; end: number }) => x.start >= from && x.end <= to;
      return (
        ctx.kanaal === 'zorgkaart-reactie' ||
        features.clientRefs.some(inside) ||
        // Not the addressee of the message or a colleague: "Hoi Bas, het systeem ligt er weer uit 🙄".
        features.identifierRoles.some((r) => r.span.label === 'PERSOON' && (r.role === 'client' || r.role === 'derde') && inside(r.span)) ||
        PERSON_WORD.test(doc.lower.slice(from, to))
      );
    };
    // Eye-rolling at a person is contempt on its own; laughing only when they are in distress or confused.
    if (aboutPerson && afkeer.length) hits.push(...afkeer.filter(personNear));
    // Laughing at a medical image of a patient (an X-ray, a scan) shared with others is mockery too.
    // (A client who joins in a dance video is laughed with, not at: only pictures of the body count by themselves.)
    const pictureOfClient = BODY_IMAGE.test(doc.lower);
    // Laughing along with a colleague ("Gerda viel 4x in het water 😂" on the team outing) mocks no one in care:
    // for mockery a named person must be someone other than a colleague, the author or a public figure.
    const aboutSomeoneInCare =
      personWord || features.identifierRoles.some((r) => r.span.label === 'PERSOON' && r.role !== 'collega' && r.role !== 'eigen' && r.role !== 'publiek');
    if (spot.length && (pictureOfClient || (aboutSomeoneInCare && (distress || afkeer.length)))) hits.push(...spot);
    return hits
      .sort((a, b) => a.start - b.start)
      .map((m) => ({
        start: m.start,
        end: m.end,
        message:
          m.category === 'scheldwoord'
            ? insultMessage(doc.text.slice(m.start, m.end))
            : m.category === 'afkeer'
              ? `${quoteList([doc.text.slice(m.start, m.end)])} over een cliënt of collega klinkt minachtend.`
              : `Lachen (${quoteList([doc.text.slice(m.start, m.end)])}) om iemand die boos, bang, verward of ziek is, is spot met een kwetsbare persoon.`,
      }));
  },
  voorbeelden: {
    fout: [
      { tekst: 'Weer de hele avond bezig met die lastpak op kamer 12.', context: { kanaal: 'twitter' } },
      { tekst: 'Meneer dacht vandaag dat ik zijn moeder was hahaha 😂', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Die nieuwe teamleider snapt er echt helemaal niks van.', context: { kanaal: 'facebook' } },
      { tekst: 'Koffie te slap, koffie te sterk. Meneer, ik ben uw ober niet 🙄', context: { kanaal: 'twitter' } },
      { tekst: 'Kijk deze scan van vannacht 🤣 wat die man allemaal inslikt', context: { kanaal: 'whatsapp', zichtbaarheid: 'besloten' } },
      { tekst: 'Filmpje van mevrouw die voor de derde keer haar gebit zoekt in de soep 😂😂', context: { kanaal: 'tiktok' } },
      { tekst: 'Mijn nieuwe werkbegeleider loopt de hele dag te slijmen bij de leiding, wat een uitslover 🙄', context: { kanaal: 'instagram' } },
    ],
    goed: [
      { tekst: 'Personeelsuitje! Kees viel drie keer van de mechanische stier 😂 Wat een middag #teamuitje', context: { kanaal: 'instagram', zichtbaarheid: 'besloten' } },
      { tekst: "Mythe van de dag: 'van die pillen wordt je kind een zombie'. Klopt niet.", context: { kanaal: 'tiktok', zichtbaarheid: 'openbaar' } },
      { tekst: 'Gezellige kerstborrel met het team gehad 😂 wat een avond!', context: { kanaal: 'instagram' } },
      { tekst: 'Mooi gesprek met een bewoner over haar jeugd op de boerderij.', context: { kanaal: 'twitter' } },
      { tekst: 'Eerste echo van ons kindje gezien 😂 we zijn zo blij!', context: { kanaal: 'instagram' } },
      { tekst: 'Teamfoto van de kerstborrel 😂📸 wat een avond was dat!', context: { kanaal: 'instagram' } },
      { tekst: 'Dansje met de nachtdienst en meneer in de rolstoel doet gewoon mee 😂 [video]', context: { kanaal: 'tiktok' } },
      { tekst: 'Verslag van het huisbezoek bij de cliënt komt morgen. Het systeem doet het weer eens niet 🙄', context: { kanaal: 'email', zichtbaarheid: 'besloten' } },
      { tekst: 'Mensen met dementie zijn niet dom, ze hebben meer tijd nodig.', context: { kanaal: 'twitter' } },
      { tekst: 'Ik ben zelf de grootste zeurpiet als ik griep heb, respect voor mijn patiënten!', context: { kanaal: 'twitter' } },
      { tekst: 'Het systeem ligt er weer eens uit 🙄 Mevrouw Jansen belt u morgen terug.', context: { kanaal: 'email', zichtbaarheid: 'prive' } },
    ],
  },
};
