import crisisBreedSrc from '../../lexicons/crisis-breed.js';
import crisisFamiliesSrc from '../../lexicons/crisis-families.js';
import crisisSamenSrc from '../../lexicons/crisis-samen.js';
import crisisSrc from '../../lexicons/crisis.js';
import { CueSet, type CueMatch } from '../cues.js';
import { evidencePassage } from '../woordmodel.js';
import { scoreCrisis } from './model.js';
import type { AnalysedText } from '../../text/document.js';
import { covering, quoteList, sentenceEnd, sentenceStart } from '../helpers.js';
import type { Rule } from '../types.js';

const CUES = CueSet.fromLexiconMap(crisisSrc + crisisBreedSrc + crisisSamenSrc);
/** Laughing, eye-rolling or "bij wijze van spreken" in the same sentence: hyperbole ("ik ga dood van het lachen 😂"). */
const JOKING = /😂|🤣|😆|😅|🙄|\bhaha\w*|\blol\b|\bxd\b|\bbij\s+wijze\s+van\s+spreken\b|\bfiguurlijk\b/u;
/** Words that put a sign in a story someone watched or read ("een film over een man die wil springen", "het nieuws over die jongen"). */
const FICTION = /\b(?:film|films|serie|series|boek|roman|documentaire|docu|aflevering|toneelstuk|voorstelling|verhaal\s+over|het\s+nieuws|nieuwsbericht\w*|in\s+de\s+krant|artikel)\b/u;
/** Told as something past: "een jaar geleden", "in 2016", "toen ik", "gelukkig voorbij". */
const PAST = /\b(?:(?:\w+\s+)?(?:maanden|weken|jaar)\s+niet\s+meer|(?:een|\w+)\s+jaar\s+geleden|jaren\s+geleden|vorig\s+jaar|in\s+(?:19|20)\d\d|destijds|vroeger|toen\s+ik|in\s+die\s+tijd|achter\s+me|gelukkig\s+voorbij)\b/u;
/** "ik zou hem wel kunnen wurgen", "ik ga nog eens dood aan dat eten": a figure of speech; "jaren gedacht": looking back. */
const WOULD = /\bzou\s+(?:\S+\s+){0,3}kunnen\b|\bga\s+(?:nog\s+eens\s+)?dood\s+(?:aan|van)\b|\bjaren\s+gedacht\b/u;
/** A compound that names a topic: "suïcidepreventie", "zelfmoordcijfers". */
const TOPIC = /(?:preventie|beleid|cijfers|gedachten-?\w*training|lijn|protocol)$/u;
/** A week's medicines laid out as usual: "mijn pillen voor de week klaargelegd", "de baxterrol". */
const ROUTINE = /\b(?:voor\s+de\s+(?:hele\s+)?week|weekdoos|baxter\w*|medicijndoos|zoals\s+(?:afgesproken|voorgeschreven))\b(?![^.!?]*\b(?:in\s+(?:één|een)\s+keer|tegelijk)\b)/u;
/** Weak signs (crisis-samen.ts and the farewells of crisis.ts): none is a sign alone. */
const WEAK = new Set(['afscheid', 'dank', 'middel', 'voorbereiding', 'wapen', 'angst', 'dreiging', 'thuis', 'vermist', 'verward', 'buiten', 'verwaarlozing', 'gerust', 'alledaags']);
/** Which weak signs make an emergency together, and what kind (see crisis-samen.ts). */
const TOGETHER: { a: string; b: readonly string[]; near?: boolean }[] = [
  { a: 'afscheid', b: ['afscheid', 'dank', 'vermist', 'voorbereiding', 'wapen', 'verwaarlozing'] },
  { a: 'middel', b: ['voorbereiding'], near: true },
  { a: 'verward', b: ['buiten'] },
  { a: 'verwaarlozing', b: ['verwaarlozing'] },
  { a: 'vermist', b: ['vermist'] },
  { a: 'wapen', b: ['angst', 'dreiging', 'dank'] },
  { a: 'thuis', b: ['dreiging'] },
  { a: 'dreiging', b: ['dreiging'] },
];

/** In the same sentence or the next: "heb ze allemaal gespaard. zitten er 60 in een potje, de quetiapine." */
function near(doc: AnalysedText, x: CueMatch, y: CueMatch): boolean {
  const between = doc.lower.slice(Math.min(x.end, y.end), Math.max(x.start, y.start));
  return (between.match(/[.!?\n]+/gu) ?? []).length <= 1;
}

const FAMILIES = CueSet.fromLexiconMap(crisisFamiliesSrc);
/**
 * Word families that together read as danger (crisis-families.ts). Pairs that also meet in safe messages are
 * left out: a goodbye with death words ("dood van het lachen … sorry"), a goodbye or a time word with a
 * medicine ("sorry, pillen vergeten", "moet ik de pillen vanavond innemen?"), fear with a time word ("bang
 * voor vanavond"), taking medicines with anything (people report taking them as prescribed).
 */
const FAMILY_PAIRS = new Set([
  'afscheid+voorbereiding', 'middel+wanhoop', 'middel+voorbereiding', 'geweld+middel', 'lichaam+wanhoop', 'lichaam+tijd',
  'tijd+wanhoop', 'dood+wanhoop', 'dood+tijd', 'dood+middel', 'afscheid+lichaam', 'afscheid+wanhoop',
]);
/** A death that has happened, told by those left behind: grief, not danger ("mam is vannacht ingeslapen"). */
const MOURNING = /\b(?:is\s+(?:\S+\s+){0,3}(?:overleden|ingeslapen|gestorven|heengegaan)|uitvaart|begrafenis|crematie|afscheidsdienst|condoleance\w*)\b/u;
/** The kind of danger a word family points at, for the finding's message. */
const FAMILY_WAT: Record<string, string> = { lichaam: 'zelfbeschadiging', geweld: 'geweld' };

/**
 * Fallback for wordings no phrase foresees: two word families from FAMILY_PAIRS, outside sentences about a
 * film or book and outside laughing sentences, in a message that tells nothing as past or as going well.
 */
function familySigns(doc: AnalysedText): CueMatch[] {
  if (PAST.test(doc.lower) || MOURNING.test(doc.lower) || ROUTINE.test(doc.lower)) return [];
  const everyday = new Set(CUES.find(doc).filter((x) => x.category === 'alledaags').map((x) => sentenceStart(doc.lower, x.start)));
  const found = FAMILIES.find(doc).filter((x) => {
    const s = sentenceOf(doc, x);
    return !FICTION.test(s) && !JOKING.test(s) && !WOULD.test(s) && !asks(doc, x) && !everyday.has(sentenceStart(doc.lower, x.start));
  });
  const cats = [...new Set(found.map((x) => x.category))].sort();
  const pairs: string[] = [];
  for (let i = 0; i < cats.length; i++) for (let j = i + 1; j < cats.length; j++) if (FAMILY_PAIRS.has(`${cats[i]}+${cats[j]}`)) pairs.push(cats[i]!, cats[j]!);
  if (pairs.length === 0) return [];
  const kind = pairs.includes('lichaam') ? 'zelfbeschadiging' : pairs.includes('geweld') ? 'geweld' : 'suicide';
  return found.filter((x) => pairs.includes(x.category)).map((x) => ({ ...x, category: FAMILY_WAT[x.category] ?? kind }));
}

/** The sign's own stretch of its sentence, some forty characters either side: laughter further away is about something else. */
const around = (doc: AnalysedText, x: CueMatch) =>
  doc.lower.slice(Math.max(sentenceStart(doc.lower, x.start), x.start - 40), Math.min(sentenceEnd(doc.lower, x.end), x.end + 40));
/** The sign stands in a question ("kan ik de pillen vanavond innemen?"): it asks, it does not announce. */
const asks = (doc: AnalysedText, x: CueMatch) => doc.lower[sentenceEnd(doc.lower, x.end)] === '?';
const sentenceOf = (doc: AnalysedText, x: CueMatch) => doc.lower.slice(sentenceStart(doc.lower, x.start), sentenceEnd(doc.lower, x.end));

/**
 * The crisis signs of a text: cue phrases (crisis.ts, crisis-breed.ts), not in a sentence about a film, the
 * news, the past or a figure of speech; weak signs (crisis-samen.ts: farewells, a means, a weapon, a threat …)
 * only when they come together as TOGETHER says, and none when the message says things go well; when
 * nothing fired, the word-family fallback (familySigns), if the word model (model.ts) leans the same way; and
 * when that finds nothing either and no guard set a sign aside, the word model alone if it is confident enough
 * (modelSign).
 */
export function crisisSignals(doc: AnalysedText): CueMatch[] {
  // The crisis rule and the personal-approach rule both ask for an incoming message: work it out once.
  let signs = SIGNS.get(doc);
  if (!signs) {
    const lexicon = findSignals(doc);
    if (lexicon.signs.length > 0 && !lexicon.families) signs = lexicon.signs;
    // Word families are weak evidence: they count when the word model leans the same way.
    else if (lexicon.signs.length > 0) signs = scoreCrisis(doc).p >= FAMILY_SUPPORT ? lexicon.signs : [];
    else signs = lexicon.setAside ? [] : modelSign(doc);
    SIGNS.set(doc, signs);
  }
  return signs;
}
const SIGNS = new WeakMap<AnalysedText, CueMatch[]>();

/**
 * `setAside`: the phrases saw a strong sign but a guard set it aside (told as past, a film, a figure of speech,
 * laughter, a death that happened), or the message says things go well. The word model then stays silent: it
 * weighs words and cannot overrule a reading of what they are about.
 */
function findSignals(doc: AnalysedText): { signs: CueMatch[]; setAside: boolean; families: boolean } {
  const found = CUES.find(doc);
  if (found.length === 0) return { signs: familySigns(doc), setAside: false, families: true };
  // "suïcidepreventie", "suïcidebeleid": a topic, not a sign.
  // A sentence about the past ("een jaar geleden dat mijn broer er een eind aan maakte", "in 2016 een
  // suïcidepoging") or a wish said as hyperbole ("ik zou hem wel kunnen wurgen") is no sign now.
  // A sentence about travel, the kitchen, a repair, a landlord or a retirement: "storing op het spoor". Its
  // only strong sign does not count; two different ones still do.
  const everyday = new Set(found.filter((x) => x.category === 'alledaags').map((x) => sentenceStart(doc.lower, x.start)));
  const strongPer = new Map<number, Set<string>>();
  if (everyday.size > 0) {
    for (const x of found) {
      if (WEAK.has(x.category)) continue;
      const at = sentenceStart(doc.lower, x.start);
      if (everyday.has(at)) strongPer.set(at, (strongPer.get(at) ?? new Set()).add(x.cue));
    }
  }
  const kept = found.filter((x) => {
    const s = sentenceOf(doc, x);
    const at = sentenceStart(doc.lower, x.start);
    if (x.category !== 'alledaags' && everyday.has(at) && (WEAK.has(x.category) || strongPer.get(at)!.size < 2)) return false;
    return !FICTION.test(s) && !TOPIC.test(doc.lower.slice(x.start, x.end)) && !PAST.test(s) && !WOULD.test(s) && !MOURNING.test(s);
  });
  // Laughter makes a lone strong sign hyperbole ("ik ga dood van die toets 😂"); weak signs count only together
  // anyway, and two different signs are dark humour that still needs a call ("haha als ik morgen niet meer wakker
  // word … de pillen liggen hier nog").
  const distinct = new Set(kept.filter((x) => !WEAK.has(x.category)).map((x) => x.cue)).size;
  const all = distinct >= 2 ? kept : kept.filter((x) => WEAK.has(x.category) || !JOKING.test(around(doc, x)));
  const strong = all.filter((x) => !WEAK.has(x.category));
  const setAside = found.some((x) => !WEAK.has(x.category) && !all.includes(x)) || all.some((x) => x.category === 'gerust');
  // Things go well, a move, see you soon: an ordinary goodbye, whatever else it holds.
  if (all.some((x) => x.category === 'gerust')) return { signs: strong, setAside, families: false };
  const weak = all.filter((x) => {
    if (!WEAK.has(x.category)) return false;
    if (x.category !== 'middel' && x.category !== 'voorbereiding') return true;
    return !ROUTINE.test(sentenceOf(doc, x)) && !asks(doc, x);
  });
  const joined = new Set<CueMatch>();
  for (const rule of TOGETHER) {
    for (const x of weak) {
      if (x.category !== rule.a) continue;
      const partner = weak.find(
        (y) => y !== x && rule.b.includes(y.category) && y.cue !== x.cue && (!rule.near || near(doc, x, y)),
      );
      if (partner) joined.add(x).add(partner);
    }
  }
  const signs = [...strong, ...weak.filter((x) => joined.has(x))];
  if (signs.length > 0) return { signs: signs.sort((p, q) => p.start - q.start), setAside, families: false };
  return { signs: familySigns(doc), setAside, families: true };
}

/** The word model's probability from which a word-family pair (familySigns) counts as a sign. */
export const FAMILY_SUPPORT = 0.3;

/** From this probability on, the word model (model.ts) counts as a sign when no phrase or family fired and none was set aside. */
export const MODEL_THRESHOLD = 0.6;

/**
 * The word model's verdict as a sign: the sentence where its evidence weighs most, with the strongest words
 * as the cue (so the finding can say what it reacted to). None below MODEL_THRESHOLD.
 */
function modelSign(doc: AnalysedText): CueMatch[] {
  const { p, evidence } = scoreCrisis(doc);
  if (p < MODEL_THRESHOLD || evidence.length === 0) return [];
  const bySentence = new Map<number, number>();
  for (const f of evidence) {
    const s = sentenceStart(doc.lower, f.start);
    bySentence.set(s, (bySentence.get(s) ?? 0) + f.weight);
  }
  const at = [...bySentence].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const { start, end, words } = evidencePassage(doc, at, evidence);
  return [{ start, end, cue: words.join(' | '), category: 'model', from: 0, to: 0 }];
}

const WAT: Record<string, string> = {
  suicide: 'gedachten aan of een poging tot zelfdoding',
  zelfbeschadiging: 'zelfbeschadiging',
  geweld: 'geweld of een bedreiging',
  medisch: 'een acuut medisch probleem',
  kinderen: 'acuut gevaar voor kinderen',
  psychose: 'een mogelijk acute psychische crisis',
  afscheid: 'een afscheid of een gevaarlijke plek',
  middel: 'een klaargelegd middel',
  voorbereiding: 'voorbereidingen',
  wapen: 'een wapen',
  angst: 'angst',
  dreiging: 'een bedreiging',
  thuis: 'onveiligheid thuis',
  dank: 'een afscheid',
  verward: 'iemand die verward is',
  buiten: 'iemand die buiten in gevaar is',
  verwaarlozing: 'iemand die niet meer eet of drinkt',
  vermist: 'een vermissing',
  model: 'acuut gevaar',
};

/** Signs of acute danger in an incoming message. Outgoing texts are not checked for this. */
export const crisisSignaal: Rule = {
  id: 'crisis.signaal',
  label: 'crisis',
  titel: 'Signaal van acuut gevaar',
  severity: 'fout',
  norms: ['ggz.crisis-analoog'],
  message: 'Dit bericht bevat signalen van acuut gevaar. Handel direct, buiten de chat.',
  suggestion: 'Neem meteen telefonisch of persoonlijk contact op. Bij direct levensgevaar: bel 112. Bij gedachten aan zelfdoding: 113 (0800-0113) of de crisisdienst. Bij zorgen om kinderen: Veilig Thuis (0800-2000). Reageer niet alleen met een bericht.',
  appliesTo: (ctx) => ctx.richting === 'inkomend',
  check({ doc }) {
    const m = crisisSignals(doc);
    if (m.length === 0) return [];
    if (m[0]!.category === 'model') {
      return [
        covering(m, {
          message: `Dit bericht lijkt sterk op berichten die wijzen op acuut gevaar (vooral ${quoteList(m[0]!.cue.split(' | '))}), al staat er geen vaste signaalzin in. Neem het zekere voor het onzekere: bel de afzender of ga erheen, en schakel zo nodig 112, 113 of de crisisdienst in. Een chatbericht is hier niet genoeg.`,
        }),
      ];
    }
    const soorten = [...new Set(m.map((x) => WAT[x.category] ?? x.category))];
    return [
      covering(m, {
        message: `Dit bericht wijst op ${soorten.join(' en ')}. Handel nu: bel de afzender of ga erheen, en schakel zo nodig 112, 113 of de crisisdienst in. Een chatbericht is hier niet genoeg.`,
      }),
    ];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Het heeft allemaal geen zin meer. Ik wil er niet meer zijn.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Mijn vriend slaat me en ik durf niet naar huis.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'ik zie het echt niet meer zitten allemaal', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Bedankt voor alles. U hoeft me niet meer in te plannen. Pas goed op jezelf.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'die jongen uit mijn klas pest me elke dag. morgen neem ik een mes mee en dan is het afgelopen', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Ik heb al mijn pillen uit de strips gedrukt. Het ligt niet aan jou hoor.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Mijn man zegt dat hij met de auto tegen een boom wil rijden. Ik durf hem niet alleen te laten.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Ik heb mijn medicijnen niet ingenomen maar bewaard. Ik wilde het gezegd hebben voordat het te laat is.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Ik heb vanavond afscheidsbrieven geschreven. Niet bellen, ik neem toch niet op.', context: { kanaal: 'facebook-bericht', richting: 'inkomend' } },
      { tekst: 'mijn vriend zegt dat ie me wat aan gaat doen, ik zit opgesloten op de wc. kan er iemand komen', context: { kanaal: 'sms', richting: 'inkomend' } },
      // Weak signs that only together make an emergency (crisis-samen.ts).
      { tekst: 'De tabletten liggen klaar op het nachtkastje. Wou het alleen even gezegd hebben.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Mijn vader zit met zijn pistool op zolder en wil niemand zien. Ik ben zo bang.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Mijn zus is sinds vanochtend onbereikbaar en op haar bed lag een briefje.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'ik ga niet naar huis vanavond, mijn stiefvader zei dat ik het wel zou merken', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Je was altijd lief voor me. Mijn boeken mag jij hebben, mijn spullen heb ik verdeeld.', context: { kanaal: 'facebook-bericht', richting: 'inkomend' } },
      { tekst: 'Ik weet waar u woont. Pas maar op.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'zeg tegen mijn zusje dat ik van haar hou. ik sta op het dak haha', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Mijn opa staat in zijn pyjama op straat en weet niet meer waar hij is. Het is donker en koud.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'al dagen niks gegeten en drinken lukt ook niet, er komt toch niemand', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'haha misschien word ik morgen gewoon niet meer wakker 😂 de pillen liggen hier toch', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Mijn vader heeft sinds zondag niks gegeten en niks gedronken. Hij ligt maar en reageert nauwelijks.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Hij zei: als je nog één keer met ze praat, maakt hij me af. Hij is om zes uur thuis.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Onze baby van 6 weken ademt zo snel en raar, haar buikje trekt in bij elke ademhaling. Moeten we morgen komen?', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Mijn buurman doet al twee dagen niet open en de gordijnen zijn nog dicht. Hij is 88.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'De huur hoeft u niet meer te regelen. Volgende maand woon ik hier niet meer, en ook nergens anders.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Let maar op. Vanmiddag sta ik bij je praktijk, ik heb niks meer te verliezen.', context: { kanaal: 'instagram', richting: 'inkomend' } },
      { tekst: 'Hij zit in de auto in de dichte garage met de motor aan en zegt dat ik niet moet komen.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'haha wat een dag 😂 o en ik heb alle pillen van mn moeder gepakt, zitten in mn tas voor vanavond', context: { kanaal: 'instagram', richting: 'inkomend' } },
      // Word families for wordings no phrase foresees (crisis-families.ts).
      { tekst: 'Het bloed houdt niet op en eerlijk gezegd maakt het me niks meer uit.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Ik heb het testament op tafel gelegd en een kaartje voor iedereen. Sorry.', context: { kanaal: 'email', richting: 'inkomend' } },
      // The word model (model.ts) for wordings no phrase or family foresees.
      { tekst: 'De hond is bij mijn zus en de sleutel ligt bij de buren. Vanaf morgen hoeft er niemand meer langs te komen.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'papa is weer dronken en gooit met stoelen, mama schreeuwt. ik zit onder mijn bed', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
    ],
    goed: [
      { tekst: 'Kan ik mijn afspraak van dinsdag verzetten naar donderdag?', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Bedankt voor alles, de laatste sessie was fijn. Tot ziens bij de terugkomafspraak!', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Ik wil er niet meer zijn.', context: { kanaal: 'twitter', richting: 'uitgaand' } },
      { tekst: 'Die documentaire over een vrouw die zichzelf snijdt was heftig. Met mij gaat het goed hoor.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Ik wil echt dood van die toets morgen 😂 maar ik heb wel geleerd!', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Mijn medicijnen liggen klaar voor de hele week, zoals u vroeg.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Mag ik de twee tabletten tegelijk innemen?', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Dank je wel voor gisteren! De brief van de woningbouw is binnen, we mogen blijven. Ik ben zo blij.', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Ik stop voorlopig met de behandeling, het ligt niet aan u. Bedankt voor alles, mag ik later weer contact opnemen?', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Moet ik mijn pillen vanavond of morgenochtend innemen?', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Vandaag is het een jaar geleden dat mijn zus er een eind aan maakte. Het gaat wel, ik wilde het even delen.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Die buurman zou ik wel kunnen wurgen met zijn bladblazer 😤', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Ik wilde even laten weten dat ik nu acht maanden niet meer gekrast heb.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Ik ga nog eens dood aan dat eten van de maaltijdservice, zo zout als de zee!', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Mijn broer is vorige maand overleden aan een overdosis. Dank voor alle moeite.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Hij heeft een deur kapot geschopt, maar niemand is gewond en hij is nu weer rustig.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Die buren met hun bladblazer, op een dag vermoord ik ze nog, bij wijze van spreken hoor.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Heeft u het nieuws gezien over die jongen die zelfmoord pleegde? Hoe praat ik daarover met mijn dochter?', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Sorry, ik ben mijn pillen vergeten op te halen. Kan dat morgen nog?', context: { kanaal: 'sms', richting: 'inkomend' } },
      { tekst: 'Mam is vannacht rustig ingeslapen. Dank jullie wel voor alle zorg.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Ik ben bang voor vanavond, dan komt mijn ex de kinderen halen. Kunnen we even bellen?', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Mooie campagne over suïcidepreventie op school, dank voor het delen!', context: { kanaal: 'twitter', richting: 'inkomend' } },
      { tekst: 'Als ik die wachtmuziek nog één keer hoor spring ik uit het raam 😂 Kan mijn recept klaarliggen?', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Bedankt voor alles! Mijn rugpijn is sinds vorige week weg.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Dank voor al die jaren! We verhuizen naar Zeeland, de plantjes mag jij hebben.', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Mijn man haalt zaterdag zijn geweer uit de kluis voor de jacht.', context: { kanaal: 'email', richting: 'inkomend' } },
    ],
  },
};
