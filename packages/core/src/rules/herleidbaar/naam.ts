import { quoteList } from '../helpers.js';
import type { Rule } from '../types.js';

/** What the identifier is, with its article. */
const SOORT: Record<string, string> = {
  PERSOON: 'de naam',
  TELEFOON: 'het telefoonnummer',
  EMAIL: 'het e-mailadres',
  BSN: 'het BSN',
  ID: 'het nummer',
  DATUM: 'de geboortedatum',
  LOCATIE: 'het adres',
};

/**
 * Direct identifiers (name, phone number, e-mail address, BSN, dossier number, address, date of birth) of
 * a client or third party. Which names count depends on context (see `features.ts`): a colleague, a public
 * figure, the author's signature or the addressee of a private practical message do not.
 */
export const herleidbaarNaam: Rule = {
  id: 'herleidbaar.naam',
  label: 'herleidbaar',
  titel: 'Direct herkenbaar persoon',
  severity: 'fout',
  norms: ['knmg-2017.aanbeveling-2.2', 'vvn.nbc-2.10.herleidbaar', 'rvs-2017.beroepsgeheim'],
  message: 'Dit gegeven wijst rechtstreeks naar een cliënt of een ander persoon. Zo deel je informatie die onder je beroepsgeheim valt.',
  suggestion: 'Laat de naam en andere directe gegevens weg, of gebruik de geanonimiseerde versie.',
  appliesTo: (ctx) => ctx.richting === 'uitgaand',
  check({ features, ctx }) {
    const zorginhoud = features.careContent.length > 0 || features.health.length > 0;
    return features.identifiability.identifiers.map(({ span, role }) => {
      const soort = SOORT[span.label] ?? 'dit gegeven';
      const wie = role === 'aangesproken' ? 'de ontvanger zelf' : 'een cliënt of derde';
      const kanaal = ctx.email ? 'gewone e-mail' : 'een berichtenapp';
      const waar = !ctx.prive
        ? 'Anderen dan de betrokkene kunnen dit lezen.'
        : zorginhoud
          ? `Dit bericht gaat via ${kanaal} en bevat ook zorginformatie over die persoon.`
          : `Dit bericht gaat via ${kanaal} en gaat over iemand anders dan de ontvanger.`;
      return {
        start: span.start,
        end: span.end,
        severity: ctx.prive ? 'waarschuwing' : 'fout',
        message: `${soort[0]!.toUpperCase()}${soort.slice(1)} ${quoteList([span.text])} maakt ${wie} direct herkenbaar. ${waar}`,
        suggestion: ctx.prive
          ? 'Stuur persoonsgegevens met zorginformatie alleen via een beveiligd systeem (dossier, portaal, beveiligde mail).'
          : `Laat ${soort} weg of vervang die door een algemene omschrijving.`,
      };
    });
  },
  voorbeelden: {
    fout: [
      { tekst: 'Laatste avond van de rouwgroep. Speciale groet aan Marjan en Ed, die hun zoon verloren aan suïcide.', context: { kanaal: 'twitter' } },
      { tekst: 'Vandaag kwam patiënt 553-2209 weer op de poli voor zijn wondverzorging.', context: { kanaal: 'twitter' } },
      { tekst: 'Hoi Anouk, hier het nummer van de dochter van mevrouw Kramer: 06-41234567. Ze heeft sinds gisteren koorts.', context: { kanaal: 'email' } },
      { tekst: 'Melding over een jongen, geboren op 3 maart 2012, die met blauwe plekken op school kwam.', context: { kanaal: 'email' } },
      { tekst: 'Hoi Bram, je uitslag is binnen: je hebt een angststoornis.', context: { kanaal: 'email', zichtbaarheid: 'prive' } },
    ],
    goed: [
      { tekst: 'Beste Thijs, je volgende afspraak staat in het cliëntportaal. Tot dan.', context: { kanaal: 'email' } },
      { tekst: 'Hoi Mirthe, hierbij alvast het verslag over mijn cliënt met een angststoornis, zonder namen.', context: { kanaal: 'email', zichtbaarheid: 'prive' } },
      { tekst: 'Welkom aan onze nieuwe collega Sanne Bakker in het wijkteam!', context: { kanaal: 'linkedin' } },
      { tekst: 'Teamuitje: kanoën op de Dommel, en Fenna won de wedstrijd! #teamuitje', context: { kanaal: 'instagram', zichtbaarheid: 'besloten' } },
      { tekst: 'Gisteren namen we afscheid van onze fijne collega Ria Smits. Veel sterkte voor Jan en de kinderen.', context: { kanaal: 'facebook' } },
      { tekst: 'Ons onderzoek naar slaap bij ouderen is uit! Dank aan mijn coauteurs Joris Meijer en Aylin Demir.', context: { kanaal: 'linkedin' } },
      { tekst: 'Goedemorgen, donderdag 12 juni om 10 uur kom ik bij u langs op de Lindelaan 8. Tot dan!', context: { kanaal: 'sms', zichtbaarheid: 'prive' } },
      { tekst: 'Beterschap aan onze Joyce van de poli, die thuis zit met een gebroken enkel. We missen je!', context: { kanaal: 'facebook', zichtbaarheid: 'openbaar' } },
      { tekst: 'Welkom op de wereld lieve Sem! Geboren op 3 maart, even geen diensten voor mama.', context: { kanaal: 'instagram', zichtbaarheid: 'besloten' } },
      { tekst: 'Vanaf 1 mei zit Huisartsenpraktijk De Eik op een nieuw adres: Kerkweg 12 in Baarn.', context: { kanaal: 'facebook', zichtbaarheid: 'openbaar' } },
      { tekst: 'Thuiszorg Noord zoekt invalkrachten voor de zomer! Bel Anja van de planning op 0229-274115.', context: { kanaal: 'facebook', zichtbaarheid: 'openbaar' } },
      { tekst: 'Lieve familie, zaterdag vieren we dat Henk 70 wordt, bij ons thuis. Neem goed weer mee!', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Sportdag met de collega’s! We verloren het touwtrekken van het team van Mo.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      // A practice's own number, a speaker at a congress, a public figure who told about it themselves.
      { tekst: 'Met spoed kunt u terecht bij Huisartsenpraktijk De Wilg, tel. 0318-123456.', context: { kanaal: 'facebook', zichtbaarheid: 'openbaar' } },
      { tekst: 'Mooie keynote van Sanne Bakker over eenzaamheid onder ouderen.', context: { kanaal: 'linkedin', zichtbaarheid: 'openbaar' } },
      { tekst: 'Wat moedig hoe open Bruce Willis is over zijn dementie.', context: { kanaal: 'twitter', zichtbaarheid: 'openbaar' } },
      { tekst: 'Mevrouw Verbeek uit Gouda gaat na 35 jaar trouwe dienst met pensioen. Bedankt!', context: { kanaal: 'facebook' } },
      { tekst: 'Een verzonnen casus om te oefenen: Kim, 41 jaar, slaapt al weken slecht na een verhuizing. Wat vraag je eerst?', context: { kanaal: 'blog' } },
      { tekst: 'Goedemiddag mevrouw Smit, ik kom donderdag om 10 uur. Past het niet, belt u dan 06-12345678. Groet, de thuiszorg', context: { kanaal: 'whatsapp', zichtbaarheid: 'prive' } },
      { tekst: 'Ons team zoekt per 1 maart een wijkverpleegkundige voor 0,8 fte. Vragen? Bel Petra de Wit, 0318-123456.', context: { kanaal: 'linkedin' } },
      { tekst: 'Hallo allemaal, het nieuwe rooster staat online. Met vriendelijke groet, Anouk | planner | 030-2345678 | a.jansen@zorggroep.nl', context: { kanaal: 'email', zichtbaarheid: 'besloten' } },
      { tekst: 'Griepprik: zaterdag zonder afspraak bij Huisartsenpraktijk De Linde, Kerkstraat 12.', context: { kanaal: 'facebook' } },
      { tekst: 'Zonder uw moeder te kennen kan ik hier geen advies geven. ’s Avonds kunt u de huisartsenpost bellen via 088-1234567.', context: { kanaal: 'facebook', zichtbaarheid: 'besloten' } },
      { tekst: 'Beste Tom, met toestemming van meneer Bakker stuur ik je via deze beveiligde mail zijn zorgplan.', context: { kanaal: 'email', zichtbaarheid: 'prive' } },
      { tekst: 'Een samengestelde casus, details zijn veranderd: ‘Jeroen’ (45) kampt met een burn-out na een reorganisatie.', context: { kanaal: 'blog' } },
      { tekst: 'Sinds Michael J. Fox vertelde over zijn parkinson krijg ik er veel vragen over. Tijd voor een uitleg.', context: { kanaal: 'twitter' } },
      { tekst: 'Boekentip: ‘Het lichaam onthoudt alles’ van Bessel van der Kolk. Verplichte kost bij traumawerk.', context: { kanaal: 'twitter' } },
      { tekst: 'Beste familie De Graaf, de bewonersavond is op dinsdag om 19.00 uur.', context: { kanaal: 'email', zichtbaarheid: 'prive' } },
      { tekst: 'Vragen? Bel 030-1234567 op werkdagen.', context: { kanaal: 'facebook' } },
    ],
  },
};
