import type { Beslisgraaf } from '../graaf/types.js';
import { uitkomst, vraag } from './bouw.js';

/** Situations about client information in care work: photos and cases for teaching or consultation. */

export const FOTO: Beslisgraaf = {
  id: 'foto',
  titel: 'Een wond of een cliënt fotograferen',
  omschrijving: 'Je wilt een foto maken van een wond, van een cliënt of op je werk.',
  start: 'wat',
  vragen: [
    vraag('wat', 'Wat zou er op de foto staan?', [
      ['wond', 'alleen een wond of lichaamsdeel, voor de zorg of een advies', 'apparatuur'],
      ['client', 'de cliënt herkenbaar (gezicht, kamer, situatie)', 'doel'],
      ['werk', 'collega’s of de afdeling', 'werk'],
    ]),
    vraag(
      'apparatuur',
      'Waarmee maak en verstuur je de foto?',
      [
        ['instelling', 'met apparatuur van de organisatie, via een beveiligd systeem', 'wond-instelling'],
        ['prive', 'alleen mijn privételefoon is beschikbaar', 'wond-prive'],
      ],
      'Beveiligd: het dossier of het afgeschermde berichtensysteem van de organisatie. WhatsApp of gewone e-mail zijn dat niet.',
    ),
    vraag('doel', 'Waarvoor is de foto?', [
      ['zorg', 'voor de zorg of het dossier', 'client-zorg'],
      ['delen', 'om online te zetten of buiten de zorg te laten zien', 'niet-online'],
    ]),
  ],
  uitkomsten: [
    uitkomst(
      'wond-instelling',
      'Dat kan: alleen de wond, via het beveiligde systeem, en vastleggen in het dossier.',
      ['Een wondfoto delen met een rechtstreeks betrokken collega voor advies valt binnen de zorg. Fotografeer alleen de wond, verstuur via het beveiligde systeem en voeg foto en advies toe aan het dossier.'],
      ['vvn.nbc-2.10.wondfoto', 'rvs-2017.rechtstreeks-betrokken', 'knmg-2017.aanbeveling-2.beveiligd-kanaal'],
    ),
    uitkomst(
      'wond-prive',
      'Alleen bij uitzondering, en dan: alleen de wond, daarna wissen, en vastleggen.',
      ['Is er echt geen apparatuur van de organisatie en heeft de cliënt baat bij snel advies, dan kan een privételefoon bij uitzondering. Zorg dat de cliënt niet herkenbaar is en maak afspraken over het wissen van de foto.'],
      ['vvn.nbc-2.10.wondfoto', 'ggz.email-whatsapp.beveiligd', 'rvs-2017.noodzakelijkheid'],
      {
        stappen: [
          'Fotografeer alleen de wond, niet het gezicht of andere herkenbare kenmerken.',
          'Verstuur zo veilig als mogelijk, en alleen naar de betrokken collega.',
          'Wis de foto van je telefoon (ook uit back-ups en chats) zodra hij in het dossier staat.',
          'Leg foto, gegeven informatie en advies vast in het dossier van de cliënt.',
        ],
      },
    ),
    uitkomst(
      'client-zorg',
      'Vraag de cliënt toestemming en gebruik apparatuur van de organisatie.',
      ['Een herkenbare foto van een cliënt is cliëntinformatie. Maak hem alleen als het voor de zorg nodig is, met toestemming van de cliënt (of zijn vertegenwoordiger), met apparatuur van de organisatie, en bewaar hem alleen in het dossier.'],
      ['rvs-2017.toestemming', 'vvn.nbc-2.10.foto', 'rvs-2017.noodzakelijkheid'],
    ),
    uitkomst(
      'niet-online',
      'Niet doen: zet geen beelden van cliënten online.',
      ['Beelden van cliënten verspreiden zich buiten je macht en zijn nauwelijks terug te halen; ze schenden de privacy en het vertrouwen, ook als het vriendelijk bedoeld is. Er zijn tuchtzaken om soortgelijke berichten gevoerd.'],
      ['vvn.nbc-2.10.foto', 'knmg-2017.aanbeveling-2.2', 'knmg-2017.tuchtrecht.rtg-eindhoven-2014'],
    ),
    uitkomst(
      'werk',
      'Vraag collega’s toestemming, en let op cliënten op de achtergrond.',
      ['Ook collega’s fotografeer en plaats je niet zomaar; vraag het hun en bedenk of de foto hen, je team of de organisatie kan schaden. Let er goed op dat er geen cliënt, dossier of herkenbare situatie in beeld is.'],
      ['vvn.nbc-2.10.foto', 'knmg-2017.netiquette.privacy-anderen', 'vvn.art-4.goed-beeld'],
    ),
  ],
};

export const CASUS: Beslisgraaf = {
  id: 'casus',
  titel: 'Een casus gebruiken voor onderwijs of intercollegiaal overleg',
  omschrijving: 'Je wilt de situatie van een cliënt gebruiken om te leren of om met vakgenoten te overleggen.',
  start: 'nodig',
  vragen: [
    vraag(
      'nodig',
      'Moet het online (sociale media, een forum, een e-learning), of kan het ook in een teamoverleg of telefonisch?',
      [
        ['traditioneel', 'het kan ook in een overleg of telefonisch', 'traditioneel'],
        ['online', 'het moet online', 'waar'],
      ],
    ),
    vraag(
      'waar',
      'Waar komt de casus te staan?',
      [
        ['besloten', 'op een besloten, beveiligd platform of in een e-learning van de organisatie', 'anoniem'],
        ['openbaar', 'openbaar: sociale media, een blog of een open forum', 'anoniem'],
      ],
      'Openbaar: iedereen kan het lezen, doorsturen en bewaren. Ook een besloten groep is niet altijd zo besloten als het lijkt.',
    ),
    vraag(
      'anoniem',
      'Kan niemand de cliënt in de casus herkennen, ook niet via plaats, datum, instelling, jouw naam of bijzonderheden?',
      [
        ['ja', 'ja, volledig onherleidbaar', 'toestemming'],
        ['nee', 'nee, of ik weet het niet zeker', 'anonimiseren'],
      ],
      'Herleidbaar is meer dan een naam. Omdat bekend is wie jij bent en waar je werkt, kan een casus sneller herkend worden dan je denkt.',
    ),
    vraag('toestemming', 'Heeft de cliënt toestemming gegeven voor het gebruik van zijn casus?', [
      ['ja', 'ja', [{ als: { waar: ['openbaar'] }, naar: 'openbaar-met-toestemming' }, { naar: 'mag' }]],
      ['nee', 'nee, nog niet gevraagd', 'toestemming-vragen'],
    ]),
  ],
  uitkomsten: [
    uitkomst(
      'traditioneel',
      'Bespreek de casus in het team of telefonisch.',
      ['Kies de weg met het minste risico. In een gewoon overleg met betrokken collega’s blijft de informatie binnen de zorg; deel ook dan alleen wat nodig is.'],
      ['vvn.nbc-2.10.casus-noodzaak', 'rvs-2017.noodzakelijkheid'],
    ),
    uitkomst(
      'anonimiseren',
      'Maak de casus eerst echt onherleidbaar; lukt dat niet, deel hem dan niet online.',
      ['Haal alles weg wat de cliënt herkenbaar maakt: naam, leeftijd, woonplaats, data, instelling, bijzondere kenmerken, beelden. Gebruik bij twijfel de beslishulp "Mag ik dit delen?".'],
      ['vvn.nbc-2.10.casus-toestemming', 'knmg-2017.aanbeveling-2.2', 'vvn.nbc-2.10.herleidbaar'],
    ),
    uitkomst(
      'toestemming-vragen',
      'Vraag de cliënt eerst om toestemming.',
      ['Ook bij een onherleidbare casus vraag je de cliënt bij voorkeur of hij ermee instemt: leg uit waarvoor, waar het komt te staan en hoe ver het kan reiken.'],
      ['vvn.nbc-2.10.casus-toestemming', 'rvs-2017.toestemming.geinformeerd'],
    ),
    uitkomst(
      'mag',
      'Dat kan: onherleidbaar, met toestemming, alleen wat nodig is.',
      ['Gebruik alleen de details die voor het leerdoel of het overleg nodig zijn, en controleer na het plaatsen of de casus ook in combinatie met andere informatie onherkenbaar blijft.'],
      ['vvn.nbc-2.10.casus-toestemming', 'rvs-2017.noodzakelijkheid'],
    ),
    uitkomst(
      'openbaar-met-toestemming',
      'Kan, maar wees extra terughoudend: openbaar is voor altijd.',
      ['Een openbare casus is nauwelijks terug te halen en wordt gemakkelijker herkend omdat jij de afzender bent. Doe het alleen als het echt bijdraagt aan de kennis van vakgenoten, en leg de toestemming vast.'],
      ['knmg-2017.aanbeveling-2.2', 'knmg-2017.aanbeveling-5.1', 'vvn.nbc-2.10.casus-toestemming'],
    ),
  ],
};
