import type { Doelgroep, Norm } from '../types.js';

/**
 * KNMG guide "Artsen en social media" (2017 edition): nine recommendations, their sub-points, the netiquette
 * and the disciplinary case it mentions. Paraphrased in the project's own words.
 */
const bron = '003_af71d4cb414cffa6.txt' as const;
const beroepen: Doelgroep[] = ['arts', 'student'];

export const KNMG: Norm[] = [
  {
    id: 'knmg-2017.aanbeveling-1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 1',
    beroepen,
    titel: 'Benut de kansen van social media',
    samenvatting:
      'Social media zijn een vast onderdeel van de zorg geworden en kunnen de kwaliteit van zorg verbeteren: kennis delen, voorlichten, een netwerk opbouwen en de drempel naar de arts verlagen. De KNMG moedigt verstandig gebruik aan.',
    trefwoorden: ['kansen', 'voorlichting', 'netwerk', 'youtube', 'zorgkaart'],
  },
  {
    id: 'knmg-2017.aanbeveling-1.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 1, eerste punt',
    beroepen,
    titel: 'Zet social media in voor betere zorg',
    samenvatting:
      'Gebruik social media om medische kennis te verspreiden, te horen wat patiënten bezighoudt en je dienstverlening te verbeteren, bijvoorbeeld met voorlichtingsfilmpjes of door te reageren op wat over je praktijk wordt gezegd.',
    onderdeelVan: 'knmg-2017.aanbeveling-1',
    trefwoorden: ['kennis delen', 'voorlichting', 'reputatie'],
  },
  {
    id: 'knmg-2017.aanbeveling-1.informatie-verifieren',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), toelichting bij aanbeveling 1',
    beroepen,
    titel: 'Controleer online gevonden patiëntinformatie bij de patiënt',
    samenvatting:
      'Wat je online over een patiënt tegenkomt is openbaar en mag je gebruiken, maar het komt niet rechtstreeks van de patiënt. Het kan verouderd zijn of door iemand anders geplaatst; ga daarom bij de patiënt zelf na of het klopt.',
    onderdeelVan: 'knmg-2017.aanbeveling-1',
    trefwoorden: ['googelen', 'openbare informatie', 'verifiëren'],
  },
  {
    id: 'knmg-2017.aanbeveling-2',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 2',
    beroepen,
    titel: 'Garandeer vertrouwelijkheid',
    samenvatting:
      'Het medisch beroepsgeheim en de privacyregels gelden online net zo goed als in de spreekkamer. Wie ze schendt, riskeert een tuchtklacht, een boete van de Autoriteit Persoonsgegevens, een schadeclaim of strafvervolging, en schaadt het vertrouwen in de beroepsgroep.',
    trefwoorden: ['beroepsgeheim', 'privacy', 'vertrouwelijkheid', 'tuchtrecht', 'AP'],
  },
  {
    id: 'knmg-2017.aanbeveling-2.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 2.1',
    beroepen,
    titel: 'Houd je aan beroepsgeheim en privacyregels',
    samenvatting:
      'Post nooit iets wat naar een individuele patiënt te herleiden is. Een casus bespreek je alleen geanonimiseerd of met toestemming; die toestemming telt pas als de patiënt weet wat er geplaatst wordt en wie het kan lezen.',
    onderdeelVan: 'knmg-2017.aanbeveling-2',
    trefwoorden: ['beroepsgeheim', 'casus', 'toestemming', 'anonimiseren'],
  },
  {
    id: 'knmg-2017.aanbeveling-2.2',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 2.2',
    beroepen,
    titel: 'Garandeer anonimiteit; publiceer niets herleidbaars',
    samenvatting:
      'Herleidbare informatie over een patiënt mag alleen naar buiten met diens schriftelijke, gerichte toestemming. Let ook op wat al online over de patiënt te vinden is: in combinatie daarmee kan een ogenschijnlijk anonieme casus toch herkenbaar worden, zeker als bekend is welke arts of welk ziekenhuis het plaatst.',
    onderdeelVan: 'knmg-2017.aanbeveling-2',
    trefwoorden: ['herleidbaar', 'anonimiteit', 'foto', 'casus', 'ziekenhuisnaam'],
  },
  {
    id: 'knmg-2017.aanbeveling-2.beveiligd-kanaal',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), toelichting bij aanbeveling 2',
    beroepen,
    titel: 'Uitslagen alleen via een beveiligd kanaal',
    samenvatting:
      'Laboratoriumuitslagen en andere persoonlijke medische informatie stuur je niet via social media. Wil je ze elektronisch doorgeven, gebruik dan een beveiligd kanaal zoals een patiëntenportaal.',
    onderdeelVan: 'knmg-2017.aanbeveling-2',
    trefwoorden: ['uitslag', 'patiëntenportaal', 'beveiligd', 'laboratorium'],
  },
  {
    id: 'knmg-2017.aanbeveling-2.privacy-instellingen',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), toelichting bij aanbeveling 2.2',
    beroepen,
    titel: 'Gebruik privacy-instellingen en controleer je profiel',
    samenvatting:
      'Zet de privacy-instellingen van je accounts aan, maar besef dat ze geen volledige bescherming bieden en dat wat online staat blijft bestaan. Kijk geregeld (bijvoorbeeld om de paar maanden) of wat er over jou en door jou over anderen online staat nog klopt.',
    onderdeelVan: 'knmg-2017.aanbeveling-2',
    trefwoorden: ['privacy-instellingen', 'settings', 'profiel'],
  },
  {
    id: 'knmg-2017.aanbeveling-3',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 3',
    beroepen,
    titel: 'Geen vrienden met patiënten',
    samenvatting:
      'Online contact met patiënten is welkom, maar dan als professional en niet als privépersoon. Een professionele pagina waarop patiënten algemene vragen stellen kan goed; persoonlijke online vriendschappen met patiënten niet.',
    trefwoorden: ['vriendschap', 'facebook', 'grenzen', 'professionele pagina'],
  },
  {
    id: 'knmg-2017.aanbeveling-3.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 3.1',
    beroepen,
    titel: 'Scheid persoonlijk en professioneel gebruik',
    samenvatting:
      'Houd je privé- en beroepsmatige aanwezigheid op social media zo goed mogelijk uit elkaar en maak die scheiding zichtbaar, bijvoorbeeld met een aparte professionele pagina. Eén identiteit voor beide is niet verboden, maar vergroot de kans dat zakelijk en persoonlijk door elkaar lopen.',
    onderdeelVan: 'knmg-2017.aanbeveling-3',
    trefwoorden: ['scheiding', 'twee accounts', 'identiteit'],
  },
  {
    id: 'knmg-2017.aanbeveling-3.2',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 3.2',
    beroepen,
    titel: 'Vermijd online persoonlijke relaties met (oud-)patiënten',
    samenvatting:
      'Krijg je een vriendschapsverzoek van een patiënt, laat dan vriendelijk weten dat artsen geen online vriendschappen met patiënten aangaan. Zo voorkom je grensoverschrijding en klachten; laat patiënten niet toe tot je persoonlijke netwerken.',
    onderdeelVan: 'knmg-2017.aanbeveling-3',
    trefwoorden: ['vriendschapsverzoek', 'oud-patiënt', 'grensoverschrijding'],
  },
  {
    id: 'knmg-2017.aanbeveling-3.3',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 3.3',
    beroepen,
    titel: 'Informeer patiënten vooraf over online contact',
    samenvatting:
      'Wie zorg via internet aanbiedt, moet onder meer naam, adressen, BIG-titel en BIG-nummer vermelden. Waarschuw patiënten dat persoonlijke details die zij online delen door anderen gezien kunnen worden, bijvoorbeeld met een duidelijke disclaimer.',
    onderdeelVan: 'knmg-2017.aanbeveling-3',
    trefwoorden: ['disclaimer', 'BIG-registratie', 'informatieplicht'],
  },
  {
    id: 'knmg-2017.aanbeveling-3.algemeen-advies',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), toelichting bij aanbeveling 3',
    beroepen,
    titel: 'Op open media alleen algemeen advies',
    samenvatting:
      'Op een open platform kun je algemene gezondheidsvragen beantwoorden, ook zonder behandelrelatie. Zonder voldoende betrouwbare gegevens over de patiënt geef je geen individueel advies; maak dat vooraf duidelijk.',
    onderdeelVan: 'knmg-2017.aanbeveling-3',
    trefwoorden: ['algemeen advies', 'individueel advies', 'disclaimer', 'twitter'],
  },
  {
    id: 'knmg-2017.aanbeveling-4',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 4',
    beroepen,
    titel: 'Onderscheid wat openbaar is en wat privé',
    samenvatting:
      'Wat je online over je privéleven zet is in feite openbaar, verspreidt zich snel en is lastig te verwijderen. Ook daar gelden de gedragsregels voor artsen.',
    trefwoorden: ['openbaar', 'privé', 'gedragsregels'],
  },
  {
    id: 'knmg-2017.aanbeveling-4.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 4, eerste punt',
    beroepen,
    titel: 'Zeg online niets wat je niet ook in het openbaar zou zeggen',
    samenvatting:
      'Toets een bericht aan de vraag of je het ook hardop bij de koffieautomaat of in een landelijk nieuwsprogramma zou zeggen. Zo niet, plaats het dan niet.',
    onderdeelVan: 'knmg-2017.aanbeveling-4',
    trefwoorden: ['koffieautomaat', 'journaal', 'uitspraken'],
  },
  {
    id: 'knmg-2017.aanbeveling-4.doel-account',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling bij aanbeveling 4',
    beroepen,
    titel: 'Bepaal het doel van een account en beperk het bereik',
    samenvatting:
      'Bedenk vóór je een account aanmaakt of het privé of (ook) professioneel is. Gebruik de middelen die platforms bieden om het publiek te beperken, zoals afgeschermde tweets, besloten groepen en een privé-account.',
    onderdeelVan: 'knmg-2017.aanbeveling-4',
    trefwoorden: ['slotje', 'besloten groep', 'privé-account', 'instagram'],
  },
  {
    id: 'knmg-2017.aanbeveling-5',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 5',
    beroepen,
    titel: 'Denk aan de reikwijdte',
    samenvatting:
      'Een bericht op social media kan een enorm publiek bereiken; dat is nuttig voor voorlichting en discussie, maar vraagt om bezinning op wie het allemaal kan lezen.',
    trefwoorden: ['reikwijdte', 'bereik', 'hashtag', 'blog'],
  },
  {
    id: 'knmg-2017.aanbeveling-5.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 5, eerste punt',
    beroepen,
    titel: 'Vraag je af wie je bericht kan lezen',
    samenvatting:
      'Ook met strenge privacy-instellingen blijft informatie bereikbaar voor bedrijven en zoekmachines, en er bestaat bijna altijd ergens een kopie. Een hashtag vergroot het bereik ver voorbij je volgers, en berichten kunnen uit hun verband in het nieuws belanden. Wat niemand mag zien, zet je niet online.',
    onderdeelVan: 'knmg-2017.aanbeveling-5',
    trefwoorden: ['hashtag', 'zoekmachine', 'kopie', 'nieuws'],
  },
  {
    id: 'knmg-2017.aanbeveling-6',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 6',
    beroepen,
    titel: 'Toon respect',
    samenvatting:
      'Op social media telt persoonlijkheid, maar een arts blijft ook daar respectvol. De gedragsregels voor artsen en de netiquette geven houvast.',
    trefwoorden: ['respect', 'netiquette', 'toon'],
  },
  {
    id: 'knmg-2017.aanbeveling-6.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 6.1',
    beroepen,
    titel: 'Volg de algemene internetomgangsregels',
    samenvatting:
      'Houd je aan de ongeschreven regels van het internet en van het platform. Op Twitter betekent dat onder meer: een eerlijk profiel, ook reageren in plaats van alleen zenden, bronnen vermelden en geen reclame of spam.',
    onderdeelVan: 'knmg-2017.aanbeveling-6',
    trefwoorden: ['netiquette', 'twitter', 'bio', 'bronvermelding', 'spam'],
  },
  {
    id: 'knmg-2017.aanbeveling-6.2',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 6.2',
    beroepen,
    titel: 'Geen ongepaste of ongefundeerde uitlatingen',
    samenvatting:
      'Laat ongepaste of ongefundeerde opmerkingen over patiënten, collega’s en je werkgever achterwege. Ze kunnen iemands goede naam schaden en leiden tot een claim wegens smaad of laster, een tuchtzaak of schade aan je eigen carrière.',
    onderdeelVan: 'knmg-2017.aanbeveling-6',
    trefwoorden: ['smaad', 'laster', 'kritiek', 'collega', 'werkgever'],
  },
  {
    id: 'knmg-2017.aanbeveling-7',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 7',
    beroepen,
    titel: 'Spreek je collega aan',
    samenvatting:
      'Door een collega te wijzen op een onverstandig bericht bescherm je hem tegen de gevolgen. Artsen volgen elkaar online en corrigeren elkaar vaak al; dat zelfreinigend vermogen is waardevol.',
    trefwoorden: ['collega', 'aanspreken', 'zelfreinigend'],
  },
  {
    id: 'knmg-2017.aanbeveling-7.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 7.1',
    beroepen,
    titel: 'Wijs een collega op onprofessioneel gebruik',
    samenvatting:
      'Zie je een collega patiëntinformatie openbaar maken of zich onprofessioneel gedragen, waarschuw hem dan eerst zelf, beleefd en discreet, bijvoorbeeld met een privébericht, sms of telefoontje, voordat je andere stappen zet.',
    onderdeelVan: 'knmg-2017.aanbeveling-7',
    trefwoorden: ['privébericht', 'waarschuwen', 'collega'],
  },
  {
    id: 'knmg-2017.aanbeveling-7.2',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 7.2',
    beroepen,
    titel: 'Bespreek kritiek persoonlijk, niet in het openbaar',
    samenvatting:
      'Kritiek op hoe een collega social media gebruikt bespreek je eerst met die collega zelf en niet via een openbare reactie, zoals de gedragsregels voor artsen ook voor andere kritiek voorschrijven.',
    onderdeelVan: 'knmg-2017.aanbeveling-7',
    trefwoorden: ['kritiek', 'openbaar', 'collega'],
  },
  {
    id: 'knmg-2017.aanbeveling-8',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 8',
    beroepen,
    titel: 'Volg de gedragsregels van je werkgever',
    samenvatting:
      'Ziekenhuizen en universiteiten hebben vaak regels voor social media, e-mail en internet, soms gebaseerd op een modelregeling van de toezichthouder. Leef die na om problemen met je organisatie te voorkomen.',
    trefwoorden: ['werkgever', 'gedragsregels', 'e-mail', 'internetregeling'],
  },
  {
    id: 'knmg-2017.aanbeveling-8.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 8, eerste punt',
    beroepen,
    titel: 'Ken en volg het social-mediabeleid van je instelling',
    samenvatting:
      'De regels van je werkgever gelden voor social media én voor e-mail- en internetgebruik in het algemeen, ook voor studenten in opleiding.',
    onderdeelVan: 'knmg-2017.aanbeveling-8',
    trefwoorden: ['beleid', 'instelling', 'student'],
  },
  {
    id: 'knmg-2017.aanbeveling-9',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 9',
    beroepen,
    titel: 'Let op disciplinaire risico’s',
    samenvatting:
      'De grens tussen werk en privé vervaagt: ook als je op persoonlijke titel twittert, zien anderen je als arts. Onprofessioneel gedrag online kan tot maatregelen van je werkgever leiden.',
    trefwoorden: ['werkgever', 'disciplinair', 'sollicitatie'],
  },
  {
    id: 'knmg-2017.aanbeveling-9.1',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), aanbeveling 9, eerste punt',
    beroepen,
    titel: 'Je (toekomstige) werkgever kijkt mee',
    samenvatting:
      'Huidige en toekomstige werkgevers kunnen zien wat je online zet, zeker als je kritisch over je organisatie schrijft. Overweeg afgeschermde berichten of twee accounts: een openbaar zakelijk en een besloten privé-account.',
    onderdeelVan: 'knmg-2017.aanbeveling-9',
    trefwoorden: ['werkgever', 'twee accounts', 'slotje'],
  },
  {
    id: 'knmg-2017.netiquette',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), kader Nettiquette bij aanbeveling 6',
    beroepen,
    titel: 'Netiquette: tien omgangsregels voor online gedrag',
    samenvatting:
      'De handreiking geeft tien algemene omgangsregels voor internet die samen met de gedragsregels voor artsen houvast bieden voor fatsoenlijk gedrag online.',
    onderdeelVan: 'knmg-2017.aanbeveling-6',
    trefwoorden: ['netiquette', 'etiquette', 'omgangsregels'],
  },
  ...(
    [
      ['mens-achter-scherm', 'Denk aan de mens achter het scherm', 'Onthoud dat er een echt mens leest wat je schrijft.'],
      ['zelfde-standaard', 'Zelfde gedrag online als offline', 'Hanteer online dezelfde fatsoensnormen als daarbuiten.'],
      ['toon-omgeving', 'Pas je toon aan de omgeving aan', 'Kijk waar je bent op internet en stem je toon af op dat platform en publiek.'],
      ['tijd-bandbreedte', 'Respecteer andermans tijd', 'Verspil de tijd en aandacht van anderen niet met overbodige berichten.'],
      ['goede-presentatie', 'Presenteer jezelf goed', 'Zorg dat je online een verzorgde indruk maakt.'],
      ['kennis-delen', 'Deel je deskundigheid', 'Stel je vakkennis beschikbaar aan anderen.'],
      ['flames', 'Help ruzies te dempen', 'Draag bij aan het beheersen van vijandige discussies en laat emoties niet de overhand krijgen.'],
      ['privacy-anderen', 'Respecteer andermans privacy', 'Ga zorgvuldig om met wat je over anderen weet en plaatst.'],
      ['geen-machtsmisbruik', 'Misbruik je positie niet', 'Gebruik je macht of deskundigheid niet om anderen te overvleugelen.'],
      ['fouten-vergeven', 'Vergeef anderen hun fouten', 'Reageer mild op vergissingen van anderen.'],
    ] as const
  ).map(
    ([deel, titel, samenvatting], i): Norm => ({
      id: `knmg-2017.netiquette.${deel}`,
      bron,
      plaats: `KNMG-handreiking Artsen en social media (2017), kader Nettiquette, regel ${i + 1}`,
      beroepen,
      titel,
      samenvatting,
      onderdeelVan: 'knmg-2017.netiquette',
      trefwoorden: ['netiquette'],
    }),
  ),
  {
    id: 'knmg-2017.tuchtrecht.rtg-eindhoven-2014',
    bron,
    plaats: 'KNMG-handreiking Artsen en social media (2017), toelichting bij aanbeveling 2 (uitspraak RTG Eindhoven 2014, ECLI:NL:TGZREIN:2014:101)',
    beroepen: ['arts', 'verpleegkundige', 'student'],
    titel: 'Tuchtuitspraak: waarschuwing voor Facebookbericht over opname patiënt',
    samenvatting:
      'Een verpleegkundige kreeg van het regionaal tuchtcollege een waarschuwing omdat hij op Facebook liet blijken dat een bepaalde patiënt in zijn ziekenhuis was behandeld. Alleen al het feit dat iemand patiënt is valt onder het beroepsgeheim.',
    onderdeelVan: 'knmg-2017.aanbeveling-2',
    trefwoorden: ['tuchtrecht', 'waarschuwing', 'facebook', 'beroepsgeheim'],
  },
];
