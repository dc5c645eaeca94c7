import { describe, expect, it } from 'vitest';
import type { CheckContext, ItemLabel } from '../src/types.js';
import { run, type GivenSpan } from './rules-helpers.js';

/**
 * The cases the source documents describe, retold in our own words, with the judgement the sources give.
 * Names and health facts are passed as spans so these tests pin down the rules, not the recognisers.
 */
interface Bronzaak {
  naam: string;
  bron: string;
  tekst: string;
  context: CheckContext;
  spans?: GivenSpan[];
  verwacht: ItemLabel[];
  nietVerwacht?: ItemLabel[];
}

const uit = (kanaal: CheckContext['kanaal'], zichtbaarheid?: CheckContext['zichtbaarheid']): CheckContext => ({
  kanaal,
  ...(zichtbaarheid ? { zichtbaarheid } : {}),
  richting: 'uitgaand',
});
const binnen = (kanaal: CheckContext['kanaal']): CheckContext => ({ kanaal, richting: 'inkomend' });

const ZAKEN: Bronzaak[] = [
  {
    naam: 'verpleegkundige tweet over een nieuwe patiënt met tbs die "geen lieverdje" is',
    bron: 'V&VN, NBC 2.10 (casus)',
    tekst: 'Morgen krijgen we een nieuwe man op de afdeling, meneer Bram Bandiet, hij komt voor een operatie en heeft tbs. Geen lieverdje dus! Spannend.',
    context: uit('twitter'),
    spans: [['PERSOON', 'Bram Bandiet'], ['GEZONDHEID', 'tbs']],
    verwacht: ['herleidbaar', 'gezondheidsgegevens', 'denigrerend'],
  },
  {
    naam: 'verzorgende zet een foto op Facebook van een collega die een naakte, onwillige bewoner wast',
    bron: 'V&VN, NBC 2.10 (casus)',
    tekst: 'Haha kijk, mijn collega probeert meneer te wassen maar hij is boos en wil echt niet 😂 foto van vanmiddag op de afdeling',
    context: uit('facebook', 'besloten'),
    verwacht: ['beeldmateriaal', 'denigrerend'],
  },
  {
    naam: 'ook met toestemming: foto van een bewoner online is niet de bedoeling',
    bron: 'V&VN, NBC 2.10',
    tekst: 'Met toestemming van de familie: een foto van onze bewoner bij zijn verjaardagstaart 🎂',
    context: uit('facebook', 'openbaar'),
    verwacht: ['beeldmateriaal'],
  },
  {
    naam: 'wondfoto naar de wondverpleegkundige via een berichtenapp',
    bron: 'V&VN, NBC 2.10 (uitzondering wondfoto)',
    tekst: 'Hoi, hier de foto van de wond op de rug van de zorgvrager. Welk verband raad je aan?',
    context: uit('whatsapp'),
    verwacht: ['onveilig-kanaal'],
    nietVerwacht: ['beeldmateriaal', 'herleidbaar'],
  },
  {
    naam: 'wondfoto via het afgeschermde systeem van de instelling',
    bron: 'V&VN, NBC 2.10 (uitzondering wondfoto)',
    tekst: 'Beste collega, de foto van de wond staat in het beveiligde dossier. Wil je ernaar kijken?',
    context: uit('email'),
    verwacht: [],
  },
  {
    naam: 'tweet over de zorg voor de "oude zeurpiet nr. 1" die de zoon herkent',
    bron: 'V&VN, art. 4 (casus)',
    tekst: 'Baal ervan: vandaag weer de zorg voor de grootste zeurpiet van de afdeling.',
    context: uit('twitter'),
    verwacht: ['denigrerend'],
  },
  {
    naam: 'verpleegkundige zoekt na ontslag privé contact met een oud-zorgvrager',
    bron: 'V&VN, NBC 2.12 (tuchtzaak)',
    tekst: 'Hoi Sanne, fijn dat je weer thuis bent! Zullen we binnenkort samen iets drinken?',
    context: uit('facebook-bericht'),
    spans: [['PERSOON', 'Sanne']],
    verwacht: ['persoonlijke-relatie'],
  },
  {
    naam: 'kritiek op een collega via Twitter in plaats van persoonlijk',
    bron: 'V&VN, NBC 3.6; KNMG aanbeveling 7',
    tekst: 'Collega Joris heeft weer eens de overdracht verprutst. Ik snap niet dat de leiding dit pikt.',
    context: uit('twitter'),
    spans: [['PERSOON', 'Joris']],
    verwacht: ['klacht-openbaar'],
    nietVerwacht: ['herleidbaar'],
  },
  {
    naam: 'verpleegkundige meldt op Facebook dat een bekende in zijn ziekenhuis is behandeld (tuchtzaak)',
    bron: 'KNMG aanbeveling 2 en 9 (RTG Eindhoven 2014)',
    tekst: 'Raad eens wie er gisteren bij ons op de afdeling lag: onze buurman Gerard! Gelukkig mag hij alweer naar huis.',
    context: uit('facebook', 'besloten'),
    spans: [['PERSOON', 'Gerard']],
    verwacht: ['herleidbaar'],
  },
  {
    naam: 'geanonimiseerde thoraxfoto op Twitter',
    bron: 'KNMG aanbeveling 7 (voorbeeld)',
    tekst: 'Mooie thoraxfoto van vannacht, geanonimiseerd uiteraard. Wie ziet de klaplong?',
    context: uit('twitter'),
    spans: [['GEZONDHEID', 'klaplong']],
    verwacht: ['beeldmateriaal'],
  },
  {
    naam: 'psychiater geeft algemene informatie over dieet bij ADHD aan twitterende ouders',
    bron: 'KNMG aanbeveling 3 (voorbeeld)',
    tekst: 'Een dieet bij ADHD werkt alleen samen met vaste eetmomenten en gedragsaanpak. Overleg met jullie behandelaar.',
    context: uit('twitter'),
    verwacht: [],
  },
  {
    naam: 'arts geeft een onbekende online een individueel advies',
    bron: 'KNMG aanbeveling 3; NIP/NVvP (adviesvraag van een onbekende)',
    tekst: '@hoofdpijn_hanna dat is waarschijnlijk gewoon spanningshoofdpijn, niks aan de hand. Neem twee tabletten paracetamol.',
    context: uit('twitter'),
    verwacht: ['individueel-advies'],
  },
  {
    naam: 'patiënt vraagt via Facebook de uitslag en meldt strandfoto’s van de arts te hebben gevonden',
    bron: 'KNMG aanbeveling 3.2 (voorbeeld)',
    tekst: 'Dokter, ik kan dinsdag niet op de poli komen. Wilt u de uitslag van het onderzoek alvast hier sturen? Ik heb trouwens foto’s van u op het strand gevonden 😉',
    context: binnen('facebook-bericht'),
    verwacht: ['persoonlijke-relatie'],
    nietVerwacht: ['onveilig-kanaal'],
  },
  {
    naam: 'cliënt mailt met suïcidale uitingen: analoog ingrijpen',
    bron: 'NIP/NVvP (e-mail en WhatsApp)',
    tekst: 'Ik zie het niet meer zitten. Ik wil niet meer leven en heb er vannacht over nagedacht hoe.',
    context: binnen('email'),
    verwacht: ['crisis'],
  },
  {
    naam: 'therapeut antwoordt per WhatsApp inhoudelijk op therapie',
    bron: 'NIP/NVvP (e-mail en WhatsApp)',
    tekst: 'Hoi Lotte, wat je vertelde over je angst in de trein herken ik uit onze sessies; laten we dat verder uitdiepen.',
    context: uit('whatsapp'),
    spans: [['PERSOON', 'Lotte'], ['GEZONDHEID', 'angst']],
    verwacht: ['onveilig-kanaal', 'herleidbaar', 'gezondheidsgegevens'],
  },
  {
    naam: 'psycholoog reageert op een negatieve review met details uit de behandeling',
    bron: 'NIP/NVvP (Zorgkaart Nederland)',
    tekst: 'Meneer vergeet te vermelden dat hij zijn medicatie niet innam en de helft van de sessies miste.',
    context: uit('zorgkaart-reactie'),
    verwacht: ['herleidbaar'],
  },
  {
    naam: 'hulpverlener plaatst een bericht op de tijdlijn van een cliënt',
    bron: 'Zakelijk account (geen berichten op de tijdlijn van een cliënt)',
    tekst: '@Ruben_K goed gedaan vandaag, tot onze volgende sessie!',
    context: uit('twitter'),
    spans: [['PERSOON', 'Ruben_K']],
    verwacht: ['herleidbaar'],
  },
  {
    naam: 'vriendschapsverzoek van een cliënt vriendelijk afwijzen mag',
    bron: 'KNMG aanbeveling 3.2; zakelijk account',
    tekst: 'Hoi Mira, ik zag je verzoek. Omdat ik je hulpverlener ben, word ik liever geen vrienden op Facebook. We bespreken het donderdag.',
    context: uit('facebook-bericht'),
    spans: [['PERSOON', 'Mira']],
    verwacht: [],
  },
  {
    naam: 'wijkteam mailt de werkgever over de psychische klachten van een cliënt',
    bron: 'RVS (beroepsgeheim, doelbinding)',
    tekst: 'Geachte werkgever, mevrouw K. verzuimt omdat zij een burn-out heeft en schulden. Houdt u daar rekening mee?',
    context: uit('email'),
    spans: [['PERSOON', 'K.'], ['GEZONDHEID', 'burn-out']],
    verwacht: ['herleidbaar', 'gezondheidsgegevens', 'onveilig-kanaal'],
  },
  {
    naam: 'arts blaast stoom af na een zware dienst zonder herleidbare details',
    bron: 'KNMG aanbeveling 7',
    tekst: 'Pittige nachtdienst achter de rug. Trots op het team. Nu slapen.',
    context: uit('twitter'),
    verwacht: [],
  },
];

describe('regressie: casussen uit de bronnen', () => {
  it.each(ZAKEN.map((z) => [z.naam, z] as const))('%s', (_naam, z) => {
    const r = run(z.tekst, z.context, z.spans);
    for (const l of z.verwacht) expect(r.labels, `${z.bron}: verwacht ${l}`).toContain(l);
    if (z.verwacht.length === 0) expect(r.labels).toEqual([]);
    for (const l of z.nietVerwacht ?? []) expect(r.labels).not.toContain(l);
    for (const f of r.findings) expect(f.norms.length).toBeGreaterThan(0);
  });
});
