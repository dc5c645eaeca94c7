import type { Detection } from '../types.js';
import { institutions, isFirstName, isOrdinaryWord, placeKind, surnames } from './shared/lexicons.js';
import { detection } from './shared/tokens.js';
import type { Recogniser } from './types.js';

const ID = 'persoon.mention';

/**
 * @mentions: on social media a handle points at one person (`@PaulvdB`, `@bangemeid`). The `@` stays outside
 * the span. Handles that are a listed institution (`@LUMC`) are left to the INSTELLING recogniser.
 */
export const persoonMention: Recogniser = {
  id: ID,
  label: 'PERSOON',
  beschrijving: 'Gebruikersnamen van personen op sociale media (@naam), zonder het @-teken.',
  recognise(doc) {
    const out: Detection[] = [];
    for (const t of doc.tokens) {
      if (t.kind !== 'mention') continue;
      const handle = t.lower.slice(1);
      if (institutions().get(handle)?.some((e) => e.tokens.length === 1)) continue;
      const reply = t.index === 0;
      // A tagged full name ("@Sandra Kuipers"): a first-name handle followed by a surname (listed, or a
      // capitalised word that is neither an ordinary word nor a place) is one name.
      const next = doc.tokens[t.index + 1];
      const surname =
        next !== undefined &&
        next.kind === 'word' &&
        next.capitalised &&
        !next.allCaps &&
        next.start === t.end + 1 &&
        isFirstName(handle) &&
        (surnames().has(next.lower) || (next.text.length > 2 && !isOrdinaryWord(next.lower) && placeKind(next.lower) === undefined));
      out.push(
        detection(
          doc,
          t.start + 1,
          surname ? next.end : t.end,
          'PERSOON',
          ID,
          reply ? 0.9 : 0.85,
          reply ? 'Gebruikersnaam (@) van de persoon aan wie dit antwoord is gericht.' : 'Gebruikersnaam (@) van een persoon.',
        ),
      );
    }
    return out;
  },
  voorbeelden: {
    vindt: [
      { tekst: '@JanWillem88 bedankt voor je bericht!', span: 'JanWillem88' },
      { tekst: 'Goed punt van @zuster_ans over nachtdiensten.', span: 'zuster_ans' },
      { tekst: '@Sandra Jansen wat vervelend, sterkte!', span: 'Sandra Jansen' },
    ],
    vindtNiet: ['Mail naar info@voorbeeldpraktijk.nl voor een afspraak.', 'Mooie dag in het @LUMC vandaag.'],
  },
};
