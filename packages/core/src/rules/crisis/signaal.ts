import crisisBreedSrc from '../../lexicons/crisis-breed.js';
import crisisSrc from '../../lexicons/crisis.js';
import { CueSet } from '../cues.js';
import type { AnalysedText } from '../../text/document.js';
import { covering, sentenceEnd, sentenceStart } from '../helpers.js';
import type { Rule } from '../types.js';

const CUES = CueSet.fromLexiconMap(crisisSrc + crisisBreedSrc);
/** Laughing in the same sentence: hyperbole ("ik ga dood van het lachen 😂"). */
const JOKING = /😂|🤣|😆|\bhaha\w*|\blol\b|\bxd\b/u;
/** Words that put a sign in a story someone watched or read ("een film over een man die wil springen"). */
const FICTION = /\b(?:film|films|serie|series|boek|roman|documentaire|docu|aflevering|toneelstuk|voorstelling|verhaal\s+over)\b/u;

/**
 * The crisis signs of a text: cue phrases (crisis.ts, crisis-breed.ts), without those in a sentence about a
 * film, book or series, and farewell signs only when two or more different ones come together.
 */
export function crisisSignals(doc: AnalysedText) {
  const all = CUES.find(doc).filter((x) => {
    const sentence = doc.lower.slice(sentenceStart(doc.lower, x.start), sentenceEnd(doc.lower, x.end));
    // "ik wil echt dood van dat proefwerk 😂": a joke, not a sign.
    return !FICTION.test(sentence) && !JOKING.test(sentence);
  });
  // A farewell sign or a place alone is everyday ("bedankt voor alles", "ik sta bij het spoor"); two or more
  // different ones together ("bedankt voor alles … je hoeft me niet meer in te plannen … zorg goed voor
  // jezelf") read as a last message.
  const afscheid = new Set(all.filter((x) => x.category === 'afscheid').map((x) => x.cue));
  return afscheid.size >= 2 ? all : all.filter((x) => x.category !== 'afscheid');
}

const WAT: Record<string, string> = {
  suicide: 'gedachten aan of een poging tot zelfdoding',
  zelfbeschadiging: 'zelfbeschadiging',
  geweld: 'geweld of een bedreiging',
  medisch: 'een acuut medisch probleem',
  kinderen: 'acuut gevaar voor kinderen',
  psychose: 'een mogelijk acute psychische crisis',
  afscheid: 'een afscheid of een gevaarlijke plek',
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
    ],
    goed: [
      { tekst: 'Kan ik mijn afspraak van dinsdag verzetten naar donderdag?', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
      { tekst: 'Bedankt voor alles, de laatste sessie was fijn. Tot ziens bij de terugkomafspraak!', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Ik wil er niet meer zijn.', context: { kanaal: 'twitter', richting: 'uitgaand' } },
      { tekst: 'Die documentaire over een vrouw die zichzelf snijdt was heftig. Met mij gaat het goed hoor.', context: { kanaal: 'email', richting: 'inkomend' } },
      { tekst: 'Ik wil echt dood van die toets morgen 😂 maar ik heb wel geleerd!', context: { kanaal: 'whatsapp', richting: 'inkomend' } },
    ],
  },
};
