import { evalueerGraaf } from '../graaf/engine.js';
import type { Beslisgraaf, Overgang, Pad, Resultaat, Toestand } from '../graaf/types.js';
import { beoordeelDelen, DELEN_NORMEN } from './beoordeel.js';
import type { DeelAdvies, DeelVraag } from './types.js';
import { valideerDeelVraag } from './valideer.js';

/** Facts that no longer matter once a path has settled the outcome (the wizard does not ask them). */
const GEEN_WET_OF_GEVAAR = { wettelijkeGrond: 'geen', ernstigGevaar: false, alleenDoorDelen: false } as const;
const PUBLIEK_REST = { ...GEEN_WET_OF_GEVAAR, doelVerenigbaar: false, alleenNoodzakelijk: true, kanaal: 'sociale-media' } as const;
const GEEN_GROND_REST = { alleenNoodzakelijk: true, kanaal: 'mondeling' } as const;

const naarNodig = (als: Overgang['als'], zet: Toestand = GEEN_WET_OF_GEVAAR): Overgang => ({ als, zet, naar: 'nodig' });
const ALS_PUBLIEK = { ontvanger: ['publiek'] } as const;

function janee(veld: string, ja: string, nee: string, naarJa: Antwoorden, naarNee: Antwoorden = naarJa) {
  return [
    { id: 'ja', tekst: ja, zet: { [veld]: true }, naar: naarJa },
    { id: 'nee', tekst: nee, zet: { [veld]: false }, naar: naarNee },
  ];
}
type Antwoorden = string | readonly Overgang[];

/**
 * The "Mag ik dit delen?" wizard as a question graph. It collects the DeelVraag fields one question at a time,
 * skipping questions whose answer can no longer change the decision (their fields are filled with neutral
 * values on the transition). Its single outcome stands for "compute the advice with `beoordeelDelen`".
 */
export const DELEN_GRAAF: Beslisgraaf = {
  id: 'delen',
  titel: 'Mag ik dit delen?',
  omschrijving: 'Beslishulp voor het delen van cliëntinformatie met anderen: wie ontvangt het, op welke grond, en onder welke voorwaarden.',
  start: 'ontvanger',
  vragen: [
    {
      id: 'ontvanger',
      tekst: 'Met wie wil je de informatie delen?',
      hulp:
        'Rechtstreeks betrokken: een hulpverlener die meewerkt aan dezelfde behandeling of hetzelfde zorgplan (dezelfde functionele eenheid). Een andere hulpverlener die daar niet direct bij hoort (de huisarts na verwijzing, een ander team, het wijkteam) is niet rechtstreeks betrokken. Vertegenwoordiger: wie wettelijk namens de cliënt beslist (ouder met gezag van een kind onder 16, mentor, curator). Een mantelzorger of familielid is dat niet vanzelf.',
      antwoorden: [
        ['rechtstreeks-betrokken', 'een hulpverlener die rechtstreeks betrokken is bij dezelfde behandeling of zorg'],
        ['vertegenwoordiger', 'de wettelijk vertegenwoordiger (ouder met gezag, mentor, curator)'],
        ['andere-hulpverlener', 'een andere hulpverlener die niet rechtstreeks betrokken is (huisarts, ander team, wijkteam)'],
        ['mantelzorger', 'een mantelzorger of vrijwilliger'],
        ['naaste', 'familie of een vriend (geen vertegenwoordiger)'],
        ['gemeente', 'een medewerker van de gemeente (bijv. uitkering of Wmo)'],
        ['werkgever', 'de werkgever of het re-integratiebedrijf van de cliënt'],
        ['politie-justitie', 'politie of justitie'],
        ['veilig-thuis', 'Veilig Thuis'],
        ['publiek', 'het publiek: sociale media, pers of een open forum'],
        ['collegae-onderwijs', 'collega’s voor intercollegiaal overleg of onderwijs'],
      ].map(([id, tekst]) => ({ id: id!, tekst: tekst!, zet: { ontvanger: id! }, naar: 'herleidbaar' })),
    },
    {
      id: 'herleidbaar',
      tekst: 'Is de informatie tot de cliënt te herleiden?',
      hulp:
        'Herleidbaar betekent: iemand kan, eventueel met wat hij al weet of online vindt, de cliënt herkennen. Ook zonder naam kunnen plaats, datum, leeftijd, instelling, een bijzondere aandoening of een foto genoeg zijn. Kies "nee" alleen als de informatie echt anoniem is.',
      antwoorden: [
        { id: 'ja', tekst: 'ja, of ik weet het niet zeker', zet: { herleidbaar: true }, naar: 'toestemming' },
        {
          id: 'nee',
          tekst: 'nee, de informatie is echt anoniem',
          zet: { herleidbaar: false },
          naar: [{ zet: { toestemming: 'niet-gevraagd', ...GEEN_WET_OF_GEVAAR, doelVerenigbaar: true, ...GEEN_GROND_REST }, naar: 'advies' }],
        },
      ],
    },
    {
      id: 'toestemming',
      tekst: 'Heeft de cliënt (of diens vertegenwoordiger) toestemming gegeven voor dit delen?',
      hulp:
        'Het gaat om toestemming voor precies dit delen: deze informatie, deze ontvanger, dit doel. Niet mogelijk: de cliënt is niet bereikbaar of niet in staat te beslissen, en er is niemand die namens hem kan beslissen.',
      antwoorden: [
        { id: 'gegeven', tekst: 'ja, toestemming is gegeven', zet: { toestemming: 'gegeven' }, naar: 'geinformeerd' },
        ...(
          [
            ['geweigerd', 'nee, de cliënt wil het niet'],
            ['niet-gevraagd', 'nog niet gevraagd'],
            ['niet-mogelijk', 'vragen is niet mogelijk'],
          ] as const
        ).map(([id, tekst]) => ({
          id,
          tekst,
          zet: { toestemming: id },
          naar: [
            { als: ALS_PUBLIEK, zet: PUBLIEK_REST, naar: 'advies' },
            { als: { ontvanger: ['rechtstreeks-betrokken', 'vertegenwoordiger'] }, naar: 'doel' },
            { zet: { doelVerenigbaar: false }, naar: 'wettelijk' },
          ],
        })),
      ],
    },
    {
      id: 'geinformeerd',
      tekst: 'Wist de cliënt bij het toestemmen wat er gedeeld wordt, met wie, waarom, en hoe ver het zich kan verspreiden?',
      hulp: 'Geïnformeerde toestemming: de cliënt begreep waarmee hij instemde. Wie niet weet wat er met zijn gegevens gebeurt, kan daar niet echt mee instemmen.',
      antwoorden: janee('toestemmingGeinformeerd', 'ja', 'nee of niet zeker', 'specifiek'),
    },
    {
      id: 'specifiek',
      tekst: 'Noemt de toestemming deze ontvanger en dit doel?',
      hulp: 'Specifieke toestemming gaat over deze ontvanger en dit doel. Een algemene handtekening bij de aanmelding ("alle betrokkenen mogen alles delen") is niet specifiek.',
      antwoorden: janee('toestemmingSpecifiek', 'ja', 'nee, het was een algemene toestemming', 'vrij'),
    },
    {
      id: 'vrij',
      tekst: 'Kon de cliënt weigeren zonder daar nadeel van te hebben?',
      hulp:
        'Vrije toestemming: de cliënt kon ook nee zeggen. Dat is niet zo als hij afhankelijk is van wie erom vraagt, bijvoorbeeld voor een uitkering, huisvesting of zorg. Toestemming onder druk telt als weigering.',
      antwoorden: janee('toestemmingVrij', 'ja', 'nee, hij was afhankelijk of stond onder druk', [
        naarNodig({ toestemmingGeinformeerd: [true], toestemmingSpecifiek: [true], toestemmingVrij: [true] }, { ...GEEN_WET_OF_GEVAAR, doelVerenigbaar: true }),
        { als: ALS_PUBLIEK, zet: PUBLIEK_REST, naar: 'advies' },
        { als: { ontvanger: ['rechtstreeks-betrokken', 'vertegenwoordiger'] }, naar: 'doel' },
        { zet: { doelVerenigbaar: false }, naar: 'wettelijk' },
      ]),
    },
    {
      id: 'doel',
      tekst: 'Deel je de informatie voor hetzelfde doel als waarvoor je haar kreeg (de zorg of behandeling van de cliënt)?',
      hulp:
        'Doelbinding: gegevens die je kreeg om iemand te helpen, gebruik je in beginsel alleen voor die hulp. Voor een nieuw doel (bijvoorbeeld een uitkering, controle of onderzoek) is toestemming of een wettelijke grond nodig.',
      antwoorden: janee(
        'doelVerenigbaar',
        'ja, het dient dezelfde zorg of behandeling',
        'nee, het is voor een ander doel',
        [
          naarNodig({ ontvanger: ['rechtstreeks-betrokken'], toestemming: ['niet-gevraagd', 'niet-mogelijk'] }),
          naarNodig({ ontvanger: ['rechtstreeks-betrokken'], toestemming: ['gegeven'], toestemmingVrij: [true] }),
          naarNodig({ ontvanger: ['vertegenwoordiger'] }),
          { naar: 'wettelijk' },
        ],
        'wettelijk',
      ),
    },
    {
      id: 'wettelijk',
      tekst: 'Geldt er voor deze ontvanger een wettelijke meldplicht of een meldrecht?',
      hulp:
        'Meldplicht: de wet verplicht je te melden, bijvoorbeeld een meldingsplichtige infectieziekte aan de GGD, of een bevel van de rechter. Meldrecht: de wet staat je toe te melden zonder toestemming; de Meldcode huiselijk geweld en kindermishandeling geeft dat recht voor een melding bij Veilig Thuis.',
      antwoorden: [
        { id: 'geen', tekst: 'nee, geen van beide', zet: { wettelijkeGrond: 'geen' }, naar: 'gevaar' },
        { id: 'meldplicht', tekst: 'ja, een wettelijke meldplicht', zet: { wettelijkeGrond: 'meldplicht' }, naar: [naarNodig(undefined, { ernstigGevaar: false, alleenDoorDelen: false })] },
        {
          id: 'meldrecht',
          tekst: 'ja, een meldrecht (Meldcode)',
          zet: { wettelijkeGrond: 'meldrecht' },
          naar: [naarNodig({ ontvanger: ['veilig-thuis'] }, { ernstigGevaar: false, alleenDoorDelen: false }), { naar: 'gevaar' }],
        },
      ],
    },
    {
      id: 'gevaar',
      tekst: 'Dreigt er ernstig gevaar voor de cliënt of voor anderen?',
      hulp: 'Denk aan een concreet risico op ernstige schade: geweld, suïcide, mishandeling, ernstige verwaarlozing.',
      antwoorden: [
        { id: 'ja', tekst: 'ja', zet: { ernstigGevaar: true }, naar: 'alleendoordelen' },
        { id: 'nee', tekst: 'nee', zet: { ernstigGevaar: false }, naar: [{ zet: { alleenDoorDelen: false, ...GEEN_GROND_REST }, naar: 'advies' }] },
      ],
    },
    {
      id: 'alleendoordelen',
      tekst: 'Is dat gevaar alleen af te wenden of te beperken door deze informatie te delen?',
      hulp:
        'Conflict van plichten: je zwijgplicht botst met je plicht om ernstige schade te voorkomen. Dat kan doorbreken van het beroepsgeheim rechtvaardigen, maar alleen als er geen andere, minder ingrijpende weg is en de cliënt weigert of niet te vragen is.',
      antwoorden: janee(
        'alleenDoorDelen',
        'ja, er is geen andere weg',
        'nee, het kan ook anders',
        [
          { als: { toestemming: ['geweigerd', 'niet-mogelijk'] }, naar: 'nodig' },
          { als: { toestemming: ['gegeven'], toestemmingVrij: [false] }, naar: 'nodig' },
          { zet: GEEN_GROND_REST, naar: 'advies' },
        ],
        [{ zet: GEEN_GROND_REST, naar: 'advies' }],
      ),
    },
    {
      id: 'nodig',
      tekst: 'Deel je alleen de informatie die de ontvanger voor dit doel nodig heeft?',
      hulp: 'Dataminimalisatie: ook als delen mag, deel je niet meer dan nodig. Laat weg wat de ontvanger voor dit doel niet hoeft te weten.',
      antwoorden: janee('alleenNoodzakelijk', 'ja', 'nee, ik zou meer delen', [
        { als: ALS_PUBLIEK, zet: { kanaal: 'sociale-media' }, naar: 'advies' },
        { naar: 'kanaal' },
      ]),
    },
    {
      id: 'kanaal',
      tekst: 'Hoe wil je de informatie delen?',
      hulp: 'Beveiligd: een afgeschermd systeem van de organisatie (dossier, beveiligde mail of berichtendienst). Gewone e-mail, WhatsApp en andere chatapps en sociale media zijn niet beveiligd genoeg voor cliëntgegevens.',
      antwoorden: [
        ['beveiligd', 'via een beveiligd systeem van de organisatie'],
        ['mondeling', 'mondeling of telefonisch'],
        ['email', 'gewone e-mail'],
        ['chat', 'WhatsApp of een andere chatapp'],
        ['sociale-media', 'via sociale media'],
      ].map(([id, tekst]) => ({ id: id!, tekst: tekst!, zet: { kanaal: id! }, naar: 'advies' })),
    },
  ],
  uitkomsten: [
    {
      id: 'advies',
      titel: 'Advies volgens de beslisregels van "Mag ik dit delen?"',
      advies: ['Het advies volgt uit je antwoorden en de regels voor het doorbreken van het beroepsgeheim.'],
      bronnen: [DELEN_NORMEN.doorbreken],
    },
  ],
};

export interface DelenUitkomst {
  vraag: DeelVraag;
  advies: DeelAdvies;
  pad: Pad;
}

/** Walk the delen wizard with answers (question id → answer id) and compute the advice. */
export function evalueerDelenGraaf(antwoorden: Readonly<Record<string, string>>): Resultaat<DelenUitkomst> {
  const r = evalueerGraaf(DELEN_GRAAF, antwoorden);
  if (!r.ok) return r;
  return deelVraagUitPad(r.waarde);
}

/** The DeelVraag collected on a finished walk of the delen wizard, and its advice. */
export function deelVraagUitPad(pad: Pad): Resultaat<DelenUitkomst> {
  const v = valideerDeelVraag(pad.toestand);
  if (!v.ok) return { ok: false, fout: `de wizard leverde geen volledige DeelVraag: ${v.fout}` };
  return { ok: true, waarde: { vraag: v.vraag, advies: beoordeelDelen(v.vraag), pad } };
}
