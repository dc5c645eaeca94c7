import oordeelSrc from '../../lexicons/oordeel.js';
import { CueSet, cueTokens, tokenIndexAt, type CueMatch } from '../cues.js';
import { SENTENCE_END, sentenceEnd, sentenceStart } from '../helpers.js';
import type { Rule, RuleHit } from '../types.js';

const CUES = CueSet.fromLexiconMap(oordeelSrc);
/** How many tokens may lie between a target and a judgement. */
const WINDOW = 6;
/** Longest cue in tokens (a `..` gap counts three), for the look-back in `around`. */
const MAX_CUE = 12;
/** How many tokens before a judgement a negation cancels it. */
const NEGATION_REACH = 2;
/** How many tokens from a judgement a word of feeling makes it someone's own ("voelt zich dom"). */
const FEELING_REACH = 3;
const OWN = new Set(['mijn', "m'n", 'mn', 'onze']);

/** How many tokens from a client laughter counts as laughing at them (the emoji often closes the post). */
const SPOT_REACH = 12;

/** Tokens strictly between two matches (0 when adjacent or overlapping). */
const gap = (a: CueMatch, b: CueMatch) => Math.max(0, a.from >= b.to ? a.from - b.to : b.from - a.to);

/** The matches of `list` (sorted by position) with at most `reach` tokens between them and `m`. */
function around(list: readonly CueMatch[], m: CueMatch, reach: number): CueMatch[] {
  if (reach < 0) return [];
  let lo = 0;
  let hi = list.length;
  // Ends are not sorted when matches nest, so start from the first that begins within reach of a long match.
  const from = m.from - reach - MAX_CUE;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.from < from) lo = mid + 1;
    else hi = mid;
  }
  const out: CueMatch[] = [];
  for (let i = lo; i < list.length && list[i]!.from <= m.to + reach; i++) if (gap(list[i]!, m) <= reach) out.push(list[i]!);
  return out;
}

/**
 * A negative judgement about a person, group or organisation in words no fixed phrase list holds: a target
 * ("die ouders", "ons management", "de bewoner") and a judgement ("snappen er niks van", "waardeloos",
 * "verdient het niet") close together in one sentence, or mockery (laughing or devil emoji) at a client.
 * Only where others read along: public and closed groups, and replies on rating sites.
 */
export const denigrerendOordeel: Rule = {
  id: 'denigrerend.oordeel',
  label: 'denigrerend',
  titel: 'Minachtend oordeel over een persoon, groep of organisatie',
  severity: 'fout',
  norms: ['vvn.art-4.geen-denigrerend', 'knmg-2017.aanbeveling-6'],
  message: 'Hier velt je een minachtend oordeel over een cliënt, naaste, collega of je organisatie, zichtbaar voor anderen.',
  suggestion:
    'Beschrijf wat er gebeurde in plaats van wat je van iemand vindt, of laat het bericht weg; bespreek ergernis met je team of leidinggevende.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand' && (!ctx.prive || ctx.kanaal === 'zorgkaart-reactie'),
  check({ doc, spans, features, ctx }) {
    const all = CUES.find(doc);
    if (all.some((m) => m.category === 'reflectie')) return [];
    const toks = cueTokens(doc);
    const of = (cat: string) => all.filter((m) => m.category === cat);
    const sameSentence = (a: CueMatch, b: CueMatch) =>
      !SENTENCE_END.test(doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    // A verdict that is (nearly) a sentence of its own ("Lachwekkend.", "Eigen schuld dikke bult!") judges the sentence before it.
    const sentenceBefore = (t: CueMatch, judgement: CueMatch) => {
      // `open`: the sentence end just before the verdict's own sentence (-1 when it is the first).
      const open = sentenceStart(doc.text, judgement.start) - 1;
      if (open < 0 || t.end > open) return false;
      const own = doc.text.slice(open + 1, judgement.start).trim();
      const rest = doc.text.slice(judgement.end, sentenceEnd(doc.text, judgement.end)).trim();
      if (own.split(/\s+/).filter(Boolean).length + rest.split(/\s+/).filter(Boolean).length > 3) return false;
      return t.start >= sentenceStart(doc.text, open);
    };
    const people = all.filter(
      (m) => m.category === 'persoon' || m.category === 'collega' || m.category === 'organisatie' || (m.category === 'familie' && !(m.from > 0 && OWN.has(toks[m.from - 1]!.norm))),
    );
    // A named institution is an organisation too ("Bedankt IJsselgroep Ziekenhuis, fijne clowns daar").
    for (const s of spans) {
      if (s.label !== 'INSTELLING') continue;
      people.push({ start: s.start, end: s.end, cue: s.text, category: 'organisatie', from: tokenIndexAt(doc, s.start), to: tokenIndexAt(doc, s.end) });
    }
    people.sort((a, b) => a.from - b.from);
    const personNamed = people.length > 0 || features.clientRefs.length > 0;
    // On a rating site the reviewer is the person a pronoun points at.
    const pronouns = personNamed || ctx.kanaal === 'zorgkaart-reactie' ? of('verwijzing') : [];
    const versterkers = of('versterker');
    const negations = of('ontkenning');
    const blockers = [...of('zelf'), ...of('ding')].sort((a, b) => a.from - b.from);
    const feelings = of('gevoel');

    const hits: RuleHit[] = [];
    const targetsStrong = [...people, ...pronouns].sort((a, b) => a.from - b.from);
    for (const judgement of all) {
      const strong = judgement.category === 'sterk';
      if (!strong && judgement.category !== 'zwak') continue;
      if (!strong && !around(versterkers, judgement, 2).some((v) => sameSentence(v, judgement))) continue;
      if (around(negations, judgement, NEGATION_REACH).some((n) => n.to <= judgement.from && judgement.from - n.to < NEGATION_REACH)) continue;
      if (around(feelings, judgement, FEELING_REACH).some((f) => sameSentence(f, judgement))) continue;
      let target: CueMatch | undefined;
      for (const t of around(strong ? targetsStrong : people, judgement, WINDOW)) {
        if (t !== judgement && sameSentence(t, judgement) && (!target || gap(t, judgement) < gap(target, judgement))) target = t;
      }
      if (!target && strong) {
        for (const t of people) if (t.from < judgement.from && sentenceBefore(t, judgement)) target = t;
      }
      if (!target) continue;
      // The author, the own team or a thing is what the judgement is about when it stands closer.
      const distance = gap(target, judgement);
      const inside = (b: CueMatch) => b.from < judgement.to && judgement.from < b.to;
      // "gejammer over het eten": a thing after "over" is the topic of the complaint, not what is judged.
      const topic = (b: CueMatch) => b.from >= judgement.to && toks.slice(judgement.to, b.from).some((t) => t.norm === 'over');
      if (around(blockers, judgement, distance - 1).some((b) => !inside(b) && !topic(b) && sameSentence(b, judgement))) continue;
      hits.push({ start: Math.min(target.start, judgement.start), end: Math.max(target.end, judgement.end) });
    }

    // Sarcasm ("Knap hoor", "Komt helemaal goed 🙃") about a person in care or a relative the text names
    // anywhere: the whole post is the judgement.
    // (Sarcasm about the employer alone is criticism, for klacht-openbaar, not contempt for a person.)
    if (hits.length === 0 && people.some((p) => p.category === 'persoon' || p.category === 'familie')) {
      const sarcasm = of('sarcasme');
      if (sarcasm.length) hits.push({ start: sarcasm[0]!.start, end: sarcasm[0]!.end, message: 'Sarcasme over een cliënt, naaste, collega of je organisatie, zichtbaar voor anderen, is minachtend.' });
    }

    // Mockery: laughing at a client, unless the text is warm (laughing together); a devil or clown always.
    const clients = [...features.clientRefs.filter((c) => c.category === 'client'), ...people.filter((p) => p.category === 'persoon' || p.category === 'familie')];
    if (clients.length) {
      clients.sort((a, b) => a.from - b.from);
      const warm = all.some((m) => m.category === 'positief');
      for (const s of all) {
        if (s.category !== 'spot-sterk' && (s.category !== 'spot' || warm)) continue;
        if (s.category === 'spot' && around(clients, s, SPOT_REACH).length === 0) continue;
        hits.push({
          start: s.start,
          end: s.end,
          message: 'Lachen of grijnzen om een cliënt of bewoner in een bericht dat anderen lezen, maakt hem of haar belachelijk.',
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
  voorbeelden: {
    fout: [
      { tekst: 'Die ouders snappen er echt helemaal niks van, elke week hetzelfde gedoe.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Wat een waardeloze organisatie is dit toch geworden.', context: { kanaal: 'twitter' } },
      { tekst: 'Meneer van kamer 4 verdient die extra aandacht eigenlijk niet.', context: { kanaal: 'facebook' } },
      { tekst: 'Bewoner zet elke ochtend zijn sokken op de verwarming 😂😂', context: { kanaal: 'instagram' } },
      { tekst: 'Patiënt flink bang gemaakt met een verhaal over de naald 😈', context: { kanaal: 'tiktok' } },
      { tekst: 'Die bewoners van de gesloten afdeling weer. Kansloos!', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Weer die meneer met zijn gezeur over de koffie.', context: { kanaal: 'twitter' } },
      { tekst: 'Vanmiddag legde een zoon mij uit hoe de medicatie werkt. Knap hoor, na één keer googelen.', context: { kanaal: 'forum' } },
    ],
    goed: [
      { tekst: 'Ik ben zo dom geweest om mijn pasje thuis te laten liggen.', context: { kanaal: 'twitter' } },
      { tekst: 'Hoe ga je om met ouders die het niet eens zijn met het plan?', context: { kanaal: 'forum' } },
      { tekst: 'Het nieuwe rooster is echt waardeloos, alweer een app die vastloopt.', context: { kanaal: 'facebook' } },
      { tekst: 'Gezellige middag met de bewoners, wat hebben we samen gelachen 😂', context: { kanaal: 'facebook' } },
      { tekst: 'Die collega is helemaal niet dom, ze leert juist snel.', context: { kanaal: 'twitter' } },
      { tekst: 'Mooi gesprek gehad met een bewoner over vroeger. Het weer vandaag: belachelijk slecht.', context: { kanaal: 'twitter' } },
    ],
  },
};
