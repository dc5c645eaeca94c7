import type { QuasiDetail } from '../../checker/features.js';
import { covering, quoteList } from '../helpers.js';
import type { Rule } from '../types.js';

const SOORT_NAAM: Record<QuasiDetail['soort'], string> = {
  plaats: 'plaats',
  instelling: 'instelling',
  kamer: 'kamer of bed',
  werkplek: 'je eigen werkplek',
  tijd: 'tijdstip',
  leeftijd: 'leeftijd',
  zeldzaam: 'zeldzaamheid',
  rol: 'bekendheid of beroep',
  hint: 'hint wie het is',
  gebeurtenis: 'gebeurtenis',
  familie: 'familie',
  beroep: 'beroep',
  herkomst: 'herkomst',
  gezondheid: 'gezondheidsgegeven',
  beeld: 'foto of film',
};

/** Identifiability by a combination of details without a name (place, time, age, ward, rare condition …). */
export const herleidbaarCombinatie: Rule = {
  id: 'herleidbaar.combinatie',
  label: 'herleidbaar',
  titel: 'Herkenbaar door combinatie van details',
  severity: 'fout',
  norms: ['knmg-2017.aanbeveling-2.2', 'vvn.nbc-2.10.herleidbaar', 'vvn.nbc-2.10.casus-toestemming'],
  message: 'Zonder naam is de cliënt toch te herkennen door de combinatie van details.',
  suggestion: 'Laat plaats, tijdstip, leeftijd en bijzonderheden weg of maak ze algemener.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ features, ctx }) {
    const h = features.identifiability;
    if (!h.byCombination) return [];
    const droppable = h.quasi.filter((q) => q.soort !== 'gezondheid');
    const parts = h.quasi.map((q) => `${quoteList([q.text])} (${SOORT_NAAM[q.soort]})`);
    const weg = quoteList(droppable.sort((a, b) => b.weight - a.weight).slice(0, 3).map((q) => q.text));
    return [
      covering(h.quasi, {
        severity: ctx.openbaar ? 'fout' : 'waarschuwing',
        message: `Samen maken deze details de cliënt herkenbaar: ${parts.join(', ')}.`,
        suggestion: weg ? `Laat in elk geval ${weg} weg of omschrijf ze algemener; dan is de cliënt niet meer te herkennen.` : undefined,
      }),
    ];
  },
  voorbeelden: {
    fout: [
      { tekst: 'Vanochtend de 16-jarige scooterrijder van het ongeluk bij Zwolle op onze SEH gehad.', context: { kanaal: 'twitter' } },
      { tekst: 'Raad eens wie er vannacht bij ons op de SEH lag? De vaste keeper van de zondagsploeg uit Urk, hersenschudding.', context: { kanaal: 'facebook' } },
      { tekst: 'Bij ons in het ziekenhuis ligt de enige patiënt in Drenthe met deze zeldzame ziekte, vandaag opgenomen.', context: { kanaal: 'facebook', zichtbaarheid: 'openbaar' } },
      // No client word: the occupation with "de" and "uit <plaats>" points at one person everybody knows.
      { tekst: 'Vannacht de slager uit Ommen binnengekregen met een herseninfarct. Hij is nog niet aanspreekbaar.', context: { kanaal: 'twitter' } },
      { tekst: 'Die man van de brand waar het hele dorp over praat, ligt nu bij ons. Zijn brandwonden genezen traag.', context: { kanaal: 'facebook' } },
      { tekst: 'Voor het eerst ziekte van Huntington vastgesteld, hier in onze praktijk op Terschelling.', context: { kanaal: 'linkedin' } },
      { tekst: 'Mijn buurjongen van 16 zat vandaag op het spreekuur, blijkt hij diabetes te hebben. Klein dorp hè.', context: { kanaal: 'twitter' } },
      { tekst: 'Afscheid genomen van ‘mijn’ tweeling van 12 uit Emmen: na twee jaar uithuisplaatsing mogen ze naar huis.', context: { kanaal: 'facebook' } },
      { tekst: 'Trots op mijn cliënt, de nieuwe eigenaar van de bakkerij in Hattem: ondanks zijn depressie gaat het goed.', context: { kanaal: 'linkedin' } },
      // A picture shows the face: with a health fact and a relative that is enough in public.
      { tekst: 'Kijk haar eens genieten! 📸 Onze bewoonster wandelt na haar heupoperatie weer, met haar kleinzoon.', context: { kanaal: 'instagram', zichtbaarheid: 'openbaar' } },
      // A vacancy may still describe a client: a town, the make-up of the family and a diagnosis.
      { tekst: 'Gezocht: gezinscoach voor een gezin in Hattem met vier kinderen. Vader heeft schizofrenie. Reageer via DM.', context: { kanaal: 'linkedin', zichtbaarheid: 'openbaar' } },
      // A bed or room number in a named home points at the one who lies there.
      { tekst: 'Die van kamer 9 in Huize Eikenhof heeft weer zijn katheter eruit getrokken. Fijne start van de dienst.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
    ],
    goed: [
      { tekst: 'Huisarts in Tilburg, tweets op persoonlijke titel.', context: { kanaal: 'twitter' } },
      { tekst: 'Casus: man van middelbare leeftijd met rugpijn na tillen. Wat zouden jullie doen?', context: { kanaal: 'forum' } },
      // The author's own relative, and a care occupation with "de": no client is singled out.
      { tekst: 'Mijn vader (81) kreeg vorig jaar in Assen zijn diagnose Parkinson. Nu ben ik zelf mantelzorger.', context: { kanaal: 'facebook' } },
      { tekst: 'Koorts en benauwd? Bel vandaag nog de huisarts in je eigen woonplaats, zeker als hij je al kent.', context: { kanaal: 'twitter' } },
      { tekst: 'Nieuwe praktijkruimte! Vanaf maandag ontvang ik hier cliënten aan de Oudegracht in Utrecht.', context: { kanaal: 'instagram' } },
      { tekst: 'Mijn vader werd vandaag 85! Met de hele familie taart gegeten in Assen.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Knap dat presentator Jan Smit vertelde over zijn burn-out. Praat erover, het helpt.', context: { kanaal: 'twitter' } },
      { tekst: 'Onze bewoonster wandelt na haar heupoperatie weer, met haar kleinzoon. Foto onherkenbaar gemaakt 📸', context: { kanaal: 'instagram', zichtbaarheid: 'openbaar' } },
      { tekst: 'Drukke dienst in Huize Eikenhof vandaag, alle kamers vol en toch iedereen op tijd geholpen.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
    ],
  },
};
