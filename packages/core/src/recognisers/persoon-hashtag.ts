import type { Detection } from '../types.js';
import { ambiguousFirstNames, isFirstName, places, surnames, TUSSENVOEGSEL_WORDS } from './shared/lexicons.js';
import { detection } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'persoon.hashtag';
/** The capitalised parts of a hashtag written in CamelCase: `FenneDeVries` → Fenne, De, Vries. */
const PART = /\p{Lu}\p{Ll}+/gu;
const CAMEL = /^(?:\p{Lu}\p{Ll}+){2,5}$/u;

/**
 * A person's full name written as one hashtag (`#FenneDeVries`, `#JanJansen`): a listed first name that is not
 * on the list of names that are also words, then a listed surname (particles allowed). The `#` stays outside the span.
 * Institutions as hashtags (`#ZorgcentrumDeLinde`) do not start with a first name.
 */
export const persoonHashtag: Recogniser = {
  id: ID,
  label: 'PERSOON',
  beschrijving: 'Volledige namen van personen als hashtag (#FenneDeVries), zonder het #-teken.',
  recognise(doc) {
    const out: Detection[] = [];
    for (const t of doc.tokens) {
      if (t.kind !== 'hashtag') continue;
      const body = t.text.slice(1);
      if (!CAMEL.test(body)) continue;
      const parts = body.match(PART)!.map((p) => p.toLowerCase());
      const [first, ...rest] = parts;
      if (!isFirstName(first!) || ambiguousFirstNames().has(first!)) continue;
      let k = 0;
      while (k < rest.length - 1 && TUSSENVOEGSEL_WORDS.has(rest[k]!)) k++;
      if (k !== rest.length - 1) continue;
      const last = rest[k]!;
      const surname = rest.join(' ');
      // `De Vries` is a listed surname even though Vries is also a village; a bare place is not.
      if (!surnames().has(surname) && (!surnames().has(last) || places().has(last))) continue;
      out.push(detection(doc, t.start + 1, t.end, 'PERSOON', ID, 0.8, 'Voornaam en achternaam aan elkaar geschreven als hashtag.'));
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: 'Wat zijn we trots op #MirjamVanDijk vandaag!', span: 'MirjamVanDijk' },
      { tekst: 'Beterschap #KeesJansen', span: 'KeesJansen' },
      { tekst: 'Trots op #EmmaDeVries!', span: 'EmmaDeVries' },
    ],
    vindtNiet: ['Mooie dag bij #ZorgcentrumDeLinde', '#ZorgMetAandacht #NachtDienst', 'Op naar #RoosendaalCentrum'],
  },
};
