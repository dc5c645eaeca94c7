import type { Beslisgraaf } from '../graaf/types.js';
import { uitkomst, vraag } from './bouw.js';

/** Situations about your own online presence: reviews, colleagues, dating, employer policy, a business account. */

export const REVIEW: Beslisgraaf = {
  id: 'review',
  titel: 'Een beoordeling op een waarderingssite of een reactie op je blog',
  omschrijving: 'Een (oud-)cliënt of naaste schrijft online over jou: een negatieve of lovende beoordeling, of een reactie op je blog of tweet.',
  start: 'soort',
  vragen: [
    vraag('soort', 'Wat voor bericht is het?', [
      ['negatief', 'een negatieve beoordeling op een waarderingssite (zoals ZorgkaartNederland)', 'negatief'],
      ['lovend', 'een lovende beoordeling', 'lovend'],
      ['blogreactie', 'een reactie op mijn blog, tweet of bericht', 'wie'],
    ]),
    vraag('wie', 'Van wie komt de reactie?', [
      ['huidig', 'van een cliënt die ik nu behandel of begeleid', 'reactie-huidig'],
      ['ander', 'van iemand anders (oud-cliënt, naaste, onbekende)', 'reactie-ander'],
    ]),
  ],
  uitkomsten: [
    uitkomst(
      'negatief',
      'Reageer niet inhoudelijk; je beroepsgeheim geldt ook hier.',
      [
        'Ook als de beoordeling onterecht voelt, mag je niets over de behandeling of zelfs over het bestaan van een behandelrelatie prijsgeven. Een inhoudelijk weerwoord schaadt de cliënt en meestal ook jezelf.',
        'Reageer pas als je rustig bent, algemeen en met een uitnodiging om het persoonlijk te bespreken. Overleg bij twijfel met een collega of de klachtenfunctionaris van je organisatie.',
      ],
      ['ggz.reviews', 'rvs-2017.beroepsgeheim.zwijgplicht', 'knmg-2017.aanbeveling-6.2', 'knmg-2017.netiquette.flames'],
      {
        voorbeeldReactie:
          'Het spijt me dat u een negatieve ervaring hebt. Over individuele cliënten kan ik hier vanwege mijn beroepsgeheim niets zeggen. Ik ga graag met u in gesprek; u kunt contact opnemen met de praktijk.',
      },
    ),
    uitkomst(
      'lovend',
      'Een korte, algemene dank kan; bevestig niets over de behandeling.',
      ['Ook bij lof geldt je beroepsgeheim: bevestig niet dat de schrijver je cliënt is en ga niet in op details. Een algemene dank volstaat, of je reageert niet.'],
      ['ggz.reviews', 'ggz.reacties-clienten', 'rvs-2017.beroepsgeheim.zwijgplicht'],
      { voorbeeldReactie: 'Dank voor uw vriendelijke woorden.' },
    ),
    uitkomst(
      'reactie-huidig',
      'Bespreek de reactie in de behandeling, niet online.',
      ['Een reactie van een huidige cliënt op jouw blog of tweet raakt de behandelrelatie. Reageer online hooguit algemeen en bespreek het verder in een gesprek: wat betekent het voor de cliënt dat hij je online volgt?'],
      ['ggz.reacties-clienten', 'ggz.eigen-blog'],
    ),
    uitkomst(
      'reactie-ander',
      'Weeg je reactie zorgvuldig: respectvol, bij je vak, zonder cliëntinformatie.',
      ['Ook een reactie op je blog is beroepsmatig handelen. Reageer inhoudelijk op het onderwerp, blijf respectvol bij felle kritiek, help ruzie te dempen en noem nooit iets dat tot een cliënt te herleiden is.'],
      ['ggz.reacties-clienten', 'knmg-2017.aanbeveling-6.1', 'knmg-2017.netiquette.flames'],
    ),
  ],
};

export const COLLEGA: Beslisgraaf = {
  id: 'collega',
  titel: 'Een collega post onprofessioneel',
  omschrijving: 'Je ziet dat een collega op sociale media iets plaatst dat niet kan: over cliënten, collega’s of de organisatie.',
  start: 'ernst',
  vragen: [
    vraag('ernst', 'Wat staat er in het bericht?', [
      ['client', 'informatie of beelden waarin een cliënt te herkennen is', 'gesprek'],
      ['onprofessioneel', 'iets onprofessioneels zonder herkenbare cliënt (denigrerend, roddel, klacht over werk)', 'gesprek'],
    ]),
    vraag(
      'gesprek',
      'Heb je de collega er zelf al op aangesproken?',
      [
        ['nog-niet', 'nee, nog niet', [{ als: { ernst: ['client'] }, naar: 'aanspreken-snel' }, { naar: 'aanspreken' }]],
        ['geholpen', 'ja, en het is opgelost', 'opgelost'],
        ['niet-geholpen', 'ja, maar het hielp niet', 'leidinggevende'],
        ['niet-mogelijk', 'een gesprek is niet mogelijk', 'leidinggevende'],
      ],
      'Aanspreken: persoonlijk en discreet, bijvoorbeeld in een privébericht, telefonisch of onder vier ogen, nooit in het openbaar.',
    ),
    vraag('leidinggevende', 'Heb je je leidinggevende al ingelicht?', [
      ['nog-niet', 'nee, nog niet', 'leidinggevende-inlichten'],
      ['zonder-resultaat', 'ja, maar er gebeurt niets en het gaat door', 'klacht-inspectie'],
    ]),
  ],
  uitkomsten: [
    uitkomst(
      'aanspreken',
      'Spreek je collega persoonlijk aan, niet in het openbaar.',
      [
        'Wijs je collega discreet op het bericht en op wat het kan betekenen voor cliënten, voor hem of haar zelf, voor de organisatie en voor het vertrouwen in het vak. Reageer niet online en meld je zorg niet via sociale media.',
      ],
      ['knmg-2017.aanbeveling-7.1', 'knmg-2017.aanbeveling-7.2', 'vvn.nbc-3.6.aanspreken', 'vvn.nbc-3.6.niet-online-melden', 'vvn.nbc-3.6.gevolgen-bespreken'],
      {
        stappen: ['1. Spreek je collega persoonlijk aan.', '2. Helpt dat niet of kan het niet: licht je leidinggevende in.', '3. Blijft het doorgaan: klachtencommissie, de vastgestelde meldprocedure of de inspectie.'],
        voorbeeldReactie:
          'Hoi, ik zag je bericht van vanmorgen. Ik zeg het je liever zelf: ik denk dat het je kan schaden en dat het niet goed valt bij collega’s en cliënten. Wil je het weghalen? Zullen we er even over bellen?',
      },
    ),
    uitkomst(
      'aanspreken-snel',
      'Vraag je collega direct en persoonlijk het bericht te verwijderen.',
      [
        'Een bericht waarin een cliënt te herkennen is, schendt het beroepsgeheim en verspreidt zich snel. Spreek je collega meteen persoonlijk aan en vraag het bericht te verwijderen. Reageer niet openbaar onder het bericht.',
        'Is je collega niet snel bereikbaar, licht dan direct je leidinggevende in.',
      ],
      ['knmg-2017.aanbeveling-7.1', 'vvn.nbc-3.6.aanspreken', 'vvn.nbc-3.6.leidinggevende', 'knmg-2017.aanbeveling-2.2'],
      {
        voorbeeldReactie:
          'Hoi, ik zag je bericht over die patiënt. Ik denk dat hij daarin te herkennen is. Wil je het meteen weghalen? Ik zeg het je liever zelf dan dat het via een ander loopt.',
      },
    ),
    uitkomst('opgelost', 'Goed gedaan; verder is er niets nodig.', ['Het aanspreken werkte. Als je wilt, kun je in het team bespreken hoe jullie met sociale media omgaan, zonder de collega te noemen.'], [
      'knmg-2017.aanbeveling-7',
      'vvn.nbc-3.6',
    ]),
    uitkomst(
      'leidinggevende-inlichten',
      'Licht je leidinggevende in.',
      ['Als een gesprek niet kan of niet helpt, breng je je zorg (of je vermoeden) bij je leidinggevende, in een persoonlijk gesprek. Benoem de mogelijke gevolgen voor cliënten, de collega, de organisatie en het vak.'],
      ['vvn.nbc-3.6.leidinggevende', 'vvn.nbc-3.6.gevolgen-bespreken'],
    ),
    uitkomst(
      'klacht-inspectie',
      'Gebruik de formele route: klachtencommissie, meldprocedure of inspectie.',
      ['Als ook je leidinggevende het niet oplost en het onzorgvuldige gebruik doorgaat, kun je het aan de orde stellen bij de klachtencommissie, via de vastgestelde meldprocedure van je organisatie, of bij de Inspectie. Leg vast wat je hebt gedaan.'],
      ['vvn.nbc-3.6.klachtencommissie', 'vvn.nbc-3.6.melden'],
    ),
  ],
};

export const DATING: Beslisgraaf = {
  id: 'dating',
  titel: 'Herkend worden op een datingsite',
  omschrijving: 'Je gebruikt (of overweegt) online daten en een cliënt, oud-cliënt of naaste herkent je, of kan dat doen.',
  start: 'wie',
  vragen: [
    vraag('wie', 'Wat is er aan de hand?', [
      ['huidig', 'een huidige cliënt heeft me herkend of benaderd', 'huidig'],
      ['oud', 'een oud-cliënt of naaste van een cliënt heeft me benaderd', 'oud'],
      ['overweeg', 'nog niets; ik overweeg een profiel', 'profiel'],
    ]),
  ],
  uitkomsten: [
    uitkomst(
      'huidig',
      'Ga er online niet op in en bespreek het zo nodig in de behandeling.',
      [
        'Reageer niet persoonlijk via de site. Als het contact de behandelrelatie raakt, bespreek het dan kort en professioneel in een gesprek. Overleg met een collega of in intervisie hoe je het aanpakt en of de behandelrelatie goed kan blijven.',
      ],
      ['ggz.online-daten', 'ggz.zelfonthulling', 'vvn.nbc-2.12', 'knmg-2017.aanbeveling-3.2'],
      {
        voorbeeldReactie:
          'Ik wil even iets benoemen: we kwamen elkaar online tegen. Dat kan gebeuren. Voor onze gesprekken verandert het niets; hier ben ik je behandelaar, en daarbuiten houd ik geen contact met cliënten.',
      },
    ),
    uitkomst(
      'oud',
      'Ga geen persoonlijke relatie aan; houd het vriendelijk en kort.',
      ['Ook met oud-cliënten en naasten van cliënten vermijd je een persoonlijke online relatie; de ongelijkheid uit de hulpverlening werkt door. Reageer niet, of kort en vriendelijk afwijzend.'],
      ['knmg-2017.aanbeveling-3.2', 'vvn.nbc-2.12.geen-contact-zoeken', 'ggz.facebook.geen-vrienden'],
      { voorbeeldReactie: 'Leuk dat je me een bericht stuurt. Omdat we elkaar via mijn werk kennen, ga ik hier niet op in. Ik wens je het beste.' },
    ),
    uitkomst(
      'profiel',
      'Wees voorzichtig met wat je over jezelf laat zien.',
      ['Een datingprofiel kan door cliënten worden gevonden. Vraag je bij elke foto en tekst af of je het erg vindt als een cliënt het ziet, en of het je vrije beroepsuitoefening kan hinderen.'],
      ['ggz.online-daten', 'ggz.zelfonthulling', 'ggz.eigen-naam-googelen'],
    ),
  ],
};

export const WERKGEVERBELEID: Beslisgraaf = {
  id: 'werkgeverbeleid',
  titel: 'Het sociale-mediabeleid van je werkgever',
  omschrijving: 'Wat doe je met de gedragsregels van je organisatie voor sociale media, e-mail en internet?',
  start: 'beleid',
  vragen: [
    vraag('beleid', 'Hoe staat het met het beleid van je organisatie?', [
      ['past', 'er is beleid en het past bij mijn beroepsnorm', 'vanuit-werk'],
      ['botst', 'er is beleid, maar het botst met verantwoorde zorg of mijn beroepscode', 'conflict'],
      ['geen', 'er is geen beleid, of ik ken het niet', 'geen'],
    ]),
    vraag('vanuit-werk', 'Wil je vanaf je werk of namens de organisatie actief zijn op sociale media?', [
      ['ja', 'ja', 'toestemming-werkgever'],
      ['nee', 'nee, alleen privé', 'volgen'],
    ]),
  ],
  uitkomsten: [
    uitkomst(
      'volgen',
      'Ken het beleid en volg het, ook privé.',
      ['Ook wat je privé plaatst kan je werkgever zien en aan je werk koppelen; onprofessioneel gedrag online kan tot disciplinaire maatregelen leiden. Houd je aan de regels van je organisatie voor sociale media, e-mail en internet.'],
      ['knmg-2017.aanbeveling-8.1', 'vvn.nbc-3.8.beleid-kennen', 'knmg-2017.aanbeveling-9.1'],
    ),
    uitkomst(
      'toestemming-werkgever',
      'Vraag je werkgever vooraf om toestemming en houd je aan het beleid.',
      ['Wie vanaf de werkplek of namens de organisatie post, overlegt dat vooraf met de werkgever. Spreek af welk account je gebruikt en wat wel en niet kan.'],
      ['vvn.nbc-3.8.beleid-kennen', 'knmg-2017.aanbeveling-8.1', 'knmg-2017.aanbeveling-4.doel-account'],
    ),
    uitkomst(
      'conflict',
      'Bespreek de strijdigheid persoonlijk met je leidinggevende.',
      ['Toets het beleid aan je beroepsnorm. Botst het met verantwoorde zorg, breng dat dan in een persoonlijk gesprek bij je leidinggevende in, niet via sociale media. Je kunt ook via de verpleegkundige adviesraad of een vergelijkbaar orgaan bijdragen aan beter beleid.'],
      ['vvn.nbc-3.8.conflict-melden', 'vvn.nbc-3.8.toetsen', 'vvn.nbc-3.8.bijdragen'],
    ),
    uitkomst(
      'geen',
      'Vraag naar het beleid en help het zo nodig maken.',
      ['Zoek uit of er regels zijn. Zijn ze er niet, stel dan voor ze op te stellen en lever je professionele bijdrage, ook over spelregels voor cliënten. Tot die tijd: werk volgens je beroepscode en wees extra voorzichtig met cliëntcontact via sociale media.'],
      ['vvn.nbc-3.8.bijdragen', 'vvn.nbc-3.8.spelregels-zorgvragers', 'zakelijk.protocol'],
    ),
  ],
};

export const ZAKELIJK_ACCOUNT: Beslisgraaf = {
  id: 'zakelijk-account',
  titel: 'Een zakelijk account opzetten',
  omschrijving: 'Je wilt een apart account voor je werk, voor contact met cliënten of om kennis te delen.',
  start: 'protocol',
  vragen: [
    vraag(
      'protocol',
      'Heeft je organisatie een protocol voor contact met cliënten via sociale media?',
      [
        ['ja', 'ja', 'doel'],
        ['nee', 'nee, of ik weet het niet', 'eerst-protocol'],
      ],
      'Een protocol legt vast welke kanalen mogen, waarvoor, hoe vertrouwelijkheid geborgd is en wie verantwoordelijk is. Zonder protocol sta je als hulpverlener en organisatie zwak als er iets misgaat.',
    ),
    vraag('doel', 'Waarvoor is het account bedoeld?', [
      ['clienten', 'praktisch contact met cliënten', 'checklist-clienten'],
      ['publiek', 'kennis en informatie delen met een breed publiek', 'checklist-publiek'],
    ]),
  ],
  uitkomsten: [
    uitkomst(
      'eerst-protocol',
      'Regel eerst een protocol met je organisatie.',
      ['Begin pas met een zakelijk account voor cliëntcontact als je organisatie heeft vastgelegd hoe dat gaat. Bespreek het met je leidinggevende en gebruik dan de checklist voor een zakelijk account.'],
      ['zakelijk.protocol', 'vvn.nbc-3.8.beleid-kennen'],
    ),
    uitkomst(
      'checklist-clienten',
      'Richt het account zakelijk in, volgens deze checklist.',
      ['Houd het zakelijke account helemaal gescheiden van je privéaccount en maak er vooraf afspraken over met elke cliënt.'],
      [
        'zakelijk.account',
        'zakelijk.account.bereikbaarheid',
        'zakelijk.account.algemene-berichten',
        'zakelijk.account.prive-berichten',
        'zakelijk.account.geen-tijdlijn-client',
        'zakelijk.afspraken-medium',
      ],
      {
        stappen: [
          'Vermeld op welke dagen en tijden je bereikbaar bent, en wat cliënten bij spoed moeten doen.',
          'Houd de tijdlijn algemeen: informatie waar elke cliënt iets aan heeft, nooit iets over één cliënt.',
          'Gebruik privéberichten alleen voor praktische zaken (zoals een herinnering aan een afspraak), nooit voor inhoudelijke gesprekken over de hulp.',
          'Plaats niets op de tijdlijn van een cliënt en volg cliënten niet: hun omgeving kan daaruit afleiden dat ze hulp krijgen.',
          'Spreek met elke cliënt af waarvoor het account dient, en controleer je privacy-instellingen regelmatig.',
        ],
      },
    ),
    uitkomst(
      'checklist-publiek',
      'Houd een publiek account bij je vak, met een duidelijk doel.',
      ['Bepaal het doel en het bereik van het account, scheid het van je privéaccount, en deel alleen algemene kennis uit je eigen vakgebied. Beantwoord persoonlijke vragen niet openbaar en noem nooit iets wat tot een cliënt te herleiden is.'],
      ['knmg-2017.aanbeveling-4.doel-account', 'ggz.twitter.gescheiden-accounts', 'knmg-2017.aanbeveling-3.algemeen-advies', 'ggz.eigen-blog'],
    ),
  ],
};
