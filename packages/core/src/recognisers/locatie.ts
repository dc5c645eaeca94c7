import type { Detection } from '../types.js';
import { contextScore, explainContext } from './context.js';
import { cueKind, firstNames, frequentWords, isOrdinaryWord, NOT_A_NAME, placeIndex, placeKind, surnames, type PlaceKind } from './shared/lexicons.js';
import { adjacent, detection, startsUpper } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'locatie.plaats';

/** Words right before a place name that make a place reading likely. */
const LOCATIVE = new Set([
  'in', 'uit', 'te', 'naar', 'bij', 'vanuit', 'richting', 'nabij', 'rond', 'via', 'langs', 'tussen', 'omgeving',
  'regio', 'gemeente', 'wijk', 'stadsdeel', 'dorp', 'stad', 'buurt', 'wonend', 'woonachtig', 'wonende', 'woont',
  'geboren', 'verhuisd', 'centrum',
]);

/** Nouns after which a capitalised word names an area even when it is in no list. */
const AREA_NOUNS = new Set(['regio', 'gemeente', 'wijk', 'stadsdeel', 'buurt', 'dorp', 'woonplaats']);

const INSTITUTION_TAILS = new Set(['ziekenhuis', 'mc', 'umc', 'gasthuis', 'kliniek', 'medisch', 'zorggroep', 'ziekenhuisgroep']);

/** `door de Achterhoek`, `over de Veluwe`: an article between the cue and the area. */
const AREA_VERBS = new Set(['door', 'over', 'op']);

/**
 * Place names that are also inflected Dutch words, English words or otherwise misleading; like places that are
 * ordinary words (checked against the word lists) they need a locative cue.
 */
const AMBIGUOUS_PLACES = new Set([
  'peel', 'balk', 'sluis', 'stein', 'laak', 'marken', 'kempen', 'gooi', 'wadden', 'strijp', 'zuidoost', 'transvaal',
  'bergen', 'putten', 'dalen', 'velden', 'haren', 'duiven', 'kampen', 'rijen', 'hoeven', 'linden', 'goes', 'epe',
  'ede', 'born', 'son', 'mill', 'well', 'lent', 'best', 'hoorn', 'echt', 'made', 'leek', 'thorn', 'gouda',
]);

const KIND_TEXT: Record<PlaceKind, string> = {
  plaats: 'Plaatsnaam',
  gemeente: 'Gemeentenaam',
  regio: 'Regionaam',
  wijk: 'Naam van een wijk of buurt',
  eiland: 'Naam van een eiland',
  provincie: 'Provincie',
  buitenland: 'Stad in het buitenland',
};

/** A capitalised neighbourhood name: `Vogelbuurt`, `Schilderswijk`, `Oranjekwartier`. */
const NEIGHBOURHOOD = /^\p{Lu}\p{Ll}{2,}(?:buurt|wijk|kwartier)$/u;

const CONTEXT = { verhogen: [...LOCATIVE], verlagen: ['meneer', 'mevrouw', 'familie', 'dhr', 'mw'] };

export const locatie: Recogniser = {
  id: ID,
  label: 'LOCATIE',
  beschrijving:
    'Plaatsen, gemeenten, regio’s, wijken en eilanden in Nederland (ook als hashtag). Provincies en landen zijn te groot om iemand aan te wijzen en tellen niet mee.',
  context: CONTEXT,
  recognise(doc) {
    const out: Detection[] = [];
    const toks = doc.tokens;
    const { maxWords, firstWords } = placeIndex();
    let lastPlaceEnd = -2;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.kind === 'hashtag') {
        const kind = placeKind(t.lower.slice(1));
        if (kind && kind !== 'provincie' && kind !== 'buitenland') {
          out.push(detection(doc, t.start + 1, t.end, 'LOCATIE', ID, 0.8, `${KIND_TEXT[kind]} als hashtag.`));
        }
        continue;
      }
      if (t.kind !== 'word' || t.allCaps) continue;
      // Chat style writes towns in lowercase (`ik woon in zwolle`): only right after a locative word.
      const lowercase = !startsUpper(t);
      if (lowercase && !(toks[i - 1]?.kind === 'word' && LOCATIVE.has(toks[i - 1]!.lower))) continue;
      // Longest multi-word place first (`Wijk bij Duurstede`, `Den Haag`), then the single word.
      let end = -1;
      let kind: PlaceKind | undefined;
      let key = t.lower;
      for (let n = firstWords.has(t.lower) ? maxWords : 1; n >= 1 && end < 0; n--) {
        let k = t.lower;
        let ok = true;
        for (let m = 1; m < n; m++) {
          const next = adjacent(doc, i + m);
          if (!next || next.kind !== 'word') {
            ok = false;
            break;
          }
          k += ` ${next.lower}`;
        }
        if (!ok) continue;
        const found = placeKind(k);
        if (found) {
          end = i + n - 1;
          kind = found;
          key = k;
        }
      }
      if (
        lowercase &&
        (end < 0 || (kind !== 'plaats' && kind !== 'gemeente' && kind !== 'wijk') || (end === i && t.text.length < 4) || (end > i && t.lower !== 'den'))
      )
        continue;
      if (end < 0 || !kind) {
        // After `regio`, `gemeente`, `wijk` any capitalised name is a place: `regio Midden-Holland`.
        const p = toks[i - 1];
        if (p?.kind === 'word' && AREA_NOUNS.has(p.lower) && !NOT_A_NAME.has(t.lower) && !cueKind(t.lower)) {
          out.push(detection(doc, t.start, t.end, 'LOCATIE', ID, 0.8, `Naam na '${p.text}'.`));
        } else if (!lowercase && NEIGHBOURHOOD.test(t.text) && p?.kind === 'word' && (p.lower === 'de' || LOCATIVE.has(p.lower))) {
          // `uit de Vogelbuurt`, `in de Schilderswijk`: a named neighbourhood.
          out.push(detection(doc, t.start, t.end, 'LOCATIE', ID, 0.75, 'Naam van een buurt of wijk.'));
        }
        continue;
      }
      if (kind === 'provincie') {
        i = end;
        continue;
      }
      // `Deventer Ziekenhuis`, `Zaans Medisch Centrum`: the town is part of an institution's name.
      const after = adjacent(doc, end + 1);
      if (after && INSTITUTION_TAILS.has(after.lower)) continue;
      const prev = toks[i - 1];
      const before = toks[i - 2];
      // A title or first name right before makes it a surname (`meneer Bos`, `Femke Bos`).
      if (prev?.kind === 'word' && (cueKind(prev.lower) === 'titel' || (prev.capitalised && firstNames().has(prev.lower)))) continue;
      const viaArticle = (prev?.lower === 'de' || prev?.lower === 'het') && before?.kind === 'word' && (LOCATIVE.has(before.lower) || AREA_VERBS.has(before.lower));
      // A list of places: `Nijverdal, Hellendoorn en Rijssen` — the previous item lends its confidence.
      const listed = (prev?.text === ',' || prev?.lower === 'en' || prev?.lower === 'of') && lastPlaceEnd === i - 2;
      const cue =
        listed ||
        (prev?.kind === 'word' && LOCATIVE.has(prev.lower)) ||
        viaArticle ||
        (prev?.text === '(' && toks[end + 1]?.text === ')') ||
        (prev?.text === ',' && before?.kind === 'number');
      const single = end === i;
      // Towns and municipalities are checked against the full word list; the hand-written regions, districts and
      // islands (Achterhoek, Overvecht) only against frequent words.
      const ordinary = kind === 'plaats' || kind === 'gemeente' ? isOrdinaryWord(key) : frequentWords().has(key);
      const ambiguous = single && (ordinary || AMBIGUOUS_PLACES.has(key) || firstNames().has(key) || surnames().has(key));
      if (ambiguous && (!cue || lowercase)) continue;
      // Cities abroad only after a locative cue, and never when the name is also a word or a person's name.
      if (kind === 'buitenland') {
        if (!cue || prev?.kind !== 'word') continue;
        if (isOrdinaryWord(key) || frequentWords().has(key) || firstNames().has(key)) continue;
        out.push(detection(doc, t.start, toks[end]!.end, 'LOCATIE', ID, 0.75, `${KIND_TEXT[kind]} na '${prev!.text}'.`));
        i = end;
        continue;
      }
      const base = lowercase ? 0.6 : cue ? 0.85 : 0.7;
      const effect = contextScore(doc, t.start, toks[end]!.end, base, CONTEXT, { raise: 0.1, lower: 0.15 });
      const why = cue && prev?.kind === 'word' ? ` na '${viaArticle ? `${before!.text} ${prev.text}` : prev.text}'` : '';
      out.push(
        detection(doc, t.start, toks[end]!.end, 'LOCATIE', ID, effect.score, `${KIND_TEXT[kind]} uit de plaatsenlijst${why}${explainContext(effect)}.`),
      );
      lastPlaceEnd = end;
      i = end;
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Twee kinderen uit de Vogelbuurt zijn vandaag uit huis geplaatst.', span: 'Vogelbuurt' },
      { tekst: 'Ze woont sinds kort in Zevenaar.', span: 'Zevenaar' },
      { tekst: 'Een ongeluk in Wijk bij Duurstede vanochtend.', span: 'Wijk bij Duurstede' },
      { tekst: 'Meneer komt uit Best en is 80.', span: 'Best' },
      { tekst: 'Lekker fietsen door de Achterhoek!', span: 'Achterhoek' },
      { tekst: 'Mooie avond #Texel', span: 'Texel' },
      { tekst: 'Huisbezoek in Kanaleneiland gehad.', span: 'Kanaleneiland' },
      { tekst: 'Cliënt uit Den Haag gesproken.', span: 'Den Haag' },
    ],
    vindtNiet: [
      'Best wel druk vandaag op de afdeling.',
      'Dat is de Hoorn des overvloeds.',
      'Goes het goed met je?',
      'Alle ziekenhuizen in Friesland doen mee.',
      'Volgende week naar Frankrijk op vakantie.',
    ],
  },
};
