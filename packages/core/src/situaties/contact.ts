import type { Beslisgraaf } from '../graaf/types.js';
import { uitkomst, vraag } from './bouw.js';

/** Situations about contact: friend requests, contact the client starts, advice requests, googling, blogs. */

export const VRIENDVERZOEK: Beslisgraaf = {
  id: 'vriendverzoek',
  titel: 'Vriendschapsverzoek van een (oud-)cliënt of naaste',
  omschrijving: 'Een cliënt, oud-cliënt of familielid van een cliënt wil online met je bevriend worden of je volgen.',
  start: 'van-wie',
  vragen: [
    vraag('van-wie', 'Van wie komt het verzoek?', [
      ['client', 'van een cliënt of oud-cliënt', 'account'],
      ['naaste', 'van een familielid of vriend van een (oud-)cliënt', 'account'],
    ]),
    vraag(
      'account',
      'Op welk account komt het verzoek binnen?',
      [
        ['prive', 'mijn persoonlijke (privé)account', [{ als: { 'van-wie': ['naaste'] }, naar: 'naaste-prive-weigeren' }, { naar: 'prive-weigeren' }]],
        ['zakelijk', 'een zakelijke of professionele pagina die ik voor mijn werk gebruik', 'afspraken'],
      ],
      'Een zakelijk account of professionele pagina gebruik je alleen voor je werk: algemene informatie en praktische afspraken. Je privéaccount is voor familie en vrienden.',
    ),
    vraag(
      'afspraken',
      'Zijn er afspraken over contact via deze pagina (een protocol van je organisatie, en uitleg aan cliënten over wat er wel en niet via die pagina kan)?',
      [
        ['ja', 'ja', 'zakelijk-toestaan'],
        ['nee', 'nee, of ik weet het niet', 'zakelijk-eerst-afspraken'],
      ],
    ),
  ],
  uitkomsten: [
    uitkomst(
      'prive-weigeren',
      'Accepteer het verzoek niet op je privéaccount.',
      [
        'Een online vriendschap maakt van een hulpverleningsrelatie een persoonlijke relatie: rollen lopen door elkaar, de cliënt ziet je privéleven en jouw vrienden zien wie jouw cliënten zijn. Dat geldt ook voor oud-cliënten.',
        'Weiger vriendelijk en leg kort uit waarom; een weigering zonder uitleg kan als afwijzing van de persoon voelen. Bied een passend kanaal aan voor vragen over de zorg.',
      ],
      ['knmg-2017.aanbeveling-3.2', 'vvn.nbc-2.12.uitnodiging-weigeren', 'ggz.facebook.geen-vrienden', 'zakelijk.geen-vriendschap-client'],
      {
        stappen: ['Accepteer niet en negeer het verzoek ook niet stilzwijgend als je de cliënt nog ziet.', 'Leg het kort uit, online of bij de volgende afspraak.', 'Controleer je privacy-instellingen: wat kan een cliënt van je privéprofiel zien?'],
        voorbeeldReactie:
          'Dank je voor je verzoek, dat waardeer ik. Mijn privéaccount houd ik voor familie en vrienden, daarom ga ik niet in op verzoeken van cliënten. Dat zegt niets over jou. Heb je een vraag over je zorg, dan kun je me altijd bereiken via de praktijk.',
      },
    ),
    uitkomst(
      'naaste-prive-weigeren',
      'Accepteer het verzoek niet op je privéaccount.',
      [
        'Ook een online vriendschap met naasten van een cliënt vermengt je rollen, en via hen kan de cliënt of zijn omgeving zien wat jij deelt. Bovendien kan de vriendschap je in een lastige positie brengen als de naaste je iets over de cliënt vraagt of vertelt.',
        'Weiger vriendelijk en verwijs voor vragen over de zorg naar de cliënt zelf of naar een gezamenlijk gesprek.',
      ],
      ['ggz.facebook.geen-vrienden', 'vvn.nbc-2.12.geen-vrienden', 'knmg-2017.aanbeveling-3.1'],
      {
        voorbeeldReactie:
          'Bedankt voor je verzoek. Ik houd mijn werk en mijn privéaccount strikt gescheiden en ga daarom niet in op verzoeken die met mijn werk te maken hebben. Als je iets wilt bespreken, kan dat samen met je naaste tijdens een afspraak.',
      },
    ),
    uitkomst(
      'zakelijk-toestaan',
      'Op je zakelijke pagina kan de cliënt je volgen, binnen de afspraken.',
      [
        'Een professionele pagina is bedoeld om algemene informatie te delen en bereikbaar te zijn. Een cliënt mag die volgen, zolang jij de pagina zakelijk houdt.',
        'Persoonlijke of behandelinhoudelijke vragen beantwoord je niet openbaar op de pagina; verwijs ze naar een beveiligd kanaal of het spreekuur.',
      ],
      ['vvn.nbc-2.12.professionele-pagina', 'knmg-2017.aanbeveling-3.3', 'zakelijk.account', 'zakelijk.account.geen-tijdlijn-client'],
      {
        stappen: ['Volg de cliënt niet terug en reageer niet op zijn eigen tijdlijn.', 'Houd berichten op de pagina algemeen.', 'Praktische vragen alleen via privéberichten; inhoud via een beveiligd kanaal.'],
      },
    ),
    uitkomst(
      'zakelijk-eerst-afspraken',
      'Maak eerst afspraken voordat je cliënten via je zakelijke pagina toelaat.',
      [
        'Zonder protocol en zonder uitleg aan cliënten is niet duidelijk wat er via de pagina kan, wanneer je reageert en hoe vertrouwelijkheid geborgd is. Regel dat eerst met je organisatie.',
        'Vertel cliënten vooraf wat ze van de pagina kunnen verwachten en wat er niet via de pagina hoort.',
      ],
      ['zakelijk.protocol', 'knmg-2017.aanbeveling-3.3', 'zakelijk.afspraken-medium'],
    ),
  ],
};

export const CLIENT_START_CONTACT: Beslisgraaf = {
  id: 'client-start-contact',
  titel: 'Een cliënt begint zelf contact via e-mail of WhatsApp',
  omschrijving: 'Een cliënt mailt of appt je uit zichzelf, buiten de afgesproken kanalen om.',
  start: 'inhoud',
  vragen: [
    vraag(
      'inhoud',
      'Waar gaat het bericht over?',
      [
        ['zorgwekkend', 'het is zorgwekkend (bijv. suïcidale uitingen, een crisis)', 'crisis'],
        ['praktisch', 'iets praktisch, zoals een afspraak verzetten', 'afspraken'],
        ['inhoudelijk', 'de behandeling of persoonlijke problemen', 'afspraken'],
      ],
      'Praktisch: datum, tijd, bereikbaarheid. Inhoudelijk: alles wat over klachten, behandeling of het persoonlijk leven van de cliënt gaat.',
    ),
    vraag(
      'afspraken',
      'Heb je met deze cliënt al afgesproken dat en waarvoor jullie dit kanaal gebruiken, en is het kanaal beveiligd genoeg voor wat er gedeeld wordt?',
      [
        ['ja', 'ja, dat is afgesproken en het kanaal past bij de inhoud', [{ als: { inhoud: ['inhoudelijk'] }, naar: 'inhoud-afgesproken' }, { naar: 'praktisch-afgesproken' }]],
        ['nee', 'nee, of ik weet het niet zeker', 'eerst-bespreken'],
      ],
      'Goede afspraken gaan over: welk kanaal, waarvoor wel en niet, hoe snel je reageert, en of de cliënt daarmee instemt. Gewone e-mail en WhatsApp zijn niet beveiligd genoeg voor inhoudelijke gesprekken.',
    ),
  ],
  uitkomsten: [
    uitkomst(
      'crisis',
      'Handel nu, buiten het scherm.',
      [
        'Een zorgwekkend bericht vraagt directe actie via de gewone weg: bel de cliënt, volg het crisisprotocol van je organisatie of schakel de crisisdienst in. Beantwoord het niet alleen met een bericht.',
        'Maak daarna met de cliënt opnieuw afspraken over welke berichten via welk kanaal gaan, en leg het contact vast in het dossier.',
      ],
      ['ggz.crisis-analoog', 'ggz.email-whatsapp.dossier'],
    ),
    uitkomst(
      'eerst-bespreken',
      'Reageer niet inhoudelijk; bespreek eerst hoe jullie contact houden.',
      [
        'Als een cliënt zelf digitaal contact zoekt, bespreek je eerst (telefonisch of in een gesprek) of dit kanaal geschikt is, waarvoor het wel en niet dient en wanneer hij een antwoord kan verwachten.',
        'Een kort bericht dat je het hebt ontvangen en wanneer je het bespreekt, is prima; ga er niet inhoudelijk op in via een onbeveiligd kanaal.',
      ],
      ['ggz.client-initieert-contact', 'ggz.email-whatsapp.afspraken', 'zakelijk.afspraken-medium', 'ggz.email-whatsapp.beveiligd'],
      {
        voorbeeldReactie:
          'Dank voor je bericht, ik heb het gelezen. Ik wil zorgvuldig omgaan met wat je me vertelt, dus ik bespreek liever eerst met je hoe we buiten de afspraken contact houden. Zullen we dat bij onze volgende afspraak doen? Is het dringend, bel dan de praktijk.',
      },
    ),
    uitkomst(
      'praktisch-afgesproken',
      'Beantwoord het kort en praktisch, binnen de afspraken.',
      ['Praktische zaken kunnen via het afgesproken kanaal. Houd het bij de praktische vraag en verwijs inhoudelijke punten naar het gesprek.'],
      ['ggz.email-whatsapp.afspraken', 'zakelijk.account.prive-berichten'],
    ),
    uitkomst(
      'inhoud-afgesproken',
      'Beantwoord het zorgvuldig via het afgesproken, beveiligde kanaal en leg het vast.',
      [
        'Een inhoudelijke uitwisseling hoort bij de behandeling: formuleer zorgvuldig, controleer de geadresseerde en neem het contact op in het dossier.',
        'Let op signalen dat het digitale contact te persoonlijk of te informeel wordt, en bespreek dat tijdig.',
      ],
      ['ggz.email-whatsapp.dossier', 'ggz.email-whatsapp.beveiligd', 'ggz.grensoverschrijding'],
    ),
  ],
};

export const ADVIESVRAAG: Beslisgraaf = {
  id: 'adviesvraag',
  titel: 'Een bericht van familie, vrienden of onbekenden met een vraag om professioneel advies',
  omschrijving: 'Iemand die niet je cliënt is, stuurt je online een vraag om advies, over zichzelf of over een cliënt.',
  start: 'afzender',
  vragen: [
    vraag('afzender', 'Wie stuurt de vraag?', [
      ['naaste-client', 'een familielid of vriend van een cliënt', 'naaste-client'],
      ['onbekende', 'een onbekende, bijvoorbeeld een mogelijke nieuwe cliënt', 'soort'],
      ['eigen-kring', 'iemand uit mijn eigen familie of vriendenkring', 'soort'],
    ]),
    vraag(
      'soort',
      'Wat voor antwoord wordt er gevraagd?',
      [
        ['algemeen', 'algemene informatie, zonder dat ik de persoon hoef te beoordelen', 'algemene-informatie'],
        ['persoonlijk', 'persoonlijk advies over klachten of een situatie', [{ als: { afzender: ['eigen-kring'] }, naar: 'eigen-kring' }, { naar: 'verwijzen' }]],
      ],
      'Wie persoonlijk advies geeft, gaat een professionele relatie aan en is verantwoordelijk voor dat advies, ook online.',
    ),
  ],
  uitkomsten: [
    uitkomst(
      'naaste-client',
      'Ga niet inhoudelijk in op de vraag; bespreek het contact met de cliënt.',
      [
        'Alleen al bevestigen dat iemand je cliënt is, valt onder je beroepsgeheim. Een inhoudelijk antwoord aan een naaste brengt de vertrouwelijkheid van de behandeling in gevaar.',
        'Bespreek met de cliënt dat deze naaste contact zocht, en stel zo nodig een gezamenlijk gesprek voor.',
      ],
      ['ggz.naasten-contact', 'rvs-2017.beroepsgeheim.zwijgplicht', 'rvs-2017.mantelzorger'],
      {
        voorbeeldReactie:
          'Dank voor uw bericht. Ik begrijp dat u zich zorgen maakt. Vanwege mijn beroepsgeheim kan ik niet ingaan op vragen over anderen, ook niet over de vraag of iemand bij mij komt. Wilt u iets bespreken, vraag dan uw naaste om een gezamenlijk gesprek te plannen.',
      },
    ),
    uitkomst(
      'algemene-informatie',
      'Geef hooguit algemene informatie, zonder persoonlijk advies.',
      ['Algemene informatie (bijvoorbeeld waar iemand met een bepaald soort vraag terechtkan) kan. Ga niet in op de persoonlijke situatie en maak duidelijk dat het geen advies voor die persoon is.'],
      ['knmg-2017.aanbeveling-3.algemeen-advies', 'ggz.onbekende-adviesvraag'],
    ),
    uitkomst(
      'verwijzen',
      'Geef geen persoonlijk advies online; verwijs vriendelijk naar een geschikte weg.',
      [
        'Zonder de persoon te kennen of te onderzoeken kun je niet verantwoord adviseren, en je weet niet of je antwoord goed begrepen wordt. Met een inhoudelijk antwoord ga je toch een professionele relatie aan.',
        'Een vriendelijk antwoord dat verwijst naar de huisarts, een spreekuur of een aanmelding is meestal de beste reactie.',
      ],
      ['ggz.onbekende-adviesvraag', 'knmg-2017.aanbeveling-3.algemeen-advies'],
      {
        voorbeeldReactie:
          'Dank voor uw vraag. Zonder u te kennen kan ik u geen verantwoord persoonlijk advies geven. Bespreek het met uw huisarts; die kan met u bekijken wat u nodig hebt en u zo nodig verwijzen.',
      },
    ),
    uitkomst(
      'eigen-kring',
      'Wees terughoudend met advies aan je eigen kring; verwijs naar een eigen hulpverlener.',
      [
        'Ook voor familie of vrienden geldt dat een persoonlijk advies een professionele verantwoordelijkheid meebrengt, terwijl je geen goed zicht hebt op hun situatie en je rollen door elkaar gaan lopen.',
        'Verwijs naar hun eigen huisarts of hulpverlener; een algemeen, luisterend gesprek als vriend of familielid is iets anders dan een advies als professional.',
      ],
      ['ggz.onbekende-adviesvraag', 'knmg-2017.aanbeveling-3.1'],
      {
        voorbeeldReactie:
          'Ik snap dat je het mij vraagt, maar ik kan je als vriend(in) geen goed advies geven zonder je echt te onderzoeken. Bespreek het met je huisarts; als je wilt, denk ik met je mee over wat je daar wilt vragen.',
      },
    ),
  ],
};

export const GOOGELEN: Beslisgraaf = {
  id: 'googelen',
  titel: 'Een cliënt googelen of zijn blog en sociale media lezen',
  omschrijving: 'Je overweegt online informatie over een cliënt op te zoeken, of je komt die toevallig tegen.',
  start: 'waarom',
  vragen: [
    vraag('waarom', 'Waarom wil je de informatie bekijken?', [
      ['nieuwsgierig', 'uit nieuwsgierigheid', 'niet-doen'],
      ['zorg', 'voor de zorg, bijvoorbeeld om een risico beter in te schatten', 'besproken'],
      ['toevallig', 'ik kwam het toevallig tegen', 'toevallig'],
    ]),
    vraag(
      'besproken',
      'Weet de cliënt dat je online wilt zoeken, en stemt hij ermee in?',
      [
        ['ja', 'ja, we hebben het besproken', 'met-toestemming'],
        ['nee', 'nee, nog niet', 'eerst-bespreken'],
      ],
      'Informed consent: je legt de cliënt uit waarom een online zoektocht nodig is en wat je ermee doet, en de cliënt stemt in. Je kunt ook samen met de cliënt zoeken.',
    ),
  ],
  uitkomsten: [
    uitkomst(
      'niet-doen',
      'Doe het niet.',
      ['Uit nieuwsgierigheid zoeken naar een cliënt schendt zijn privacy en het vertrouwen in de behandeling, ook als de informatie openbaar is. Wat de cliënt buiten het contact houdt, laat je buiten het contact.'],
      ['ggz.googelen', 'zakelijk.niet-stiekem-volgen'],
    ),
    uitkomst(
      'eerst-bespreken',
      'Bespreek het eerst met de cliënt; zoek niet achter zijn rug om.',
      [
        'Informatie die je heimelijk verzamelt, kun je niet open bespreken en ze schaadt de relatie. Leg de cliënt uit waarom je wilt kijken, en doe het bij voorkeur samen.',
        'Is er acuut gevaar, volg dan de gewone crisisroute van je organisatie in plaats van online te gaan zoeken.',
      ],
      ['ggz.googelen', 'zakelijk.niet-stiekem-volgen', 'ggz.crisis-analoog'],
      {
        voorbeeldReactie:
          'Ik maak me zorgen over hoe het met je gaat. Je schreef eerder dat je een blog bijhoudt. Vind je het goed als we daar samen naar kijken? Dan begrijp ik beter wat er speelt.',
      },
    ),
    uitkomst(
      'met-toestemming',
      'Zoek alleen wat je nodig hebt, en bespreek het met de cliënt.',
      ['Beperk je tot het afgesproken doel, ga na of de informatie klopt en actueel is, en bespreek wat je vond. Leg vast wat je met de cliënt afsprak.'],
      ['ggz.googelen', 'knmg-2017.aanbeveling-1.informatie-verifieren', 'ggz.blog-client'],
    ),
    uitkomst(
      'toevallig',
      'Controleer de informatie bij de cliënt en wees open over hoe je eraan kwam.',
      ['Toevallig gevonden openbare informatie mag je meewegen, maar ze kan verouderd zijn of door een ander geplaatst. Ga na bij de cliënt of ze klopt, en vertel eerlijk waar je het zag. Ga er niet verder naar zoeken.'],
      ['knmg-2017.aanbeveling-1.informatie-verifieren', 'ggz.googelen'],
      {
        voorbeeldReactie:
          'Ik wil eerlijk zijn: ik zag toevallig online een bericht dat over jou leek te gaan. Ik heb er niet naar gezocht. Klopt het wat daar stond, en wil je erover praten?',
      },
    ),
  ],
};

export const BLOG_VOLGEN: Beslisgraaf = {
  id: 'blog-volgen',
  titel: 'Een cliënt vraagt je zijn blog te volgen',
  omschrijving: 'Een cliënt schrijft online over zijn leven of behandeling en vraagt of je meeleest of hem volgt.',
  start: 'relatie',
  vragen: [
    vraag('relatie', 'Is de vrager een huidige cliënt?', [
      ['huidig', 'ja, ik behandel of begeleid hem nu', 'hoe'],
      ['oud', 'nee, een oud-cliënt', 'oud-client'],
    ]),
    vraag(
      'hoe',
      'Hoe zou je de blog volgen?',
      [
        ['prive', 'met mijn eigen account volgen of abonneren', 'niet-prive-volgen'],
        ['behandeling', 'lezen en bespreken als deel van de behandeling', 'in-behandeling'],
      ],
      'Rolvermenging: als je als privépersoon meeleest, loopt je rol als hulpverlener door elkaar met een persoonlijke relatie.',
    ),
  ],
  uitkomsten: [
    uitkomst(
      'niet-prive-volgen',
      'Volg de blog niet vanuit je privéaccount; bied aan hem samen te bespreken.',
      ['Volgen als privépersoon vermengt je rollen. Gebruik de blog alleen in dienst van de behandeling, bijvoorbeeld door hem samen in een gesprek te lezen.'],
      ['ggz.blog-client', 'vvn.nbc-2.12.scheiding'],
      {
        voorbeeldReactie:
          'Fijn dat je je blog met me wilt delen. Ik volg cliënten niet online, ook niet via mijn eigen account, om werk en privé gescheiden te houden. Wil je iets uit je blog bespreken? Neem het mee naar onze volgende afspraak, dan lezen we het samen.',
      },
    ),
    uitkomst(
      'in-behandeling',
      'Lees de blog in het kader van de behandeling en bespreek hem in de sessies.',
      ['Spreek met de cliënt af wanneer en waarom je leest, en bespreek wat je las in de gesprekken, niet online. Reageer niet op de blog zelf.'],
      ['ggz.blog-client', 'ggz.email-whatsapp.afspraken'],
    ),
    uitkomst(
      'oud-client',
      'Ga er niet op in; houd ook met oud-cliënten geen online persoonlijke band.',
      ['Ook na de behandeling is een online persoonlijke relatie met een oud-cliënt af te raden: hij kan later weer hulp nodig hebben en de ongelijkheid uit de behandeling werkt door. Bedank hem vriendelijk.'],
      ['knmg-2017.aanbeveling-3.2', 'vvn.nbc-2.12.geen-contact-zoeken'],
      {
        voorbeeldReactie: 'Wat leuk om van je te horen en goed dat schrijven je helpt. Ik volg oud-cliënten niet online, maar ik wens je er veel plezier mee.',
      },
    ),
  ],
};
