import type { DeelAdvies, DeelKanaal, DeelVraag, Grond, Toestemming, Voorwaarde } from './types.js';

/** Norm ids (knowledge base) cited by the sharing decision. */
export const DELEN_NORMEN = {
  doorbreken: 'rvs-2017.beroepsgeheim.doorbreken',
  beroepsgeheim: 'rvs-2017.beroepsgeheim',
  toestemming: 'rvs-2017.toestemming',
  geinformeerd: 'rvs-2017.toestemming.geinformeerd',
  specifiek: 'rvs-2017.toestemming.specifiek',
  vrij: 'rvs-2017.toestemming.vrij',
  veronderstelde: 'rvs-2017.toestemming.veronderstelde',
  rechtstreeksBetrokken: 'rvs-2017.rechtstreeks-betrokken',
  vertegenwoordiger: 'rvs-2017.vertegenwoordiger',
  mantelzorger: 'rvs-2017.mantelzorger',
  naasten: 'ggz.naasten-contact',
  gemeente: 'rvs-2017.gemeente',
  doelbinding: 'rvs-2017.doelbinding',
  noodzakelijkheid: 'rvs-2017.noodzakelijkheid',
  meldcode: 'rvs-2017.meldcode',
  conflict: 'rvs-2017.conflict-van-plichten',
  wettelijkePlicht: 'rvs-2017.wettelijk-voorschrift',
  anoniemPubliek: 'vvn.nbc-2.10.casus-toestemming',
  publiek: 'knmg-2017.aanbeveling-2.2',
  beveiligd: 'knmg-2017.aanbeveling-2.beveiligd-kanaal',
  beveiligdGgz: 'ggz.email-whatsapp.beveiligd',
} as const;

const ONVEILIG: ReadonlySet<DeelKanaal> = new Set(['email', 'chat', 'sociale-media']);

const ZIN = {
  anoniem: 'De informatie is niet tot de cliënt te herleiden, dus het beroepsgeheim staat hier niet op het spel.',
  anoniemPubliek:
    'Ook een casus zonder naam kan door de cliënt of zijn omgeving worden herkend, en wat openbaar staat verspreidt zich buiten jouw macht. Laat de cliënt daarom vooraf weten dat je de casus gebruikt, en controleer of details als plaats, datum, instelling of bijzonderheden hem samen niet toch herkenbaar maken.',
  publiekNee:
    'Herleidbare cliëntinformatie hoort niet in de openbaarheid (sociale media, pers, een open forum). Alleen geldige toestemming van de cliënt kan dat veranderen; een melding, gevaar of de betrokkenheid van anderen doet dat niet.',
  publiekJa:
    'De cliënt heeft geldig toegestemd in openbaarmaking. Leg die toestemming schriftelijk vast, met wat er verschijnt, waar, en dat het daarna niet meer terug te halen is.',
  toestemming:
    'De cliënt heeft geldig toestemming gegeven: goed geïnformeerd, voor deze ontvanger en dit doel, en in vrijheid. Daarmee mag je delen, binnen de grenzen van wat de cliënt heeft toegestaan.',
  rechtstreeks:
    'De ontvanger werkt rechtstreeks mee aan dezelfde behandeling of zorg en het delen dient dat doel. Dan mag je uitgaan van veronderstelde toestemming, zolang de cliënt geen bezwaar maakt.',
  rechtstreeksBezwaar:
    'De cliënt heeft bezwaar gemaakt (of kon niet vrij kiezen); dan vervalt de veronderstelde toestemming, ook binnen het behandelteam.',
  vertegenwoordiger:
    'De ontvanger is de wettelijk vertegenwoordiger van de cliënt (een ouder met gezag van een kind onder de 16, een mentor of curator). Die beslist namens de cliënt en krijgt de informatie die daarvoor nodig is.',
  nieuwDoel:
    'Je zou de informatie voor een ander doel gebruiken dan waarvoor je haar kreeg. Voor een nieuw doel is toestemming of een wettelijke grond nodig; betrokkenheid bij de zorg of vertegenwoordiging alleen is dan niet genoeg.',
  meldplicht:
    'Een wettelijke meldplicht (bijvoorbeeld voor een meldingsplichtige infectieziekte of op last van de rechter) verplicht je deze gegevens aan deze ontvanger te geven; toestemming is daarvoor niet nodig.',
  meldrecht:
    'De Meldcode geeft je het recht om ook zonder toestemming te melden bij Veilig Thuis. Doorloop eerst de stappen van de meldcode van je organisatie en leg je afwegingen en de melding vast in het dossier.',
  meldrechtElders: 'Het meldrecht uit de Meldcode geldt voor een melding bij Veilig Thuis, niet voor deze ontvanger.',
  conflict:
    'Er dreigt ernstig gevaar dat alleen door te delen is af te wenden, en toestemming is geweigerd of niet te krijgen. Dan kan een conflict van plichten het doorbreken van je beroepsgeheim rechtvaardigen. Overleg zo mogelijk eerst met een collega of deskundige, leg je afweging vast in het dossier en vertel de cliënt wat je hebt gedeeld.',
  gevaarEerstVragen:
    'Er is ernstig gevaar, maar je hebt de cliënt nog niet om toestemming gevraagd. Vraag dat eerst; pas als de cliënt weigert of niet te vragen is, kan een conflict van plichten het doorbreken van je beroepsgeheim rechtvaardigen.',
  gevaarAndereWeg:
    'Het gevaar is ook op een andere, minder ingrijpende manier te beperken; die weg gaat voor het doorbreken van het beroepsgeheim.',
  eerstVragen:
    'Je hebt nog geen grond om te delen. Vraag de cliënt eerst om toestemming: leg uit wat je wilt delen, met wie, waarom en hoe ver het kan reiken, en laat de cliënt echt vrij om nee te zeggen.',
  geenGrond:
    'Er is geen grond om je beroepsgeheim te doorbreken: geen geldige toestemming, geen wettelijke plicht of meldrecht, en geen conflict van plichten. Deel deze informatie dus niet.',
  gemeente:
    'Een medewerker van de gemeente die over een uitkering, voorziening of handhaving beslist, is geen hulpverlener van de cliënt; informatie uit de hulp gebruiken voor zo’n besluit is een nieuw doel.',
  naasten:
    'Een mantelzorger of naaste kun je wel uitleggen hoe hij of zij de zorg kan ondersteunen (bijvoorbeeld waar op te letten of wat te doen), zonder geheime informatie over de cliënt prijs te geven.',
  noodzakelijk: 'Deel niet meer dan de ontvanger voor dit doel echt nodig heeft.',
  inkorten:
    'Je wilt meer delen dan voor dit doel nodig is. Haal eerst alles weg wat de ontvanger niet nodig heeft; ook waar delen mag, gaat het alleen om wat dan overblijft.',
  beveiligd:
    'Gewone e-mail, chatapps en sociale media zijn niet afgeschermd genoeg voor cliëntgegevens; gebruik een beveiligde verbinding, zoals het beveiligde berichtensysteem of dossier van je organisatie.',
} as const;

/**
 * The consent that rules 4–8 read: valid consent stays `gegeven`; consent that was not free counts as refused;
 * consent that was only uninformed or too general counts as not (properly) asked.
 */
export function effectieveToestemming(vraag: DeelVraag): Toestemming {
  if (vraag.toestemming !== 'gegeven') return vraag.toestemming;
  if (vraag.toestemmingVrij !== true) return 'geweigerd';
  if (vraag.toestemmingGeinformeerd !== true || vraag.toestemmingSpecifiek !== true) return 'niet-gevraagd';
  return 'gegeven';
}

/** Why given consent does not count (Dutch) and the norms for the missing qualities; empty when valid or not given. */
function gebrekenToestemming(vraag: DeelVraag): { uitleg: string[]; bronnen: string[] } {
  const bronnen: string[] = [];
  if (vraag.toestemming !== 'gegeven') return { uitleg: [], bronnen };
  const gebreken: string[] = [];
  if (vraag.toestemmingGeinformeerd !== true) bronnen.push(DELEN_NORMEN.geinformeerd);
  if (vraag.toestemmingSpecifiek !== true) bronnen.push(DELEN_NORMEN.specifiek);
  if (vraag.toestemmingVrij !== true) bronnen.push(DELEN_NORMEN.vrij);
  if (vraag.toestemmingGeinformeerd !== true) gebreken.push('de cliënt wist niet goed wat er met wie gedeeld wordt, waarom, en hoe ver het kan reiken');
  if (vraag.toestemmingSpecifiek !== true) gebreken.push('ze noemt deze ontvanger en dit doel niet (een algemene "alles mag"-handtekening is niet specifiek)');
  if (vraag.toestemmingVrij !== true) gebreken.push('de cliënt kon niet weigeren zonder nadeel, bijvoorbeeld omdat hij afhankelijk is van de vrager');
  if (gebreken.length === 0) return { uitleg: [], bronnen };
  const slot =
    vraag.toestemmingVrij !== true
      ? 'Toestemming onder druk telt als een weigering.'
      : 'Ze telt daarom als nog niet (goed) gevraagd.';
  return { uitleg: [`De gegeven toestemming is niet geldig: ${gebreken.join('; ')}. ${slot}`], bronnen };
}

interface Ja {
  grond: Grond;
  extra: Voorwaarde[];
  uitleg: string[];
  bronnen: string[];
}

function uniek<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** Rules 3–7 (in contract order): the ground that carries a yes, or undefined. */
function zoekGrond(vraag: DeelVraag, toestemming: Toestemming): Ja | undefined {
  const N = DELEN_NORMEN;
  if (toestemming === 'gegeven') {
    return { grond: 'toestemming', extra: [], uitleg: [ZIN.toestemming], bronnen: [N.toestemming, N.geinformeerd, N.specifiek, N.vrij] };
  }
  if (vraag.ontvanger === 'rechtstreeks-betrokken' && vraag.doelVerenigbaar && toestemming !== 'geweigerd') {
    return { grond: 'veronderstelde-toestemming', extra: [], uitleg: [ZIN.rechtstreeks], bronnen: [N.veronderstelde, N.rechtstreeksBetrokken] };
  }
  if (vraag.ontvanger === 'vertegenwoordiger' && vraag.doelVerenigbaar) {
    return { grond: 'vertegenwoordiger', extra: [], uitleg: [ZIN.vertegenwoordiger], bronnen: [N.vertegenwoordiger] };
  }
  if (vraag.wettelijkeGrond === 'meldplicht') return { grond: 'wettelijke-plicht', extra: [], uitleg: [ZIN.meldplicht], bronnen: [N.wettelijkePlicht] };
  if (vraag.wettelijkeGrond === 'meldrecht' && vraag.ontvanger === 'veilig-thuis') {
    return { grond: 'meldrecht', extra: ['meldcode-stappen', 'vastleggen-in-dossier'], uitleg: [ZIN.meldrecht], bronnen: [N.meldcode] };
  }
  if (vraag.ernstigGevaar && vraag.alleenDoorDelen && (toestemming === 'geweigerd' || toestemming === 'niet-mogelijk')) {
    return {
      grond: 'conflict-van-plichten',
      extra: ['collegiaal-overleg', 'vastleggen-in-dossier', 'client-informeren'],
      uitleg: [ZIN.conflict],
      bronnen: [N.conflict],
    };
  }
  return undefined;
}

/** Explanations for why no ground was found (rule 8), naming what blocked the nearer grounds. */
function geenGrondUitleg(vraag: DeelVraag, toestemming: Toestemming): { uitleg: string[]; bronnen: string[] } {
  const uitleg: string[] = [];
  const bronnen: string[] = [DELEN_NORMEN.toestemming];
  const naarBetrokkene = vraag.ontvanger === 'rechtstreeks-betrokken' || vraag.ontvanger === 'vertegenwoordiger';
  if (naarBetrokkene && !vraag.doelVerenigbaar) {
    uitleg.push(ZIN.nieuwDoel);
    bronnen.push(DELEN_NORMEN.doelbinding);
  } else if (vraag.ontvanger === 'rechtstreeks-betrokken' && toestemming === 'geweigerd') {
    uitleg.push(ZIN.rechtstreeksBezwaar);
    bronnen.push(DELEN_NORMEN.rechtstreeksBetrokken);
  }
  if (vraag.wettelijkeGrond === 'meldrecht') {
    uitleg.push(ZIN.meldrechtElders);
    bronnen.push(DELEN_NORMEN.meldcode);
  }
  if (vraag.ernstigGevaar) {
    uitleg.push(vraag.alleenDoorDelen ? ZIN.gevaarEerstVragen : ZIN.gevaarAndereWeg);
    bronnen.push(DELEN_NORMEN.conflict);
  }
  return { uitleg, bronnen };
}

/**
 * "Mag ik dit delen?" — the sharing decision of contract `delen.md`: the first rule that applies wins.
 * Pure; expects a valid DeelVraag (check untrusted input with `valideerDeelVraag` first).
 */
export function beoordeelDelen(vraag: DeelVraag): DeelAdvies {
  const N = DELEN_NORMEN;
  const inkorten = vraag.alleenNoodzakelijk ? { uitleg: [], bronnen: [] } : { uitleg: [ZIN.inkorten], bronnen: [N.noodzakelijkheid] };
  const advies = (besluit: DeelAdvies['besluit'], grond: DeelAdvies['grond'], voorwaarden: Voorwaarde[], uitleg: string[], bronnen: string[]): DeelAdvies => ({
    besluit,
    grond,
    voorwaarden: uniek(voorwaarden).sort(),
    uitleg: [...uitleg, ...inkorten.uitleg],
    bronnen: uniek([N.doorbreken, ...bronnen, ...inkorten.bronnen]),
  });

  // 1. Anonymous.
  if (!vraag.herleidbaar) {
    if (vraag.ontvanger === 'publiek') {
      return advies('ja-onder-voorwaarden', 'anoniem', ['client-informeren'], [ZIN.anoniem, ZIN.anoniemPubliek], [N.publiek, N.anoniemPubliek]);
    }
    return advies('ja', 'anoniem', [], [ZIN.anoniem], [N.beroepsgeheim]);
  }

  const toestemming = effectieveToestemming(vraag);
  const gebreken = gebrekenToestemming(vraag);

  // 2. Public: only valid consent opens it.
  if (vraag.ontvanger === 'publiek') {
    if (toestemming === 'gegeven') {
      return advies(
        'ja-onder-voorwaarden',
        'toestemming',
        ['alleen-noodzakelijke-gegevens', 'schriftelijke-toestemming'],
        [ZIN.publiekJa, ZIN.noodzakelijk],
        [N.publiek, N.toestemming],
      );
    }
    return advies('nee', null, [], [ZIN.publiekNee, ...gebreken.uitleg], [N.publiek, N.toestemming, ...gebreken.bronnen]);
  }

  // 3–7. A ground that carries a yes.
  const ja = zoekGrond(vraag, toestemming);
  if (ja) {
    const onveilig = ONVEILIG.has(vraag.kanaal);
    return advies(
      'ja-onder-voorwaarden',
      ja.grond,
      ['alleen-noodzakelijke-gegevens', ...(onveilig ? (['beveiligd-kanaal'] as const) : []), ...ja.extra],
      [...gebreken.uitleg, ...ja.uitleg, ZIN.noodzakelijk, ...(onveilig ? [ZIN.beveiligd] : [])],
      [...gebreken.bronnen, ...ja.bronnen, ...(onveilig ? [N.beveiligd, N.beveiligdGgz] : [])],
    );
  }

  // 8. No ground.
  const reden = geenGrondUitleg(vraag, toestemming);
  const extraUitleg: string[] = [];
  const extraBronnen: string[] = [];
  if (vraag.ontvanger === 'mantelzorger' || vraag.ontvanger === 'naaste') {
    extraUitleg.push(ZIN.naasten);
    extraBronnen.push(N.mantelzorger, ...(vraag.ontvanger === 'naaste' ? [N.naasten] : []));
  }
  if (vraag.ontvanger === 'gemeente') {
    extraUitleg.push(ZIN.gemeente);
    extraBronnen.push(N.gemeente);
  }
  const eerstVragen = toestemming === 'niet-gevraagd';
  return advies(
    eerstVragen ? 'eerst-toestemming-vragen' : 'nee',
    null,
    [],
    [...gebreken.uitleg, ...reden.uitleg, eerstVragen ? ZIN.eerstVragen : ZIN.geenGrond, ...extraUitleg],
    [...gebreken.bronnen, ...reden.bronnen, ...extraBronnen],
  );
}
