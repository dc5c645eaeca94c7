import type { Norm } from '../types.js';

/**
 * RVS study on professional secrecy and privacy in network care (background study to the advice "Heft in eigen
 * hand", October 2017): what secrecy is, when it may be broken, consent, who is directly involved, informal
 * carers, the municipality's double role, purpose limitation. Paraphrased; the Wbp has since been replaced by
 * the AVG (GDPR).
 */
const bron = '004_ecc0cf79778dc46a.txt' as const;
const studie = 'RVS-studie Beroepsgeheim en privacy in netwerkzorg (2017)';

interface Regel {
  id: string;
  plaats: string;
  titel: string;
  samenvatting: string;
  onderdeelVan?: string;
  trefwoorden?: string[];
}

const regels: Regel[] = [
  {
    id: 'rvs-2017.beroepsgeheim',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Wat het beroepsgeheim is',
    samenvatting:
      'Het beroepsgeheim dekt alles wat je in je beroep over een cliënt te weten komt, ook niet-medische zaken en wat je via anderen hoort. Het heeft twee kanten, zwijgplicht en verschoningsrecht, en beschermt zowel de cliënt als het maatschappelijk belang dat iedereen zonder vrees hulp kan zoeken.',
    trefwoorden: ['beroepsgeheim', 'zwijgplicht', 'verschoningsrecht', 'geheimhouding'],
  },
  {
    id: 'rvs-2017.beroepsgeheim.zwijgplicht',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Zwijgplicht',
    samenvatting:
      'Wat je over de cliënt weet, behandel je vertrouwelijk, ook tegenover andere hulpverleners. Voor artsen, verpleegkundigen en verzorgenden staat dit in de wet (Wet BIG, WGBO); voor anderen volgt het uit hun beroepscode.',
    onderdeelVan: 'rvs-2017.beroepsgeheim',
    trefwoorden: ['geheimhoudingsplicht', 'Wet BIG', 'WGBO'],
  },
  {
    id: 'rvs-2017.beroepsgeheim.verschoningsrecht',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Verschoningsrecht',
    samenvatting:
      'Een beperkte groep beroepen, onder wie artsen, mag tegenover politie en rechter-commissaris weigeren te verklaren over wat zij als geheimhouder weten. Andere geheimhouders moeten de rechter vragen hen te verschonen.',
    onderdeelVan: 'rvs-2017.beroepsgeheim',
    trefwoorden: ['politie', 'rechter', 'getuigen'],
  },
  {
    id: 'rvs-2017.beroepsgeheim.afgeleid',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Afgeleid beroepsgeheim',
    samenvatting:
      'Medewerkers zonder eigen beroepsgeheim die bij de zorg betrokken zijn, zoals assistenten en receptionisten, hebben een afgeleid beroepsgeheim met dezelfde geheimhoudingsregels.',
    onderdeelVan: 'rvs-2017.beroepsgeheim',
    trefwoorden: ['assistent', 'receptie', 'secretariaat'],
  },
  {
    id: 'rvs-2017.beroepsgeheim.doorbreken',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Doorbreken van het beroepsgeheim: alleen op drie gronden',
    samenvatting:
      'Het beroepsgeheim mag of moet alleen wijken met toestemming van de cliënt, op grond van een wettelijk voorschrift, of bij een conflict van plichten. Ook dan verstrek je alleen wat nodig is om schade te voorkomen. Geheimhouding ongeoorloofd opzijzetten heet schenden.',
    onderdeelVan: 'rvs-2017.beroepsgeheim',
    trefwoorden: ['doorbreken', 'toestemming', 'wettelijk voorschrift', 'conflict van plichten', 'schenden'],
  },
  {
    id: 'rvs-2017.privacy',
    plaats: '§2.2 (ethische achtergronden)',
    titel: 'Beroepsgeheim en privacy: plicht en recht',
    samenvatting:
      'Het beroepsgeheim is een plicht van de professional binnen een vertrouwensrelatie; privacy is een recht van de cliënt om met rust gelaten te worden door wie hem niet kent. Beide beschermen de cliënt, vanuit een andere kant.',
    trefwoorden: ['privacy', 'beroepsethiek', 'vertrouwen'],
  },
  {
    id: 'rvs-2017.grondslag',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Gegevens verwerken vraagt een grondslag',
    samenvatting:
      'Wie persoonsgegevens verwerkt, heeft daarvoor een wettelijke basis nodig (destijds de Wbp, nu de AVG). Die privacyregels en de regels over het beroepsgeheim gelden naast elkaar en even zwaar.',
    trefwoorden: ['Wbp', 'AVG', 'grondslag', 'verwerking'],
  },
  {
    id: 'rvs-2017.noodzakelijkheid',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Noodzaak: proportionaliteit en subsidiariteit',
    samenvatting:
      'Delen moet noodzakelijk zijn: het middel moet in verhouding staan tot het doel, en je kiest de minst ingrijpende weg. Deel alleen de gegevens die de ander echt nodig heeft.',
    trefwoorden: ['proportionaliteit', 'subsidiariteit', 'dataminimalisatie', 'noodzakelijk'],
  },
  {
    id: 'rvs-2017.toestemming',
    plaats: '§3.2 Toestemming cliënt is geen vrijbrief',
    titel: 'Toestemming van de cliënt',
    samenvatting:
      'Toestemming is de eerste route om gegevens te delen, maar telt alleen als ze geïnformeerd, specifiek en vrij gegeven is. Een handtekening op een algemeen formulier is geen vrijbrief.',
    onderdeelVan: 'rvs-2017.beroepsgeheim.doorbreken',
    trefwoorden: ['toestemming', 'instemming', 'formulier'],
  },
  {
    id: 'rvs-2017.toestemming.geinformeerd',
    plaats: '§3.2 Toestemming cliënt is geen vrijbrief',
    titel: 'Toestemming moet geïnformeerd zijn',
    samenvatting: 'De cliënt moet weten welke informatie met wie gedeeld wordt en waarvoor; anders weet hij niet waarmee hij instemt.',
    onderdeelVan: 'rvs-2017.toestemming',
    trefwoorden: ['geïnformeerd', 'uitleg'],
  },
  {
    id: 'rvs-2017.toestemming.specifiek',
    plaats: '§3.2 Toestemming cliënt is geen vrijbrief',
    titel: 'Toestemming moet specifiek zijn',
    samenvatting:
      'Een eenmalige algemene handtekening voor “alle gegevensuitwisseling” volstaat niet: toestemming geldt voor een bepaalde ontvanger, bepaalde gegevens en een bepaald doel.',
    onderdeelVan: 'rvs-2017.toestemming',
    trefwoorden: ['specifiek', 'algemene machtiging'],
  },
  {
    id: 'rvs-2017.toestemming.vrij',
    plaats: '§3.2 en §4.5',
    titel: 'Toestemming moet vrij gegeven zijn',
    samenvatting:
      'Wie voor hulp of een uitkering afhankelijk is van de gemeente, voelt zich vaak niet vrij om nee te zeggen. Toestemming die onder die druk wordt gevraagd, maakt de verwerking niet rechtmatig.',
    onderdeelVan: 'rvs-2017.toestemming',
    trefwoorden: ['vrijwillig', 'afhankelijkheid', 'uitkering', 'druk'],
  },
  {
    id: 'rvs-2017.toestemming.veronderstelde',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Veronderstelde toestemming binnen het behandelteam',
    samenvatting:
      'Hulpverleners die rechtstreeks betrokken zijn bij dezelfde behandeling mogen ervan uitgaan dat de cliënt instemt met onderlinge uitwisseling, zolang die beperkt blijft tot wat nodig is voor hun taak en de cliënt niet bezwaart.',
    onderdeelVan: 'rvs-2017.toestemming',
    trefwoorden: ['veronderstelde toestemming', 'behandelteam', 'WGBO'],
  },
  {
    id: 'rvs-2017.rechtstreeks-betrokken',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Wie rechtstreeks betrokken is',
    samenvatting:
      'Rechtstreeks betrokken zijn de hulpverleners die als functionele eenheid samen aan dezelfde behandeling werken. Tussen verschillende eenheden, ook binnen één organisatie, geldt de zwijgplicht; een huisarts die heeft doorverwezen hoort er niet vanzelf bij.',
    trefwoorden: ['functionele eenheid', 'huisarts', 'verwijzer', 'terugkoppeling'],
  },
  {
    id: 'rvs-2017.vertegenwoordiger',
    plaats: '§2.1 Inhoud en regels',
    titel: 'De vertegenwoordiger van de cliënt',
    samenvatting:
      'Aan de wettelijke vertegenwoordiger van de cliënt, zoals een mentor of een ouder, mag de hulpverlener gegevens verstrekken.',
    trefwoorden: ['mentor', 'ouder', 'curator', 'wettelijk vertegenwoordiger'],
  },
  {
    id: 'rvs-2017.wettelijk-voorschrift',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Delen op grond van de wet',
    samenvatting:
      'Soms verplicht of veroorlooft een wet het verstrekken van gegevens zonder toestemming, bijvoorbeeld de infectieziektewet of bepalingen in Jeugdwet, Wmo en Wlz. Bij een recht (geen plicht) weeg je zelf af of je het gebruikt.',
    onderdeelVan: 'rvs-2017.beroepsgeheim.doorbreken',
    trefwoorden: ['wettelijke plicht', 'meldplicht', 'Jeugdwet', 'Wmo', 'infectieziekte'],
  },
  {
    id: 'rvs-2017.meldcode',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Meldcode huiselijk geweld en kindermishandeling',
    samenvatting:
      'Bij vermoedens van huiselijk geweld of kindermishandeling geeft de meldcode stappen om de afweging te maken; hulpverleners hebben dan een meldrecht bij Veilig Thuis, ook zonder toestemming.',
    onderdeelVan: 'rvs-2017.wettelijk-voorschrift',
    trefwoorden: ['Veilig Thuis', 'meldrecht', 'kindermishandeling', 'huiselijk geweld'],
  },
  {
    id: 'rvs-2017.conflict-van-plichten',
    plaats: '§2.1 Inhoud en regels',
    titel: 'Conflict van plichten',
    samenvatting:
      'Je mag het geheim doorbreken als zwijgen ernstige schade voor de cliënt of een ander laat gebeuren. Voorwaarden: het gevaar is reëel, het is niet op een minder ingrijpende manier af te wenden (eerst toestemming proberen), doorbreken kan het gevaar echt keren, en je deelt niet meer dan nodig.',
    onderdeelVan: 'rvs-2017.beroepsgeheim.doorbreken',
    trefwoorden: ['conflict van plichten', 'ernstig gevaar', 'noodtoestand', 'afweging'],
  },
  {
    id: 'rvs-2017.ruimte-benutten',
    plaats: '§3.2 Bevindingen focusbijeenkomst',
    titel: 'Benut de ruimte die er is',
    samenvatting:
      'Uit angst of onwetendheid delen professionals soms niet, terwijl dat mocht en nodig was, zoals bij een mishandelde baby waar consultatiebureau en jeugdteam hadden kunnen overleggen. Goed onderbouwd delen bij een conflict van plichten is verdedigbaar.',
    trefwoorden: ['angst', 'onwetendheid', 'samenwerken'],
  },
  {
    id: 'rvs-2017.mantelzorger',
    plaats: '§4.4 Beroepsgeheim en informele zorgverleners',
    titel: 'Mantelzorgers en vrijwilligers',
    samenvatting:
      'Mantelzorgers horen niet bij de rechtstreeks betrokkenen. Weigert de cliënt toestemming, dan krijgen zij geen geheime informatie, maar je kunt hen wel praktische instructies voor de zorg geven zonder het geheim te doorbreken.',
    trefwoorden: ['mantelzorger', 'vrijwilliger', 'familie', 'instructie'],
  },
  {
    id: 'rvs-2017.gemeente',
    plaats: '§3.2 De gemeente draagt dubbele petten; §4.5',
    titel: 'De dubbele rol van de gemeente',
    samenvatting:
      'Een gemeenteambtenaar die zowel indiceert als betaalt of controleert, is geen hulpverlener: hij heeft wel een geheimhoudingsplicht, maar geen beroepsgeheim, en moet misdrijven zoals fraude melden. Geef de gemeente alleen wat nodig is voor haar taak en waar een grondslag of geldige toestemming voor is; een diagnose of behandelplan hoort daar meestal niet bij.',
    trefwoorden: ['gemeente', 'ambtenaar', 'werkconsulent', 'uitkering', 'keukentafelgesprek'],
  },
  {
    id: 'rvs-2017.gemeente.hulpverlener-in-dienst',
    plaats: '§2.3 Recente ontwikkelingen',
    titel: 'Hulpverlener in gemeentedienst houdt zijn beroepsgeheim',
    samenvatting:
      'Een ambtenaar moet een misdrijf als fraude melden, maar een sociaal werker of wijkteamlid in dienst van de gemeente behoudt zijn eigen geheimhoudingsplicht als hulpverlener.',
    onderdeelVan: 'rvs-2017.gemeente',
    trefwoorden: ['wijkteam', 'meldplicht', 'fraude', 'ambtsgeheim'],
  },
  {
    id: 'rvs-2017.doelbinding',
    plaats: '§4.5 (gescheiden taken en dossiers bij de gemeente)',
    titel: 'Doelbinding',
    samenvatting:
      'Wat je voor één doel hebt gekregen, zet je niet in voor iets anders. Gemeenten horen daarom gescheiden afdelingen en dossiers te hebben.',
    trefwoorden: ['doelbinding', 'ander doel', 'gescheiden dossiers'],
  },
  {
    id: 'rvs-2017.wijkteam',
    plaats: '§4.5 Vertrouwen tussen medische en sociale professionals',
    titel: 'Niet alle wijkteamleden alles',
    samenvatting:
      'In een wijkteam krijgt niet iedereen alle gegevens; een politieagent kan alleen meedoen als de besproken personen anoniem blijven. Sociaal werkers zijn soms te gretig in het delen, artsen juist terughoudend; vertrouwen moet groeien.',
    trefwoorden: ['wijkteam', 'politie', 'anoniem', 'casusoverleg'],
  },
  {
    id: 'rvs-2017.domeinoverstijgend',
    plaats: '§1 Inleiding; §4.1',
    titel: 'Multiprobleemgezinnen en domeinoverstijgend delen',
    samenvatting:
      'Voor een kleine groep complexe gezinnen met problemen op meerdere terreinen ontbreekt een wettelijke grondslag om over domeinen heen te delen. Voor de overige gevallen geldt: niet uitwisselen of eerst toestemming vragen.',
    trefwoorden: ['multiprobleemgezin', 'sociaal domein', 'integraal werken', 'één gezin één plan'],
  },
  {
    id: 'rvs-2017.client-centraal',
    plaats: '§2.3 Recente ontwikkelingen',
    titel: 'Praat met de cliënt, niet alleen over hem',
    samenvatting:
      'Hoe groter het netwerk rond de cliënt, hoe groter de neiging om over hem te praten in plaats van met hem. Betrek de cliënt bij wat er over hem gedeeld wordt.',
    trefwoorden: ['regie', 'betrekken', 'netwerkzorg'],
  },
  {
    id: 'rvs-2017.moreel-beraad',
    plaats: '§4.3 (scholing en moreel beraad)',
    titel: 'Moreel beraad en praktische wijsheid',
    samenvatting:
      'Regels geven geen pasklare antwoorden. Bespreek lastige casussen in een moreel beraad met het team; beargumenteerd afwijken van een protocol kan, als je het kunt verantwoorden.',
    trefwoorden: ['moreel beraad', 'reflectie', 'beroepsethiek', 'afwijken'],
  },
  {
    id: 'rvs-2017.hulpmiddelen',
    plaats: '§4.2 Kennistekort aanpakken; §5',
    titel: 'Houvast: beslisboom, stroomschema en vraagbaak',
    samenvatting:
      'Professionals vragen om een beslisboom, een stroomschema met afwegingen en een vraagbaak om van elkaar te leren, en om duidelijkheid over welke kanalen (zoals WhatsApp) geschikt zijn.',
    trefwoorden: ['beslisboom', 'stroomschema', 'vraagbaak', 'scholing'],
  },
  {
    id: 'rvs-2017.kanaal-spelregels',
    plaats: '§5 Conclusies en aanbevelingen, rol van gemeenten',
    titel: 'Spelregels voor nieuwe communicatiemiddelen',
    samenvatting:
      'Voor het delen van persoonsgegevens via nieuwe technologie en apps zijn duidelijke spelregels nodig, zodat het privacyveilig gebeurt.',
    trefwoorden: ['whatsapp', 'technologie', 'beveiligd kanaal'],
  },
];

export const RVS: Norm[] = regels.map((r) => ({
  id: r.id,
  bron,
  plaats: `${studie}, ${r.plaats}`,
  beroepen: ['iedereen'],
  titel: r.titel,
  samenvatting: r.samenvatting,
  ...(r.onderdeelVan ? { onderdeelVan: r.onderdeelVan } : {}),
  ...(r.trefwoorden ? { trefwoorden: r.trefwoorden } : {}),
}));
