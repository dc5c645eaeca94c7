import type { Doelgroep, Norm } from '../types.js';

/**
 * V&VN guide for nurses and carers on responsible use of social media, an elaboration of the national
 * professional code for nurses and carers (NBC, 2007). One norm per article and one per
 * "dat betekent met name" point, paraphrased.
 */
const bron = '001_e4af458532752ae5.txt' as const;
const beroepen: Doelgroep[] = ['verpleegkundige', 'verzorgende'];
const gids = 'V&VN-handreiking Sociale media (uitwerking NBC 2007)';

interface Punt {
  deel: string;
  titel: string;
  samenvatting: string;
  trefwoorden?: string[];
  plaats?: string;
}

function punten(ouder: string, artikel: string, lijst: Punt[]): Norm[] {
  return lijst.map((p) => ({
    id: `${ouder}.${p.deel}`,
    bron,
    plaats: p.plaats ?? `${gids}, ${artikel}, dat betekent met name`,
    beroepen,
    titel: p.titel,
    samenvatting: p.samenvatting,
    onderdeelVan: ouder,
    ...(p.trefwoorden ? { trefwoorden: p.trefwoorden } : {}),
  }));
}

export const VVN: Norm[] = [
  {
    id: 'vvn.reikwijdte',
    bron,
    plaats: `${gids}, inleiding (reikwijdte)`,
    beroepen,
    titel: 'Waar de handreiking over gaat',
    samenvatting:
      'De artikelen gelden voor alles wat je zelf online zet of waarop je reageert, ook in besloten communities met zorgvragers en familie, en zijn ook bruikbaar voor mail en telefoon. Telezorg via een beeldverbinding valt er niet onder; hoe je met collega’s online omgaat evenmin.',
    trefwoorden: ['reikwijdte', 'community', 'telezorg', 'email'],
  },
  {
    id: 'vvn.nbc-2.2',
    bron,
    plaats: `${gids}, artikel 1 (NBC 2.2)`,
    beroepen,
    titel: 'De belangen van de zorgvrager staan centraal',
    samenvatting:
      'Goede zorg vraagt een vertrouwensrelatie waarin je volle aandacht bij de zorgvrager ligt. Binnen die relatie is geen plaats voor je eigen gebruik van sociale media.',
    trefwoorden: ['aandacht', 'zorgrelatie', 'telefoon'],
  },
  ...punten('vvn.nbc-2.2', 'artikel 1 (NBC 2.2)', [
    {
      deel: 'geen-telefoon',
      titel: 'Geen telefoon of tablet tijdens de zorg',
      samenvatting:
        'Kijk tijdens het verlenen van zorg niet op sociale media, je mail of een spelletje op je telefoon of tablet. Je aandacht is dan niet bij de zorgvrager en je schaadt de zorgrelatie.',
      trefwoorden: ['smartphone', 'tablet', 'wordfeud', 'stagiaire'],
    },
    {
      deel: 'prive-bellen',
      titel: 'Ook geen privételefoontjes tijdens de zorg',
      samenvatting:
        'Hetzelfde geldt voor gewoon privé bellen of gebeld worden: een persoonlijk gesprek aannemen midden in de zorg doet afbreuk aan de zorgverlening.',
      plaats: `${gids}, artikel 1 (NBC 2.2), aanvulling`,
      trefwoorden: ['bellen', 'bereikbaarheid'],
    },
  ]),
  {
    id: 'vvn.nbc-2.10',
    bron,
    plaats: `${gids}, artikel 2 (NBC 2.10)`,
    beroepen,
    titel: 'Zorgvuldig omgaan met vertrouwelijke informatie',
    samenvatting:
      'Je beroepsgeheim geldt ook online, en daar extra, omdat veel mensen meelezen en je verspreiding niet meer kunt terugdraaien. Het omvat ook wat je via je werk over naasten van de zorgvrager te weten komt.',
    trefwoorden: ['beroepsgeheim', 'geheimhouding', 'Wet BIG'],
  },
  ...punten('vvn.nbc-2.10', 'artikel 2 (NBC 2.10)', [
    {
      deel: 'herleidbaar',
      titel: 'Geen herleidbare vertrouwelijke informatie online',
      samenvatting:
        'Deel op Facebook, Twitter, een blog of forum niets vertrouwelijks dat naar de zorgvrager te herleiden is, ook niet in een tweet over wie er vandaag op de afdeling komt.',
      trefwoorden: ['herleidbaar', 'twitter', 'forum', 'blog'],
    },
    {
      deel: 'foto',
      titel: 'Zet geen beelden van zorgvragers online',
      samenvatting:
        'Maak geen beelden van zorgvragers om ze online te zetten, ook niet met hun toestemming: je hebt de verspreiding niet in de hand. Ook collega’s fotografeer je niet zomaar op het werk.',
      trefwoorden: ['foto', 'video', 'toestemming', 'collega'],
    },
    {
      deel: 'casus-noodzaak',
      titel: 'Gebruik een casus online alleen als het echt nodig is',
      samenvatting:
        'Wil je een casus gebruiken voor onderwijs of online overleg met collega’s, vraag je dan eerst af of het niet beter via teamoverleg of de telefoon kan.',
      plaats: `${gids}, artikel 2 (NBC 2.10), toelichting`,
      trefwoorden: ['casus', 'e-learning', 'collegiaal overleg'],
    },
    {
      deel: 'casus-toestemming',
      titel: 'Casus onherkenbaar en met toestemming',
      samenvatting:
        'Gebruik je toch een casus online, zorg dan dat niets naar de zorgvrager te herleiden is en vraag hem vooraf om toestemming.',
      plaats: `${gids}, artikel 2 (NBC 2.10), toelichting`,
      trefwoorden: ['casus', 'toestemming', 'anonimiseren'],
    },
    {
      deel: 'wondfoto',
      titel: 'Uitzondering: een wondfoto voor advies',
      samenvatting:
        'Een foto voor collegiaal advies, zoals van een wond, maak je bij voorkeur met apparatuur van de instelling en verstuur je via een afgeschermd kanaal. Moet het met je eigen telefoon, fotografeer dan alleen de wond, wis de foto daarna en leg foto en advies vast in het dossier.',
      plaats: `${gids}, artikel 2 (NBC 2.10), uitzondering`,
      trefwoorden: ['wond', 'foto', 'wondverpleegkundige', 'dossier', 'beveiligd'],
    },
  ]),
  {
    id: 'vvn.nbc-2.12',
    bron,
    plaats: `${gids}, artikel 3 (NBC 2.12)`,
    beroepen,
    titel: 'Professionele grenzen in de relatie met de zorgvrager',
    samenvatting:
      'De zorgrelatie is professioneel en geen vriendschap; de zorgvrager is van je afhankelijk. Dat verschil bepaalt of en hoe je via sociale media contact hebt.',
    trefwoorden: ['grenzen', 'vriendschap', 'afhankelijkheid'],
  },
  ...punten('vvn.nbc-2.12', 'artikel 3 (NBC 2.12)', [
    {
      deel: 'geen-vrienden',
      titel: 'Zorgvragers niet als vriend op persoonlijke pagina’s',
      samenvatting:
        'Accepteer (oud-)zorgvragers niet als vriend op je persoonlijke accounts; anders gaat je privéleven een rol spelen in het contact en is een professionele relatie niet vol te houden.',
      trefwoorden: ['vriendschapsverzoek', 'facebook', 'persoonlijke pagina'],
    },
    {
      deel: 'uitnodiging-weigeren',
      titel: 'Ga niet in op vriendschapsverzoeken van zorgvragers',
      samenvatting: 'Word ook zelf geen vriend van een zorgvrager als hij je daarvoor uitnodigt.',
      trefwoorden: ['uitnodiging', 'vriendschapsverzoek'],
    },
    {
      deel: 'scheiding',
      titel: 'Scheid professionele en persoonlijke activiteiten',
      samenvatting:
        'Houd je beroepsmatige en privé-activiteiten op sociale media duidelijk gescheiden, bijvoorbeeld met aparte accounts of identiteiten, zodat zorgvragers je privépagina’s niet vinden.',
      trefwoorden: ['twee accounts', 'identiteit'],
    },
    {
      deel: 'afschermen',
      titel: 'Scherm persoonlijke pagina’s goed af',
      samenvatting:
        'Gebruik privacy-instellingen, beveiliging en sterke wachtwoorden. Volledige bescherming bestaat niet: ga ervan uit dat wat eenmaal online staat er blijft.',
      trefwoorden: ['privacy-instellingen', 'wachtwoord'],
    },
    {
      deel: 'geen-contact-zoeken',
      titel: 'Zoek geen privécontact met (oud-)zorgvragers',
      samenvatting:
        'Benader huidige of vroegere zorgvragers niet via sociale media, telefoon of mail voor persoonlijke doeleinden. De afhankelijkheid houdt niet op bij het ontslag; het tuchtcollege rekende een relatie kort na de zorg een verpleegkundige zwaar aan.',
      trefwoorden: ['oud-zorgvrager', 'relatie', 'tuchtrecht', 'hyves'],
    },
    {
      deel: 'professionele-pagina',
      titel: 'Op een professionele pagina mag de zorgvrager wel volgen',
      samenvatting:
        'Op een beroepsmatige pagina of blog met algemene informatie over je vak kun je zorgvragers wel als vriend of volger toelaten.',
      plaats: `${gids}, artikel 3 (NBC 2.12), toelichting`,
      trefwoorden: ['professionele pagina', 'fan', 'volger'],
    },
  ]),
  {
    id: 'vvn.tuchtrecht.relatie-oud-zorgvrager',
    bron,
    plaats: `${gids}, artikel 3 (NBC 2.12), tuchtzaak (LJN YG1742)`,
    beroepen,
    titel: 'Tuchtzaak: relatie met een pas ontslagen zorgvrager',
    samenvatting:
      'Een verpleegkundige zocht kort na het ontslag online contact met een patiënte en kreeg een relatie met haar. Het tuchtcollege oordeelde dat hij te weinig professionele afstand hield: de afhankelijkheid duurt na de zorg voort en een persoonlijke relatie direct of kort daarna is voor een BIG-geregistreerde niet toegestaan.',
    onderdeelVan: 'vvn.nbc-2.12.geen-contact-zoeken',
    trefwoorden: ['tuchtrecht', 'relatie', 'oud-zorgvrager', 'hyves'],
  },
  {
    id: 'vvn.art-4',
    bron,
    plaats: `${gids}, artikel 4 (geen NBC-artikel)`,
    beroepen,
    titel: 'Gedraag je op sociale media als professional',
    samenvatting:
      'Hoe je je online presenteert, ook privé, beïnvloedt het vertrouwen in jou en in de beroepsgroep. Werkgevers kijken mee en kunnen maatregelen nemen.',
    trefwoorden: ['professioneel', 'imago', 'werkgever'],
  },
  ...punten('vvn.art-4', 'artikel 4', [
    {
      deel: 'goed-beeld',
      titel: 'Geeft dit bericht een goed beeld van mij als professional?',
      samenvatting: 'Stel jezelf die vraag bij alles wat je plaatst, zakelijk én privé.',
      trefwoorden: ['imago', 'zelftoets'],
    },
    {
      deel: 'respectvol',
      titel: 'Communiceer respectvol en beleefd',
      samenvatting: 'Houd je toon online net zo beleefd en respectvol als in je werk.',
      trefwoorden: ['toon', 'respect'],
    },
    {
      deel: 'feitelijk',
      titel: 'Alleen feitelijke informatie uit je eigen vakgebied',
      samenvatting: 'Deel als professional alleen feitelijke informatie over onderwerpen waarin je deskundig bent.',
      trefwoorden: ['deskundigheid', 'feiten'],
    },
    {
      deel: 'geen-denigrerend',
      titel: 'Geen kwetsende of denigrerende opmerkingen',
      samenvatting:
        'Plaats niets neerbuigends, kwetsends, discriminerends of misleidends over zorgvragers, collega’s, je instelling of je beroep. Een schimpende tweet over een “lastige” patiënt kan door familie herkend worden.',
      trefwoorden: ['denigrerend', 'discriminerend', 'zeurpiet'],
    },
    {
      deel: 'geen-roddels',
      titel: 'Geen roddels of klachten via sociale media',
      samenvatting: 'Roddel en klaag niet online over zorgvragers, collega’s of je werkgever.',
      trefwoorden: ['roddel', 'klagen'],
    },
  ]),
  {
    id: 'vvn.nbc-3.6',
    bron,
    plaats: `${gids}, artikel 5 (NBC 3.6)`,
    beroepen,
    titel: 'Bescherm de zorgvrager tegen onzorgvuldig handelen van collega’s',
    samenvatting:
      'Als een collega sociale media onzorgvuldig gebruikt, behandel je dat als elke andere vorm van tekortschietende zorg: eerst nagaan of je vermoeden klopt, dan stap voor stap actie ondernemen.',
    trefwoorden: ['collega', 'melden', 'aanspreken'],
  },
  ...punten('vvn.nbc-3.6', 'artikel 5 (NBC 3.6)', [
    {
      deel: 'niet-online-melden',
      titel: 'Uit je zorg niet online',
      samenvatting: 'Meld je zorgen over het gedrag van een collega niet via Twitter of een ander openbaar kanaal.',
      trefwoorden: ['openbaar', 'twitter'],
    },
    {
      deel: 'aanspreken',
      titel: 'Spreek de collega eerst zelf aan',
      samenvatting:
        'Geef je collega eerst persoonlijk de kans het te herstellen, in een gesprek, telefonisch of met een persoonlijk bericht, en wijs op de schade voor zorgvrager en beroepsgroep.',
      trefwoorden: ['gesprek', 'persoonlijk bericht'],
    },
    {
      deel: 'leidinggevende',
      titel: 'Schakel je leidinggevende in als dat niet helpt',
      samenvatting:
        'Lukt een gesprek niet of verandert er niets, informeer dan je leidinggevende over (je vermoeden van) het onzorgvuldige gebruik.',
      trefwoorden: ['leidinggevende', 'escalatie'],
    },
    {
      deel: 'gevolgen-bespreken',
      titel: 'Benoem de mogelijke gevolgen',
      samenvatting:
        'Bespreek in die gesprekken wat het gedrag kan betekenen voor de rechten en veiligheid van de zorgvrager, voor de collega, voor de organisatie en voor de beroepsgroep.',
      trefwoorden: ['gevolgen', 'veiligheid'],
    },
    {
      deel: 'klachtencommissie',
      titel: 'Zo nodig naar klachtencommissie of inspectie',
      samenvatting:
        'Als het nodig is, breng je het onzorgvuldige gebruik bij een klachtencommissie in of meld je het bij de inspectie voor de gezondheidszorg.',
      trefwoorden: ['klachtencommissie', 'inspectie', 'IGJ'],
    },
    {
      deel: 'melden',
      titel: 'Meld volgens de vastgestelde procedure',
      samenvatting:
        'Meld onprofessioneel gebruik van sociale media zo nodig langs de afgesproken route bij de instantie die erover gaat.',
      trefwoorden: ['procedure', 'melden'],
    },
  ]),
  {
    id: 'vvn.nbc-3.8',
    bron,
    plaats: `${gids}, artikel 6 (NBC 3.8)`,
    beroepen,
    titel: 'Bijdragen aan het social-mediabeleid van de instelling',
    samenvatting:
      'Zorgorganisaties gebruiken zelf ook sociale media en worden geschaad door onzorgvuldig gedrag van medewerkers. Ken het beleid van je werkgever, volg het en denk mee over de inhoud.',
    trefwoorden: ['beleid', 'werkgever', 'VAR'],
  },
  ...punten('vvn.nbc-3.8', 'artikel 6 (NBC 3.8)', [
    {
      deel: 'beleid-kennen',
      titel: 'Ken en volg het beleid van je werkgever',
      samenvatting:
        'Weet wat je werkgever over sociale media heeft afgesproken en houd je eraan. Wil je vanuit je werk online actief zijn, vraag dan eerst toestemming.',
      plaats: `${gids}, artikel 6 (NBC 3.8), toelichting`,
      trefwoorden: ['gedragsregels', 'toestemming werkgever'],
    },
    {
      deel: 'bijdragen',
      titel: 'Lever een professionele bijdrage aan het beleid',
      samenvatting: 'Denk vanuit je vak mee over het beleid van je organisatie voor sociale media, bijvoorbeeld via de adviesraad.',
      trefwoorden: ['VAR', 'adviesraad'],
    },
    {
      deel: 'toetsen',
      titel: 'Toets het beleid aan de beroepsnorm',
      samenvatting:
        'Ga na of het beleid past bij verantwoord gebruik door de beroepsgroep en bij goede zorg voor de zorgvrager.',
      trefwoorden: ['toetsen', 'beroepsnorm'],
    },
    {
      deel: 'conflict-melden',
      titel: 'Meld strijdigheden bij je leidinggevende',
      samenvatting:
        'Botst het beleid met verantwoorde beroepsuitoefening of goede zorg, bespreek dat dan persoonlijk met je direct leidinggevende en niet via sociale media.',
      trefwoorden: ['conflict', 'leidinggevende'],
    },
    {
      deel: 'spelregels-zorgvragers',
      titel: 'Overweeg spelregels voor zorgvragers',
      samenvatting:
        'Zorgvragers delen ook online over hun zorg, soms met opnames van gesprekken. Je kunt de instelling voorstellen daarvoor spelregels op te stellen.',
      plaats: `${gids}, artikel 6 (NBC 3.8), toelichting`,
      trefwoorden: ['opnemen', 'zorgvrager', 'spelregels'],
    },
  ]),
];
