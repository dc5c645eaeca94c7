import type { Doelgroep, Norm } from '../types.js';

/**
 * Article on liking clients' posts ("Like ik berichten van mijn cliënten?"): the debate about befriending clients on Facebook,
 * the experts' advice, and the box on setting up a business account. Paraphrased.
 */
const bron = '002_4b5ea684562cd2bf.txt' as const;
const beroepen: Doelgroep[] = ['verpleegkundige', 'sociaal-werker', 'jeugdzorgwerker', 'wijkteamlid'];
const art = 'Artikel “Like ik berichten van mijn cliënten …?”';
const kader = `${art}, kader over het inrichten van een zakelijk account`;

export const ZAKELIJK: Norm[] = [
  {
    id: 'zakelijk.geen-vriendschap-client',
    bron,
    plaats: `${art}, discussie en paragraaf Waarom niet?`,
    beroepen,
    titel: 'Voeg cliënten niet toe aan je privéaccount',
    samenvatting:
      'Een cliënt als vriend op je persoonlijke Facebook stelt ook je vrienden en familie aan die cliënt bloot, laat anderen meelezen met reacties en maakt je schijnbaar dag en nacht bereikbaar. Collega’s vonden het ongewenst; de experts raden het af.',
    trefwoorden: ['facebook', 'vriendschap', 'privéaccount', 'bereikbaarheid', 'liken'],
  },
  {
    id: 'zakelijk.afspraken-medium',
    bron,
    plaats: `${art}, paragraaf Waarom wel?`,
    beroepen,
    titel: 'Maak samen afspraken over het medium',
    samenvatting:
      'Social media kunnen het contact laagdrempelig maken, vooral met jongeren. Voorwaarde is dat je helder bent en samen met de cliënt afspreekt hoe jullie het kanaal gebruiken.',
    trefwoorden: ['afspraken', 'jongeren', 'whatsapp', 'laagdrempelig'],
  },
  {
    id: 'zakelijk.niet-stiekem-volgen',
    bron,
    plaats: `${art}, paragraaf Waarom wel?`,
    beroepen,
    titel: 'Bekijk profielen van cliënten niet buiten hun medeweten',
    samenvatting:
      'Het ongevraagd bekijken van de Facebook- of Twitterpagina van een cliënt om zijn gedrag te volgen is onethisch als je het niet bespreekt. Maak vooraf duidelijk dat het bij de hulpverlening hoort; anders kun je de informatie ook niet eerlijk gebruiken.',
    trefwoorden: ['profiel bekijken', 'monitoren', 'transparantie'],
  },
  {
    id: 'zakelijk.protocol',
    bron,
    plaats: `${art}, paragraaf Waarom niet?`,
    beroepen,
    titel: 'Werk met een protocol van de instelling',
    samenvatting:
      'Contact met cliënten via social media valt onder de privacyregels en vraagt om een protocol van de instelling. Ontbreekt dat, wees dan terughoudend: bij een conflict of klacht sta je anders zwak.',
    trefwoorden: ['protocol', 'privacywet', 'instelling'],
  },
  {
    id: 'zakelijk.account',
    bron,
    plaats: kader,
    beroepen,
    titel: 'Gebruik een apart zakelijk account voor cliëntcontact',
    samenvatting:
      'Wil je via Facebook, Twitter of WhatsApp contact met cliënten, maak dan een zakelijk account dat alleen daarvoor dient, met eigen spelregels.',
    trefwoorden: ['zakelijk account', 'facebook', 'whatsapp', 'twitter'],
  },
  {
    id: 'zakelijk.account.bereikbaarheid',
    bron,
    plaats: kader,
    beroepen,
    titel: 'Vermeld wanneer je bereikbaar bent',
    samenvatting: 'Zet op het zakelijke account op welke dagen en tijden je beschikbaar bent.',
    onderdeelVan: 'zakelijk.account',
    trefwoorden: ['bereikbaarheid', 'werktijden'],
  },
  {
    id: 'zakelijk.account.algemene-berichten',
    bron,
    plaats: kader,
    beroepen,
    titel: 'Alleen algemene berichten op je tijdlijn',
    samenvatting: 'Plaats op de tijdlijn uitsluitend algemene berichten die voor meer cliënten interessant zijn.',
    onderdeelVan: 'zakelijk.account',
    trefwoorden: ['tijdlijn', 'algemeen'],
  },
  {
    id: 'zakelijk.account.prive-berichten',
    bron,
    plaats: kader,
    beroepen,
    titel: 'Privéberichten alleen voor praktische zaken',
    samenvatting:
      'Contact met een cliënt loopt alleen via privéberichten en gaat dan over praktische zaken, zoals een herinnering aan de afspraak. Inhoudelijke gesprekken over de hulpverlening voer je niet via zo’n platform: het is onvoldoende veilig en strijdig met de privacywet.',
    onderdeelVan: 'zakelijk.account',
    trefwoorden: ['privébericht', 'praktisch', 'afspraak', 'inhoudelijk'],
  },
  {
    id: 'zakelijk.account.geen-tijdlijn-client',
    bron,
    plaats: kader,
    beroepen,
    titel: 'Niets op de tijdlijn van een cliënt',
    samenvatting:
      'Plaats geen berichten op de tijdlijn van een cliënt en volg cliënten niet zomaar op Twitter: hun contacten kunnen daaruit opmaken dat ze hulp krijgen.',
    onderdeelVan: 'zakelijk.account',
    trefwoorden: ['tijdlijn', 'volgen', 'herleidbaar'],
  },
];
