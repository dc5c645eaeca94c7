import { describe, expect, it } from 'vitest';
import type { CheckContext, ItemLabel } from '../src/types.js';
import { labels, run, type GivenSpan } from './rules-helpers.js';

const TWITTER: CheckContext = { kanaal: 'twitter', zichtbaarheid: 'openbaar', richting: 'uitgaand' };
const FB_BESLOTEN: CheckContext = { kanaal: 'facebook', zichtbaarheid: 'besloten', richting: 'uitgaand' };
const WHATSAPP: CheckContext = { kanaal: 'whatsapp', zichtbaarheid: 'prive', richting: 'uitgaand' };
const EMAIL: CheckContext = { kanaal: 'email', zichtbaarheid: 'prive', richting: 'uitgaand' };
const INKOMEND: CheckContext = { kanaal: 'whatsapp', zichtbaarheid: 'prive', richting: 'inkomend' };
const LINKEDIN: CheckContext = { kanaal: 'linkedin', zichtbaarheid: 'openbaar', richting: 'uitgaand' };
const FORUM: CheckContext = { kanaal: 'forum', zichtbaarheid: 'openbaar', richting: 'uitgaand' };

type Case = [string, CheckContext, GivenSpan[] | undefined];

function expectLabel(label: ItemLabel, wel: Case[], niet: Case[]) {
  it.each(wel)('wel: %s', (text, ctx, spans) => expect(labels(text, ctx, spans)).toContain(label));
  it.each(niet)('niet: %s', (text, ctx, spans) => expect(labels(text, ctx, spans)).not.toContain(label));
}

describe('herleidbaar', () => {
  expectLabel(
    'herleidbaar',
    [
      ['Mevrouw Terpstra van kamer 6 zong vandaag het hoogste lied tijdens de muziekmiddag!', TWITTER, [['PERSOON', 'Terpstra']]],
      ['Trots op Daan, die na maanden revalidatie weer zelf kan lopen.', FB_BESLOTEN, [['PERSOON', 'Daan'], ['GEZONDHEID', 'revalidatie']]],
      ['Hoi Ellen, wil je de dochter van dhr. Visser even bellen? Nummer is 06-19283746.', EMAIL, [['PERSOON', 'Ellen'], ['PERSOON', 'Visser'], ['TELEFOON', '06-19283746']]],
      ['Cliënt 20-44871 heeft vandaag zijn eerste afspraak gemist.', TWITTER, [['ID', '20-44871']]],
      ['Vanmiddag de 8-jarige uit Kampen met de brandwonden van de barbecue bij ons op de SEH gehad.', TWITTER, [['LEEFTIJD', '8-jarige'], ['LOCATIE', 'Kampen'], ['GEZONDHEID', 'brandwonden']]],
      ['De enige patiënt met deze zeldzame stofwisselingsziekte in heel Limburg ligt nu bij ons.', TWITTER, [['LOCATIE', 'Limburg'], ['GEZONDHEID', 'stofwisselingsziekte']]],
      ['Een bekende Nederlandse presentator zat vanochtend in mijn wachtkamer. Meer zeg ik niet 🤫', TWITTER, undefined],
      ['Collega’s, de vrachtwagenchauffeur van 54 uit Emmen van de aanrijding gisternacht ligt nog op onze IC.', TWITTER, [['LEEFTIJD', '54'], ['LOCATIE', 'Emmen']]],
      ['Melding: meisje geboren 4 april 2015, woont Kerkstraat 12, mogelijk verwaarloosd.', EMAIL, [['DATUM', '4 april 2015'], ['LOCATIE', 'Kerkstraat 12'], ['GEZONDHEID', 'verwaarloosd']]],
      ['Beste Kees, je leverwaarden zijn flink gestegen. We moeten je medicatie aanpassen.', WHATSAPP, [['PERSOON', 'Kees'], ['GEZONDHEID', 'leverwaarden']]],
    ],
    [
      ['Beste Kees, je afspraak is verzet naar donderdag 10 uur. Tot dan!', WHATSAPP, [['PERSOON', 'Kees']]],
      ['Welkom aan onze nieuwe collega Ilse de Wit op de kinderafdeling!', LINKEDIN, [['PERSOON', 'Ilse de Wit']]],
      ['Huisarts in Groningen. Tweets op persoonlijke titel.', TWITTER, [['LOCATIE', 'Groningen']]],
      ['Volgende week spreek ik op het congres in Utrecht over valpreventie.', TWITTER, [['LOCATIE', 'Utrecht']]],
      ['Een patiënt vroeg me vandaag hoe lang herstel na een knieoperatie duurt. Goede vraag!', TWITTER, [['GEZONDHEID', 'knieoperatie']]],
      ['Vragen over ons spreekuur? Bel 0318-123456 of mail info@praktijkvoorbeeld.nl.', TWITTER, [['TELEFOON', '0318-123456'], ['EMAIL', 'info@praktijkvoorbeeld.nl']]],
      ['Groet, Marloes (wijkverpleegkundige)', EMAIL, [['PERSOON', 'Marloes']]],
      ['Hoi Bram, neem morgen je medicijnlijst mee naar de poli. Groet, team longziekten', WHATSAPP, [['PERSOON', 'Bram']]],
      ['Onze afdeling in het Gelre won vandaag de prijs voor beste stageplek!', TWITTER, [['INSTELLING', 'Gelre']]],
      ['Casus: vrouw van middelbare leeftijd, chronische rugpijn. Wie heeft tips voor de aanpak?', FORUM, [['GEZONDHEID', 'chronische rugpijn']]],
    ],
  );

  it('zegt welke details samen herkenbaar maken', () => {
    const r = run('Vanochtend de 17-jarige van het ongeluk bij Heerenveen op onze SEH gehad.', TWITTER, [
      ['LEEFTIJD', '17-jarige'],
      ['LOCATIE', 'Heerenveen'],
    ]);
    const f = r.findings.find((x) => x.rule === 'herleidbaar.combinatie');
    expect(f?.message).toContain('Heerenveen');
    expect(f?.message).toContain('17-jarige');
    expect(f?.suggestion).toMatch(/weg/);
  });

  it('weegt zichtbaarheid mee: dezelfde details zijn in een openbare post wel, in een privébericht niet herleidbaar', () => {
    const text = 'Vanmiddag kwam er een man van 70 uit Zwolle binnen met een hartinfarct.';
    const spans: GivenSpan[] = [['LEEFTIJD', '70'], ['LOCATIE', 'Zwolle'], ['GEZONDHEID', 'hartinfarct']];
    expect(labels(text, TWITTER, spans)).toContain('herleidbaar');
    expect(labels(text, { kanaal: 'whatsapp', zichtbaarheid: 'prive' }, spans)).not.toContain('herleidbaar');
  });

  it('een naam in een openbare tweet is fout, dezelfde naam in een privébericht aan die persoon niet', () => {
    const spans: GivenSpan[] = [['PERSOON', 'Sem']];
    const pub = run('Sem, tot morgen op de groepstraining!', TWITTER, spans);
    expect(pub.findings.find((f) => f.rule === 'herleidbaar.naam')).toBeUndefined(); // no care context
    const post = run('Onze cliënt Sem kwam vandaag voor het eerst naar de groepstraining!', TWITTER, spans);
    expect(post.findings.find((f) => f.rule === 'herleidbaar.naam')?.severity).toBe('fout');
    expect(labels('Hoi Sem, tot morgen op de groepstraining!', WHATSAPP, spans)).toEqual([]);
  });

  it('wordt niet gecontroleerd bij inkomende berichten', () => {
    expect(labels('Dag dokter, ik ben de buurman van meneer Smits. Hoe gaat het met hem?', INKOMEND, [['PERSOON', 'Smits']])).not.toContain('herleidbaar');
  });
});

describe('gezondheidsgegevens', () => {
  expectLabel(
    'gezondheidsgegevens',
    [
      ['Mevrouw Jacobs uit kamer 2 heeft vandaag de uitslag gehad: uitgezaaid.', FB_BESLOTEN, [['PERSOON', 'Jacobs'], ['GEZONDHEID', 'uitgezaaid']]],
      ['Sterkte aan Fleur, die deze week aan haar tweede chemokuur begint.', TWITTER, [['PERSOON', 'Fleur'], ['GEZONDHEID', 'chemokuur']]],
      ['@rikdeman die pijn in je knie is waarschijnlijk artrose.', TWITTER, [['PERSOON', 'rikdeman'], ['GEZONDHEID', 'artrose']]],
      ['Hoi Laura, zoals besproken: meneer Bos (kamer 4) heeft sinds vannacht een delier.', WHATSAPP, [['PERSOON', 'Laura'], ['PERSOON', 'Bos'], ['GEZONDHEID', 'delier']]],
      ['Patiënt 77-10293 is vanochtend overleden.', FB_BESLOTEN, [['ID', '77-10293']]],
      ['Beste Noor, je HbA1c is 64, hoger dan vorige keer.', EMAIL, [['PERSOON', 'Noor'], ['GEZONDHEID', 'HbA1c']]],
      ['Mijn cliënte van 34 uit Assen met een eetstoornis is eindelijk opgenomen.', TWITTER, [['LEEFTIJD', '34'], ['LOCATIE', 'Assen'], ['GEZONDHEID', 'eetstoornis']]],
      ['Gisteravond de enige patiënt in Zeeland met legionella dit jaar opgenomen in ons ziekenhuis.', TWITTER, [['LOCATIE', 'Zeeland'], ['GEZONDHEID', 'legionella']]],
      ['Collega Mark ligt met een hernia thuis, hij is voorlopig uit de roulatie.', FB_BESLOTEN, [['PERSOON', 'Mark'], ['GEZONDHEID', 'hernia']]],
      ['Opa Wim (88) van de Linde heeft weer een longontsteking.', TWITTER, [['PERSOON', 'Wim'], ['LEEFTIJD', '88'], ['INSTELLING', 'Linde'], ['GEZONDHEID', 'longontsteking']]],
    ],
    [
      ['Diabetes type 2 kun je vaak uitstellen met meer bewegen. Bespreek het met je huisarts.', TWITTER, [['GEZONDHEID', 'Diabetes type 2']]],
      ['Ons nieuwe protocol voor decubituspreventie werkt: veel minder drukplekken op de afdeling!', TWITTER, [['GEZONDHEID', 'decubitus']]],
      ['Nieuwe richtlijn over depressie bij ouderen verschenen. Lezen!', LINKEDIN, [['GEZONDHEID', 'depressie']]],
      ['Casus voor collega’s: man rond de 60 met hardnekkige jeuk. Ideeën?', FORUM, [['GEZONDHEID', 'hardnekkige jeuk']]],
      ['Beste Joost, je uitslagen staan in het patiëntenportaal. We bellen je donderdag.', EMAIL, [['PERSOON', 'Joost']]],
      ['Vandaag mijn eigen griepprik gehaald 💉', TWITTER, [['GEZONDHEID', 'griepprik']]],
      ['Hoe gaan jullie om met pijnbestrijding na een heupoperatie?', FORUM, [['GEZONDHEID', 'heupoperatie']]],
      ['Welkom aan onze nieuwe collega Hanna!', LINKEDIN, [['PERSOON', 'Hanna']]],
      ['Mooi gesprek met een bewoner over zijn jeugd in Indië.', TWITTER, undefined],
      ['Weet iemand een goede cursus over dementie en communicatie?', FB_BESLOTEN, [['GEZONDHEID', 'dementie']]],
    ],
  );
});

describe('beeldmateriaal', () => {
  expectLabel(
    'beeldmateriaal',
    [
      ['Zie foto: onze bewoners bij het kerstdiner 🎄', FB_BESLOTEN, undefined],
      ['Filmpje van meneer die voor het eerst weer loopt na zijn heupoperatie 🎥', TWITTER, undefined],
      ['Selfie met mijn favoriete patiëntje op zijn laatste dag!', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Throwback naar dit lieve meisje dat ik vorige zomer mocht verzorgen 💕', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Kijk eens naar deze röntgenfoto van vanmiddag, wie ziet de fractuur?', TWITTER, undefined],
      ['POV: je collega valt in slaap tijdens de overdracht 😴 [video]', { kanaal: 'tiktok', richting: 'uitgaand' }, undefined],
      ['Ouders gaven toestemming, dus hier een foto van de kleine na de operatie ❤️', FB_BESLOTEN, undefined],
      ['Video van de bewoners die dansen op de feestmiddag!', { kanaal: 'facebook', zichtbaarheid: 'openbaar', richting: 'uitgaand' }, undefined],
      ['Op de foto: onze cliënt met zijn nieuwe rolstoel.', LINKEDIN, undefined],
      ['Zie video hoe mijn collega de bewoner wast, zo doe je dat!', FB_BESLOTEN, undefined],
    ],
    [
      ['Hierbij de foto van de wond op de hiel, wat vind jij van de wondranden?', WHATSAPP, undefined],
      ['Weekendje weg! Tijd voor de wandelschoenen 🥾 #natuur', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Leuke strandfoto’s van u gevonden 😉', { kanaal: 'facebook-bericht', richting: 'inkomend' }, undefined],
      ['Mijn patiënt filmt alles wat ik zeg tijdens het spreekuur, hoe gaan jullie daarmee om?', FORUM, undefined],
      ['Even pauze in de zon ☀️', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Nieuwe richtlijn over wondzorg is uit, lees hem op de site van de beroepsvereniging.', TWITTER, undefined],
      ['Tip: zet je privacy-instellingen op Instagram goed.', TWITTER, undefined],
      ['Mijn nieuwe racefiets is binnen!', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Wie heeft er morgen dienst op de afdeling?', WHATSAPP, undefined],
      ['Vanavond webinar over fotografie in de zorg en de AVG. Aanmelden via de link.', LINKEDIN, undefined],
    ],
  );

  it('een foto met toestemming in een openbare post blijft een waarschuwing en noemt de toestemming', () => {
    const r = run('Met toestemming van haar ouders: een foto van onze kleine patiënte 👶', TWITTER);
    const f = r.findings.find((x) => x.label === 'beeldmateriaal');
    expect(f?.severity).toBe('waarschuwing');
    expect(f?.message).toMatch(/toestemming/);
  });
});

describe('denigrerend', () => {
  expectLabel(
    'denigrerend',
    [
      ['Ik heb vandaag de grootste lastpak van de afdeling weer, fijn hoor.', TWITTER, undefined],
      ['Wat een aansteller, die meneer van kamer 3. Zeurt de hele dag.', TWITTER, undefined],
      ['Mevrouw huilde de hele nacht om haar kat hahaha', FB_BESLOTEN, undefined],
      ['Patiënt denkt steeds dat ik zijn vrouw ben 😂😂', TWITTER, undefined],
      ['Die Turkse families komen altijd met tien man op bezoek.', FORUM, undefined],
      ['Tja, zo’n cultuur hè, dan krijg je dit.', TWITTER, undefined],
      ['Onze nieuwe manager snapt er echt niks van. Typisch kantoortype.', FB_BESLOTEN, undefined],
      ['Die arts-assistent heeft er een zooi van gemaakt vannacht.', TWITTER, undefined],
      ['Die zeurpiet belt al voor de derde keer vandaag 🙄', WHATSAPP, undefined],
      ['Al die Poolse mannen op de SEH, altijd hetzelfde.', TWITTER, undefined],
    ],
    [
      ['Wat hebben we gelachen op de teamdag 😂', TWITTER, undefined],
      ['Mooi gesprek met een bewoner over zijn tijd als schipper.', TWITTER, undefined],
      ['Goed overleg met een tolk voor een Syrische familie vandaag.', LINKEDIN, undefined],
      ['Zijn er nog leuke mensen wakker vannacht? 😂', FB_BESLOTEN, undefined],
      ['Cultuursensitieve zorg: wat werkt? Mooie training gehad.', LINKEDIN, undefined],
      ['Bewoners genoten vanmiddag van de optredens 😂 wat een sfeer!', FB_BESLOTEN, undefined],
      ['Trots op mijn team, wat een inzet deze week.', LINKEDIN, undefined],
      ['Ik ben gebeld door een boze mevrouw; we hebben het goed kunnen bespreken.', TWITTER, undefined],
      ['Morgen de eerste dienst na mijn vakantie, zin in!', TWITTER, undefined],
      ['Ik heb vandaag geleerd hoe ik beter kan omgaan met boosheid bij cliënten.', LINKEDIN, undefined],
    ],
  );
});

describe('klacht-openbaar', () => {
  expectLabel(
    'klacht-openbaar',
    [
      ['Helemaal klaar met de directie van ons ziekenhuis. Weer geen cao-verhoging!', TWITTER, undefined],
      ['Collega Bert komt altijd te laat, ik snap niet dat de leiding dit pikt.', FB_BESLOTEN, [['PERSOON', 'Bert']]],
      ['Schandalig hoe de raad van bestuur met ons omgaat.', LINKEDIN, undefined],
      ['Onze teamleider heeft het rooster weer eens verprutst.', TWITTER, undefined],
      ['De planning heeft er weer een puinhoop van gemaakt.', FB_BESLOTEN, undefined],
      ['Belachelijk dat het management van Zorggroep Oost niet luistert.', TWITTER, [['INSTELLING', 'Zorggroep Oost']]],
      ['Mijn leidinggevende is echt incompetent.', TWITTER, undefined],
      ['Hoe lang laten we die chirurg nog zijn gang gaan?', FORUM, undefined],
      ['Waardeloze manager, heeft geen idee wat wij doen.', FB_BESLOTEN, undefined],
      ['Weer eens geen collega’s ingeroosterd door de planning. Schande.', TWITTER, undefined],
    ],
    [
      ['Wachttijden in de jeugdzorg lopen op. Wat zijn jullie ervaringen?', TWITTER, undefined],
      ['Dank aan alle collega’s voor de fijne samenwerking!', LINKEDIN, undefined],
      ['Onze directie heeft vandaag het nieuwe beleidsplan gepresenteerd.', LINKEDIN, undefined],
      ['Mijn teamleider is echt waardeloos, wat moet ik doen?', WHATSAPP, undefined],
      ['De werkdruk in de zorg is te hoog, dat moet landelijk beter.', TWITTER, undefined],
      ['Welkom aan onze nieuwe manager!', LINKEDIN, undefined],
      ['Goed gesprek met mijn leidinggevende over mijn ontwikkeling.', LINKEDIN, undefined],
      ['Collega’s, vergeet de scholing van donderdag niet.', FB_BESLOTEN, undefined],
      ['Hoe geven jullie feedback aan een collega?', FORUM, undefined],
      ['Vandaag afscheid van onze teamleider na 30 jaar. Bedankt!', TWITTER, undefined],
    ],
  );
});

describe('individueel-advies', () => {
  expectLabel(
    'individueel-advies',
    [
      ['@sandra_g dat klinkt als een blaasontsteking, gewoon veel drinken.', TWITTER, undefined],
      ['@Pieter85 met die klachten zou ik gewoon een dubbele dosis nemen.', TWITTER, undefined],
      ['@moeder_van_3 niks aan de hand, gewoon afwachten.', { kanaal: 'facebook', richting: 'uitgaand' }, undefined],
      ['Jij moet echt stoppen met je slaappillen, daar word je suf van.', FORUM, undefined],
      ['@hanna wat jij hebt is typisch een burn-out, je moet echt therapie gaan doen.', FORUM, undefined],
      ['@jeroen_v die vlek is waarschijnlijk onschuldig, hoef je niet naar de huisarts mee.', TWITTER, undefined],
      ['@lisa2 ik zou die antibiotica gewoon stoppen als je je beter voelt.', TWITTER, undefined],
      ['Je moet gewoon minder gaan eten, dan gaat je bloeddruk vanzelf omlaag.', FORUM, undefined],
      ['@tom dat is vast een spierverrekking, neem paracetamol en afwachten.', TWITTER, undefined],
      ['@vera klinkt als migraine, neem twee tabletten.', TWITTER, undefined],
    ],
    [
      ['Koorts en benauwd? Bel je huisarts. Bij nood altijd 112.', TWITTER, undefined],
      ['Ouders vragen vaak naar dieet bij ADHD. Bespreek het met jullie behandelaar.', TWITTER, undefined],
      ['Mensen vragen of ze met griep kunnen werken. Mijn antwoord: rust uit.', { kanaal: 'facebook', richting: 'uitgaand' }, undefined],
      ['Hoi Jan, neem vanavond je tablet zoals afgesproken. Tot morgen op de poli.', WHATSAPP, undefined],
      ['Wat raden jullie aan tegen rugpijn na lange diensten?', { kanaal: 'facebook', richting: 'uitgaand' }, undefined],
      ['Check je privacy-instellingen na elke update.', TWITTER, undefined],
      ['Nieuwe blog: wat zegt het bewijs over vitamine D?', { kanaal: 'blog', richting: 'uitgaand' }, undefined],
      ['Ken jij iemand die somber is? Wijs op 113.', TWITTER, undefined],
      ['@Karin dank voor je vraag! Bespreek het met je eigen huisarts, die kent je situatie.', TWITTER, undefined],
      ['Griepprik gehaald? Goed bezig!', TWITTER, undefined],
    ],
  );
});

describe('onveilig-kanaal', () => {
  expectLabel(
    'onveilig-kanaal',
    [
      ['Hoi Sara, je bloeduitslagen zijn binnen: je ijzer is te laag.', WHATSAPP, undefined],
      ['Beste collega, de diagnose van onze cliënt is inmiddels bevestigd.', EMAIL, undefined],
      ['Hierbij de foto van de wond, wat adviseer jij?', WHATSAPP, undefined],
      ['Beste Tim, de dosering van je lithium gaat omhoog naar 800 mg.', { kanaal: 'sms', richting: 'uitgaand' }, undefined],
      ['Fijn dat je vertelde over je angst voor de toekomst, laten we dat uitdiepen.', { kanaal: 'facebook-bericht', richting: 'uitgaand' }, undefined],
      ['Beste wijkagent, het gezin heeft een flinke huurachterstand en de vader is depressief.', EMAIL, undefined],
      ['Melding betreffende een jongen van 9: vermoeden van mishandeling.', EMAIL, undefined],
      ['Uw uitslag is helaas niet goed, we moeten starten met een behandeling.', WHATSAPP, undefined],
      ['Beste meneer, de bloedspiegel is te hoog. Neem vanavond geen tablet.', { kanaal: 'linkedin-bericht', richting: 'uitgaand' }, undefined],
      ['Hoi, mevrouw is vannacht overleden. Wil jij de familie bellen?', WHATSAPP, undefined],
    ],
    [
      ['Hoi, over tien minuten bel ik je. Neem je op?', WHATSAPP, undefined],
      ['Uw afspraak van dinsdag 14.00 uur staat genoteerd.', { kanaal: 'sms', richting: 'uitgaand' }, undefined],
      ['Uw uitslagen staan in het patiëntenportaal.', EMAIL, undefined],
      ['Via het beveiligde systeem heb ik de verwijsbrief gestuurd.', EMAIL, undefined],
      ['Uw man mag morgen naar huis, u kunt hem om 11 uur ophalen.', WHATSAPP, undefined],
      ['De teamdag is verplaatst naar vrijdag.', EMAIL, undefined],
      ['Wie heeft de sleutel van de medicijnkast?', WHATSAPP, undefined],
      ['Hoi Bram, vergeet je je medicijnlijst niet mee te nemen morgen?', WHATSAPP, undefined],
      ['Je bloeduitslagen zijn binnen, bespreken we vrijdag.', { kanaal: 'twitter', richting: 'uitgaand' }, undefined],
      ['Ik heb de uitslag, kunt u mij terugbellen?', INKOMEND, undefined],
    ],
  );

  it('een verzoek om uitslagen via de app geeft een tip, geen label', () => {
    const r = run('Kunt u mij de uitslag van het bloedonderzoek hier sturen?', INKOMEND);
    expect(r.findings.some((f) => f.rule === 'onveilig-kanaal.verzoek' && f.severity === 'tip')).toBe(true);
    expect(r.labels).not.toContain('onveilig-kanaal');
  });

  it('dezelfde diagnose via WhatsApp is onveilig, een afspraakherinnering niet', () => {
    expect(labels('Je diagnose is een depressie; we starten met therapie.', WHATSAPP)).toContain('onveilig-kanaal');
    expect(labels('Herinnering: morgen om 9 uur je afspraak.', WHATSAPP)).not.toContain('onveilig-kanaal');
  });
});

describe('persoonlijke-relatie', () => {
  expectLabel(
    'persoonlijke-relatie',
    [
      ['Mijn oud-cliënt Jasmijn en ik zijn echt goede vriendinnen geworden!', { kanaal: 'facebook', richting: 'uitgaand' }, undefined],
      ['Hoi Linda, leuk je moeder weer te zien. Zullen we een keer samen iets drinken?', WHATSAPP, undefined],
      ['Mijn oud-patiënt volgt me nu op Instagram en ik volg hem terug 😊 ik stuur altijd wat terug!', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Een cliënt stuurt me elke dag berichtjes, ik stuur altijd wat terug.', TWITTER, undefined],
      ['Hoi Rik, zin om vrijdag samen op stap te gaan?', WHATSAPP, undefined],
      ['Ik heb leuke foto’s van u gevonden op internet 😉', { kanaal: 'facebook-bericht', richting: 'inkomend' }, undefined],
      ['Dokter, u bent zo knap. Zullen we een keer afspreken?', INKOMEND, undefined],
      ['Mag ik uw privénummer? Dan kunnen we eens afspreken.', INKOMEND, undefined],
      ['Ik denk steeds aan u, zullen we een keer samen koffie drinken?', INKOMEND, undefined],
      ['Hoi Mo, mijn privénummer heb je, app je me als je zin hebt in een biertje?', WHATSAPP, undefined],
    ],
    [
      ['Hoi Nina, omdat ik je behandelaar ben, word ik liever geen vrienden op Facebook.', { kanaal: 'facebook-bericht', richting: 'uitgaand' }, undefined],
      ['Hoe gaan jullie om met cliënten die vriendschapsverzoeken sturen?', FORUM, undefined],
      ['Vanavond samen op stap met mijn collega’s van de afdeling!', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Goedemorgen, de formulieren zijn ingevuld. Kan ik ze maandag brengen?', INKOMEND, undefined],
      ['Hoi, morgen om 10 uur staat ons gesprek. Tot dan!', WHATSAPP, undefined],
      ['Fijne vakantie allemaal, ik ben vanaf maandag weer bereikbaar.', LINKEDIN, undefined],
      ['Dank voor uw bericht, ik bespreek het in het volgende gesprek.', WHATSAPP, undefined],
      ['Mijn vriendinnen en ik gaan dit weekend naar Parijs!', { kanaal: 'instagram', richting: 'uitgaand' }, undefined],
      ['Dokter, bedankt voor de goede zorg de afgelopen maanden.', INKOMEND, undefined],
      ['Fijn weekend allemaal!', TWITTER, undefined],
    ],
  );
});

describe('crisis', () => {
  expectLabel(
    'crisis',
    [
      ['Ik kan niet meer. Niemand zal me missen als ik er niet meer ben.', INKOMEND, undefined],
      ['Ik heb net al mijn pillen genomen.', { kanaal: 'sms', richting: 'inkomend' }, undefined],
      ['Vanavond maak ik er een einde aan.', INKOMEND, undefined],
      ['Ik heb me weer gesneden, het bloed stopt niet.', INKOMEND, undefined],
      ['Mijn man slaat me en ik durf niet naar huis.', { kanaal: 'email', richting: 'inkomend' }, undefined],
      ['Mijn vader heeft ineens pijn op de borst en hij zweet heel erg.', INKOMEND, undefined],
      ['Mijn zoon hoort stemmen die zeggen dat hij moet springen.', { kanaal: 'email', richting: 'inkomend' }, undefined],
      ['Er is geen eten meer in huis en de kinderen hebben al twee dagen niks gegeten.', INKOMEND, undefined],
      ['Ik wil dood. Het touw ligt al klaar.', INKOMEND, undefined],
      ['Ik krijg geen lucht meer en mijn lippen worden blauw.', INKOMEND, undefined],
    ],
    [
      ['Kan ik mijn afspraak van dinsdag verzetten?', INKOMEND, undefined],
      ['Ik heb de formulieren ingevuld en opgestuurd.', INKOMEND, undefined],
      ['Bedankt voor het fijne gesprek van gisteren!', INKOMEND, undefined],
      ['Hoe gaat het met mijn buurman na zijn operatie?', INKOMEND, undefined],
      ['Ik ben wat moe de laatste tijd, kan ik een afspraak maken?', INKOMEND, undefined],
      ['Mijn dochter heeft al een week hoest, moet ik me zorgen maken?', INKOMEND, undefined],
      ['Ik maak er een einde aan, aan dit rommelige werk: ik ga verhuizen!', { kanaal: 'twitter', richting: 'uitgaand' }, undefined],
      ['Bel bij pijn op de borst altijd direct 112.', TWITTER, undefined],
      ['Wanneer kan ik de uitslag verwachten?', INKOMEND, undefined],
      ['Ik werk als werkgever graag mee aan de re-integratie.', { kanaal: 'email', richting: 'inkomend' }, undefined],
    ],
  );

  it('zegt dat je direct en niet via de chat moet handelen', () => {
    const f = run('Ik wil er niet meer zijn.', INKOMEND).findings.find((x) => x.label === 'crisis');
    expect(f?.severity).toBe('fout');
    expect(f?.message).toMatch(/niet genoeg|direct|nu/);
    expect(f?.suggestion).toMatch(/112/);
    expect(f?.suggestion).toMatch(/113/);
  });
});

describe('richting', () => {
  it('inkomende berichten worden niet op uitgaande normen gecontroleerd', () => {
    const r = labels('Die zeurpiet van hiernaast belt weer, kunt u de uitslag hier sturen?', INKOMEND);
    expect(r).not.toContain('denigrerend');
    expect(r).not.toContain('onveilig-kanaal');
  });
});

describe('grensgevallen', () => {
  it('een TikTok-post over collega’s op het werk is beeldmateriaal, ook zonder het woord video', () => {
    expect(labels('Dansje met mijn collega’s in de pauze op de afdeling 💃', { kanaal: 'tiktok', richting: 'uitgaand' })).toContain('beeldmateriaal');
    expect(labels('Dansje in de woonkamer met mijn zus 💃', { kanaal: 'tiktok', richting: 'uitgaand' })).not.toContain('beeldmateriaal');
  });

  it('een zwakke adviesvorm telt alleen als antwoord aan één persoon (@naam)', () => {
    expect(labels('@Sanne_1990 bij zulke klachten moet je gewoon stoppen met de pil.', TWITTER)).toContain('individueel-advies');
    expect(labels('Bij zulke klachten moet je gewoon even rust nemen, en bel je huisarts als het niet overgaat.', TWITTER)).not.toContain('individueel-advies');
  });

  it('kritiek op één collega is ook denigrerend, kritiek op het management als groep alleen een klacht', () => {
    expect(labels('Die collega van de nachtdienst laat altijd alles liggen. Ik ben er klaar mee!', TWITTER)).toEqual(
      expect.arrayContaining(['klacht-openbaar', 'denigrerend']),
    );
    const groep = labels('De managers krijgen een bonus en wij weer geen extra handen. Triest.', TWITTER);
    expect(groep).toContain('klacht-openbaar');
    expect(groep).not.toContain('denigrerend');
  });

  it('een aanhef aan een collega maakt de cliënt die daarna genoemd wordt niet tot ontvanger', () => {
    const r = labels('Hoi collega, mevrouw Smit op kamer 3 heeft vannacht haar katheter eruit getrokken.', WHATSAPP, [['PERSOON', 'Smit']]);
    expect(r).toEqual(expect.arrayContaining(['herleidbaar', 'gezondheidsgegevens', 'onveilig-kanaal']));
  });

  it('de rol van de schrijver bepaalt welke beroepscode een bevinding noemt', () => {
    const text = 'Wat een aansteller, die patiënt van kamer 3.';
    const vpk = run(text, { ...TWITTER, rol: 'verpleegkundige' }).findings.find((f) => f.label === 'denigrerend');
    const psy = run(text, { ...TWITTER, rol: 'psycholoog' }).findings.find((f) => f.label === 'denigrerend');
    expect(vpk?.norms).toContain('vvn.art-4.geen-denigrerend');
    expect(psy?.norms).toContain('ggz.facebook.geen-verzuchtingen');
    const advies = '@bram_77 dat is waarschijnlijk een hernia, gewoon afwachten.';
    expect(run(advies, { ...TWITTER, rol: 'psycholoog' }).findings.find((f) => f.label === 'individueel-advies')?.norms).toContain('ggz.onbekende-adviesvraag');
  });

  it('een collega bij naam in een bericht over het werk met bewoners is niet herleidbaar', () => {
    expect(labels('Vandaag met collega Joost twaalf bewoners geholpen met douchen. Teamwork!', TWITTER, [['PERSOON', 'Joost']])).toEqual([]);
  });

  it('"uw uitslag is binnen" is praktisch, "uw uitslag is goed" is inhoud', () => {
    expect(labels('Goedemiddag, uw uitslag is binnen. Wilt u de praktijk bellen voor een afspraak?', WHATSAPP)).toEqual([]);
    expect(labels('Goedemiddag, uw uitslag is goed, u hoeft niet terug te komen.', WHATSAPP)).toContain('onveilig-kanaal');
  });

  it('een uitnodiging om iets te drinken van een cliënt is een signaal van persoonlijke toenadering', () => {
    expect(labels('Hoi, ik zag dat je ook in Utrecht woont. Zin om een keer wat te drinken?', INKOMEND)).toContain('persoonlijke-relatie');
  });

  it.each([
    'Ik heb een doos paracetamol naast me en ik ga ze allemaal innemen.',
    'Mijn stiefvader heeft me weer geslagen en ik durf niet meer thuis te komen.',
    'Mijn man praat ineens heel raar en zijn gezicht hangt aan één kant.',
    'Ze zeggen dat ik mezelf moet straffen. Ik hoor ze de hele dag.',
    'De baby huilt al uren, ik ben bang dat ik hem iets aandoe.',
  ])('crisis ook bij indirecte formulering: %s', (text) => {
    expect(labels(text, INKOMEND)).toContain('crisis');
  });

  it('de eigen familie van de schrijver is geen cliënt', () => {
    expect(labels('Vandaag op bezoek bij mijn oma in Apeldoorn, ze wordt 90!', FB_BESLOTEN, [['LOCATIE', 'Apeldoorn'], ['LEEFTIJD', '90']])).toEqual([]);
  });

  it('een leeftijd die de herkenners missen telt toch mee in de combinatie', () => {
    const r = run('Ik schrijf over een cliënte, een lerares van 45 uit Almere, die depressief werd.', { kanaal: 'blog', richting: 'uitgaand' }, [
      ['LOCATIE', 'Almere'],
      ['GEZONDHEID', 'depressief'],
    ]);
    expect(r.labels).toContain('herleidbaar');
    expect(r.findings.find((f) => f.rule === 'herleidbaar.combinatie')?.message).toContain('van 45');
  });

  it.each([
    'Dat slaat nergens op, die nieuwe regels van de gemeente.',
    'Wat een toeval dat ik u in de supermarkt zag!',
    'Ik heb afscheid genomen van mijn oude werk en begin maandag ergens anders.',
    'Mijn zoon is op school geslagen door een klasgenoot. Kunnen we een gesprek plannen?',
    'Het heeft geen zin meer om te wachten op de gemeente, ik bel ze zelf wel.',
    'Mijn moeder is gisteren gevallen, ze heeft een blauwe plek maar het gaat goed.',
  ])('geen crisis bij alledaagse woorden: %s', (text) => {
    expect(labels(text, INKOMEND)).not.toContain('crisis');
  });

  it.each([
    ['Collega’s, weer eens een topdienst gedraaid. Dank jullie wel!', TWITTER],
    ['De bewoners hadden vandaag geen zin in de wandeling, dus we hebben binnen spelletjes gedaan.', FB_BESLOTEN],
    ['Hoi, we starten met de groepstraining op maandag om 10 uur. Tot dan!', WHATSAPP],
    ['Onze kater Pluis heeft een nieuw mandje 🐱', { kanaal: 'instagram', richting: 'uitgaand' }],
    ['Ik snap er niks van: waarom is de griepprik dit jaar zo laat? #zorg', TWITTER],
    ['Tip: neem een fles water mee naar je dienst, je vergeet snel te drinken.', TWITTER],
    ['Mijn zoon zijn eerste voetbalwedstrijd vandaag, trotse moeder! ⚽', { kanaal: 'facebook', richting: 'uitgaand' }],
  ] as Array<[string, CheckContext]>)('geen vals alarm: %s', (text, ctx) => {
    expect(labels(text, ctx)).toEqual([]);
  });

  it.each([
    ['Plaatje van onze afdeling na de verbouwing, met al mijn lieve collega’s erop!', FB_BESLOTEN, 'beeldmateriaal'],
    ['Ik werk bij Zorggroep Elde en het management daar is echt een stelletje amateurs.', { kanaal: 'facebook', zichtbaarheid: 'openbaar', richting: 'uitgaand' }, 'klacht-openbaar'],
    ['Chirurg Van Dam heeft vandaag weer eens laten zien dat hij niet kan opereren. Onverantwoord.', TWITTER, 'denigrerend'],
    ['@bezorgde_papa koorts bij een peuter is niet erg, geef gewoon een zetpil en wacht af.', FORUM, 'individueel-advies'],
    ['Net een vriendschapsverzoek van een van mijn pupillen geaccepteerd, zo’n leuke jongen!', { kanaal: 'facebook', richting: 'uitgaand' }, 'persoonlijke-relatie'],
  ] as Array<[string, CheckContext, ItemLabel]>)('andere bewoordingen: %s', (text, ctx, label) => {
    expect(labels(text, ctx)).toContain(label);
  });
});
