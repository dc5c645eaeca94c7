import type { Doelgroep, Norm } from '../types.js';

/**
 * Article on the professional ethics of online activity in mental health care, read against the codes of the
 * NIP (psychologists) and the NVvP (psychiatrists). Guidance per medium and theme, paraphrased.
 */
const bron = '000_5d20bc3ec9fcd0d7.txt' as const;
const beroepen: Doelgroep[] = ['psycholoog', 'psychotherapeut', 'psychiater'];
const art = 'Artikel online beroepsethiek ggz (NIP/NVvP)';

interface Item {
  id: string;
  sectie: string;
  titel: string;
  samenvatting: string;
  onderdeelVan?: string;
  trefwoorden?: string[];
}

const items: Item[] = [
  {
    id: 'ggz.online-is-beroepsmatig',
    sectie: 'inleiding',
    titel: 'Online optreden als hulpverlener is beroepsmatig handelen',
    samenvatting:
      'Alles wat je online doet in je rol als hulpverlener, of waarin je als hulpverlener herkend wordt, valt onder je beroepscode. Digitaal contact met cliënten hoort bij de professionele relatie; wees voorzichtig met nieuwe toepassingen.',
    trefwoorden: ['beroepscode', 'NIP', 'NVvP', 'digitale communicatie'],
  },
  {
    id: 'ggz.email-whatsapp',
    sectie: 'E-mail en WhatsApp',
    titel: 'E-mail en WhatsApp met cliënten',
    samenvatting:
      'Elektronisch contact kan passen in de behandeling, van een verzette afspraak tot een inhoudelijke dialoog, maar brengt risico’s voor privacy en vertrouwelijkheid mee. Formuleer zorgvuldig en controleer de geadresseerde.',
    trefwoorden: ['email', 'whatsapp', 'vertrouwelijkheid', 'geadresseerde'],
  },
  {
    id: 'ggz.email-whatsapp.afspraken',
    sectie: 'E-mail en WhatsApp',
    titel: 'Maak vooraf afspraken met de cliënt',
    samenvatting:
      'Bespreek vooraf of mail of WhatsApp geschikt is voor het doel, welke onderwerpen je zo uitwisselt, wanneer de cliënt antwoord kan verwachten, en of hij ermee instemt.',
    onderdeelVan: 'ggz.email-whatsapp',
    trefwoorden: ['afspraken', 'reactietermijn', 'instemming'],
  },
  {
    id: 'ggz.email-whatsapp.beveiligd',
    sectie: 'E-mail en WhatsApp',
    titel: 'Gebruik een voldoende beveiligd medium',
    samenvatting:
      'Ga bij je werkgever na of de mail beveiligd is en versleuteld kan worden; een speciaal beveiligd programma is beter. Een disclaimer onder een bericht beschermt de vertrouwelijkheid niet.',
    onderdeelVan: 'ggz.email-whatsapp',
    trefwoorden: ['versleuteling', 'beveiligd', 'disclaimer', 'encryptie'],
  },
  {
    id: 'ggz.email-whatsapp.dossier',
    sectie: 'E-mail en WhatsApp',
    titel: 'Inhoudelijke berichten horen in het dossier',
    samenvatting: 'Een inhoudelijke uitwisseling per mail of app maakt in principe deel uit van het dossier van de cliënt.',
    onderdeelVan: 'ggz.email-whatsapp',
    trefwoorden: ['dossier', 'verslaglegging'],
  },
  {
    id: 'ggz.client-initieert-contact',
    sectie: 'E-mail en WhatsApp',
    titel: 'Cliënt begint zelf digitaal contact',
    samenvatting:
      'Stuurt een cliënt uit zichzelf een mail of appje, reageer dan niet zomaar, maar bespreek eerst telefonisch of in een sessie of en hoe jullie dit kanaal gebruiken.',
    trefwoorden: ['inkomend bericht', 'kanaalafspraak'],
  },
  {
    id: 'ggz.crisis-analoog',
    sectie: 'E-mail en WhatsApp',
    titel: 'Alarmerende berichten vragen directe actie buiten het scherm',
    samenvatting:
      'Bij een verontrustend bericht, zoals een uiting over suïcide, onderneem je meteen actie via telefoon of persoonlijk contact. Maak daarna opnieuw afspraken over welke berichten via welk kanaal mogen.',
    trefwoorden: ['suïcide', 'crisis', 'acuut', 'bellen'],
  },
  {
    id: 'ggz.grensoverschrijding',
    sectie: 'Grensoverschrijdend gedrag',
    titel: 'Pas op voor grensvervaging in digitaal contact',
    samenvatting:
      'Zonder context en non-verbale signalen ontstaan snel misverstanden, en de informele toon kan verleiden tot te persoonlijke of overhaaste reacties, tot erotische overdracht aan toe.',
    trefwoorden: ['grenzen', 'overdracht', 'misverstand', 'informeel'],
  },
  {
    id: 'ggz.onbekende-adviesvraag',
    sectie: 'Grensoverschrijdend gedrag',
    titel: 'Adviesvraag van een onbekende',
    samenvatting:
      'Wie inhoudelijk antwoordt op een adviesvraag van een onbekende, gaat een professionele relatie aan zonder zicht op de situatie. Verwijs vriendelijk naar een passender kanaal.',
    trefwoorden: ['onbekende', 'potentiële cliënt', 'verwijzen'],
  },
  {
    id: 'ggz.naasten-contact',
    sectie: 'Grensoverschrijdend gedrag',
    titel: 'Naasten die contact zoeken',
    samenvatting:
      'Mailen familie of vrienden van de cliënt, antwoord dan niet inhoudelijk, want dat brengt de vertrouwelijkheid in gevaar. Bespreek het contact met de cliënt en beleg zo nodig een gezamenlijk gesprek.',
    trefwoorden: ['familie', 'naasten', 'gezamenlijke zitting'],
  },
  {
    id: 'ggz.googelen',
    sectie: 'Surfen op internet',
    titel: 'Cliënten googelen',
    samenvatting:
      'Zoek niet uit nieuwsgierigheid naar een cliënt op internet; dat schendt privacy en vertrouwen. Is een zoektocht echt nodig, leg dan uit waarom, vraag toestemming en doe het liefst samen met de cliënt.',
    trefwoorden: ['googelen', 'zoeken', 'informed consent', 'nieuwsgierigheid'],
  },
  {
    id: 'ggz.eigen-naam-googelen',
    sectie: 'Surfen op internet',
    titel: 'Reken erop dat cliënten jou googelen',
    samenvatting:
      'Cliënten mogen jou opzoeken. Kijk af en toe wat er bij je eigen naam verschijnt en laat schadelijke informatie zo mogelijk verwijderen.',
    trefwoorden: ['eigen naam', 'online reputatie'],
  },
  {
    id: 'ggz.reviews',
    sectie: 'Surfen op internet',
    titel: 'Negatieve beoordelingen op waarderingssites',
    samenvatting:
      'Cliënten of naasten kunnen kritische beoordelingen plaatsen op sites als Zorgkaart Nederland. Je beroepsgeheim beperkt hoe je daarop kunt reageren: je mag geen behandelinformatie gebruiken om je te verdedigen.',
    trefwoorden: ['zorgkaart', 'review', 'recensie', 'reputatie'],
  },
  {
    id: 'ggz.blog-client',
    sectie: 'Surfen op internet',
    titel: 'Blogs van cliënten',
    samenvatting:
      'Wees terughoudend met het volgen van blogs waarin cliënten over hun therapie schrijven. Vraagt een cliënt je mee te lezen, lees dan alleen vanuit je behandelrol en bespreek het in de sessies. Schrijven cliënten op uitnodiging op de site van de instelling, spreek dan samen af hoe jullie daarmee omgaan.',
    trefwoorden: ['blog', 'weblog', 'rolvermenging'],
  },
  {
    id: 'ggz.eigen-blog',
    sectie: 'Digitale zelfonthulling',
    titel: 'Zelf bloggen over je vak',
    samenvatting:
      'In een eigen vakblog bewaar je je geheimhouding en voorkom je dat een geanonimiseerde casus herkend wordt; het bereik en de blijvende opslag maken dat extra belangrijk. Blijf binnen je deskundigheid, wees respectvol naar vakgenoten en schrijf over andere onderwerpen op persoonlijke titel.',
    trefwoorden: ['blog', 'casus', 'herkenbaar', 'persoonlijke titel'],
  },
  {
    id: 'ggz.reacties-clienten',
    sectie: 'Digitale zelfonthulling',
    titel: 'Reacties van cliënten op je blog of tweets',
    samenvatting:
      'Hoe je omgaat met lof of kritiek van cliënten op je online bijdragen hangt af van de reactie en de behandelrelatie. Weeg zorgvuldig af; bij lopende behandelingen kan het nodig zijn het in de sessie te bespreken.',
    trefwoorden: ['reactie', 'kritiek', 'blog'],
  },
  {
    id: 'ggz.zelfonthulling',
    sectie: 'Digitale zelfonthulling',
    titel: 'Wees zuinig met digitale zelfonthulling',
    samenvatting:
      'Compromitterende uitspraken of foto’s die online te vinden zijn, kunnen de behandelrelatie en het aanzien van het vak schaden. Voorzichtigheid is geboden.',
    trefwoorden: ['zelfonthulling', 'foto', 'privéleven'],
  },
  {
    id: 'ggz.online-daten',
    sectie: 'Digitale zelfonthulling',
    titel: 'Online daten',
    samenvatting:
      'Op een datingsite kan een cliënt je herkennen, waardoor je onbedoeld gevoelige informatie over jezelf prijsgeeft. Wees voorzichtig met wat je daar laat zien.',
    onderdeelVan: 'ggz.zelfonthulling',
    trefwoorden: ['dating', 'datingapp'],
  },
  {
    id: 'ggz.facebook',
    sectie: 'Facebook',
    titel: 'Facebook',
    samenvatting:
      'Privégebruik mag, maar een hulpverlener moet beter opletten dan de gemiddelde gebruiker: je wordt ook privé als hulpverlener gezien en je gedrag beïnvloedt het vertrouwen in het vak. Wees uiterst voorzichtig met alles uit cliëntcontacten.',
    trefwoorden: ['facebook', 'privégebruik'],
  },
  {
    id: 'ggz.facebook.geen-vrienden',
    sectie: 'Facebook',
    titel: 'Geen Facebookvriendschap met (naasten van) cliënten',
    samenvatting:
      'Nodig (oud-)cliënten, hun naasten, studenten of supervisanten niet uit als vriend en accepteer hun verzoeken niet. Een korte uitleg bij de weigering kan wel.',
    onderdeelVan: 'ggz.facebook',
    trefwoorden: ['vriendschapsverzoek', 'supervisant', 'rolvermenging'],
  },
  {
    id: 'ggz.facebook.geen-verzuchtingen',
    sectie: 'Facebook',
    titel: 'Geen verzuchtingen over cliënten',
    samenvatting: 'Klagen over lastige cliënten hoort niet op Facebook, ook niet op een privéprofiel.',
    onderdeelVan: 'ggz.facebook',
    trefwoorden: ['klagen', 'lastige cliënt'],
  },
  {
    id: 'ggz.facebook.privacy-instellingen',
    sectie: 'Facebook',
    titel: 'Controleer je privacy-instellingen na elke update',
    samenvatting: 'Verdiep je in de privacy-instellingen en kijk ze na elke wijziging van het platform opnieuw na.',
    onderdeelVan: 'ggz.facebook',
    trefwoorden: ['privacy-instellingen', 'update'],
  },
  {
    id: 'ggz.linkedin',
    sectie: 'LinkedIn',
    titel: 'LinkedIn als professioneel netwerk',
    samenvatting:
      'LinkedIn geldt als beroepsmatig handelen, vergelijkbaar met netwerken op een congres. Het is geschikt voor contact met collega’s, verwijzers, opdrachtgevers en (oud-)studenten, met oog voor ongelijke verhoudingen. Berichten en groepsdiscussies vallen onder dezelfde normen als blogs en fora.',
    trefwoorden: ['linkedin', 'netwerken', 'verwijzers'],
  },
  {
    id: 'ggz.linkedin.geen-clienten',
    sectie: 'LinkedIn',
    titel: 'Geen connecties met (oud-)cliënten',
    samenvatting: 'Je verbinden met (oud-)cliënten of hun naasten is problematisch vanwege rolvermenging.',
    onderdeelVan: 'ggz.linkedin',
    trefwoorden: ['connectie', 'rolvermenging'],
  },
  {
    id: 'ggz.linkedin.profiel',
    sectie: 'LinkedIn',
    titel: 'Een nauwkeurig profiel en goede instellingen',
    samenvatting: 'Beschrijf je professionele achtergrond even precies als op een cv en loop de privacy-instellingen zorgvuldig na.',
    onderdeelVan: 'ggz.linkedin',
    trefwoorden: ['profiel', 'cv'],
  },
  {
    id: 'ggz.twitter',
    sectie: 'Twitter',
    titel: 'Twitter',
    samenvatting:
      'Twitter is nuttig om ontwikkelingen te volgen en kennis te verspreiden, maar een tweet is zo verstuurd. Neem de tijd om na te gaan welke schade een bericht kan doen, zakelijk of persoonlijk, en reageer zorgvuldig als cliënten meelezen.',
    trefwoorden: ['twitter', 'tweet', 'reflectie'],
  },
  {
    id: 'ggz.twitter.gescheiden-accounts',
    sectie: 'Twitter',
    titel: 'Aparte accounts voor privé en werk',
    samenvatting:
      'Gebruik voor de duidelijkheid over je rol een apart persoonlijk en professioneel account, en besef dat ook het persoonlijke account openbaar is.',
    onderdeelVan: 'ggz.twitter',
    trefwoorden: ['twee accounts', 'rol'],
  },
  {
    id: 'ggz.waakzaamheid',
    sectie: 'Tot besluit',
    titel: 'Schijnbare beslotenheid vraagt extra waakzaamheid',
    samenvatting:
      'Digitale kanalen lijken besloten maar worden snel openbaar, informatie blijft bewaard en veiligheid is nauwelijks te garanderen. Er gelden geen andere principes dan offline, maar wel extra oplettendheid.',
    trefwoorden: ['openbaarheid', 'beslotenheid', 'rolvermenging'],
  },
];

export const GGZ: Norm[] = items.map((i) => ({
  id: i.id,
  bron,
  plaats: `${art}, ${i.sectie}`,
  beroepen,
  titel: i.titel,
  samenvatting: i.samenvatting,
  ...(i.onderdeelVan ? { onderdeelVan: i.onderdeelVan } : {}),
  ...(i.trefwoorden ? { trefwoorden: i.trefwoorden } : {}),
}));
