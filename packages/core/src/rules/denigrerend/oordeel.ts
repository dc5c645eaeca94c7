import oordeelSrc from '../../lexicons/oordeel.js';
import { CueSet, cueTokens, type CueMatch } from '../cues.js';
import type { Rule, RuleHit } from '../types.js';

const CUES = CueSet.fromLexiconMap(oordeelSrc);
/** How many tokens may lie between a target and a judgement. */
const WINDOW = 6;
/** How many tokens before a judgement a negation cancels it. */
const NEGATION_REACH = 2;
/** How many tokens from a judgement a word of feeling makes it someone's own ("voelt zich dom"). */
const FEELING_REACH = 3;
const OWN = new Set(['mijn', "m'n", 'mn', 'onze']);
const SENTENCE_END = /[.!?\n]/;

/** Tokens strictly between two matches (0 when adjacent or overlapping). */
const gap = (a: CueMatch, b: CueMatch) => Math.max(0, a.from >= b.to ? a.from - b.to : b.from - a.to);

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
  check({ doc, features, ctx }) {
    const all = CUES.find(doc);
    if (all.some((m) => m.category === 'reflectie')) return [];
    const toks = cueTokens(doc);
    const of = (cat: string) => all.filter((m) => m.category === cat);
    const sameSentence = (a: CueMatch, b: CueMatch) =>
      !SENTENCE_END.test(doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    const near = (a: CueMatch, b: CueMatch) => gap(a, b) <= WINDOW && sameSentence(a, b);
    const people = all.filter(
      (m) => m.category === 'persoon' || m.category === 'collega' || m.category === 'organisatie' || (m.category === 'familie' && !(m.from > 0 && OWN.has(toks[m.from - 1]!.norm))),
    );
    const personNamed = people.length > 0 || features.clientRefs.length > 0;
    // On a rating site the reviewer is the person a pronoun points at.
    const pronouns = personNamed || ctx.kanaal === 'zorgkaart-reactie' ? of('verwijzing') : [];
    const versterkers = of('versterker');
    const negations = of('ontkenning');
    const blockers = [...of('zelf'), ...of('ding')];
    const feelings = of('gevoel');

    const hits: RuleHit[] = [];
    for (const judgement of all) {
      const strong = judgement.category === 'sterk';
      if (!strong && judgement.category !== 'zwak') continue;
      if (!strong && !versterkers.some((v) => gap(v, judgement) <= 2 && sameSentence(v, judgement))) continue;
      if (negations.some((n) => n.to <= judgement.from && judgement.from - n.to < NEGATION_REACH)) continue;
      if (feelings.some((f) => gap(f, judgement) <= FEELING_REACH && sameSentence(f, judgement))) continue;
      const targets = strong ? [...people, ...pronouns] : people;
      let target: CueMatch | undefined;
      for (const t of targets) if (t !== judgement && near(t, judgement) && (!target || gap(t, judgement) < gap(target, judgement))) target = t;
      if (!target) continue;
      // The author, the own team or a thing is what the judgement is about when it stands closer.
      const distance = gap(target, judgement);
      if (blockers.some((b) => near(b, judgement) && gap(b, judgement) < distance)) continue;
      hits.push({ start: Math.min(target.start, judgement.start), end: Math.max(target.end, judgement.end) });
    }

    // Mockery: laughing at a client, unless the text is warm (laughing together); a devil or clown always.
    const clients = [...features.clientRefs.filter((c) => c.category === 'client'), ...people.filter((p) => p.category === 'persoon' || p.category === 'familie')];
    if (clients.length) {
      const warm = all.some((m) => m.category === 'positief');
      for (const s of all) {
        if (s.category !== 'spot-sterk' && (s.category !== 'spot' || warm)) continue;
        if (s.category === 'spot' && !clients.some((c) => sameSentence(c, s) || gap(c, s) <= WINDOW)) continue;
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
    ],
    goed: [
      { tekst: 'Ik ben zo dom geweest om mijn pasje thuis te laten liggen.', context: { kanaal: 'twitter' } },
      { tekst: 'Hoe ga je om met ouders die het niet eens zijn met het plan?', context: { kanaal: 'forum' } },
      { tekst: 'Het nieuwe rooster is echt waardeloos, alweer een app die vastloopt.', context: { kanaal: 'facebook' } },
      { tekst: 'Gezellige middag met de bewoners, wat hebben we samen gelachen 😂', context: { kanaal: 'facebook' } },
      { tekst: 'Die collega is helemaal niet dom, ze leert juist snel.', context: { kanaal: 'twitter' } },
    ],
  },
};
