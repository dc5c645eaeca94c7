/**
 * `denigrerend.oordeel`: a target and a negative judgement close together. Fresh texts of our own, none of
 * them in a lexicon as a whole; the rule must find them from word families, targets and emoji.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../src/checker/check.js';
import type { CheckContext } from '../src/types.js';

const TW: CheckContext = { kanaal: 'twitter' };
const FB: CheckContext = { kanaal: 'facebook', zichtbaarheid: 'besloten' };
const IG: CheckContext = { kanaal: 'instagram' };
const TT: CheckContext = { kanaal: 'tiktok' };
const FORUM: CheckContext = { kanaal: 'forum' };
const ZK: CheckContext = { kanaal: 'zorgkaart-reactie' };
const LI: CheckContext = { kanaal: 'linkedin' };
const WA: CheckContext = { kanaal: 'whatsapp' };

const fires = (tekst: string, context: CheckContext) => checkText(tekst, context).findings.some((f) => f.rule === 'denigrerend.oordeel');

const FOUT: Array<[string, CheckContext]> = [
  ['Die schoonzoon van nummer 7 snapt er helemaal niets van, drie keer uitgelegd.', FB],
  ['Ons management heeft geen benul van wat er op de vloer gebeurt.', TW],
  ['Wat een hopeloze instelling, ik zoek echt iets anders.', FB],
  ['Zij verdient die aandacht van ons team eigenlijk niet.\nDie cliënt krijgt al meer dan genoeg.', FB],
  ['Die bewoners van de gesloten afdeling zijn zo smerig, bah.', IG],
  ['Invallers van het uitzendbureau kunnen er echt niks van.', TW],
  ['Mevrouw van de derde verdieping klaagt weer eens over de temperatuur, elke dag hetzelfde.', FB],
  ['U moet niet zo zeuren over een half uurtje wachten, er zijn ergere dingen.', ZK],
  ['Het was gewoon uw eigen schuld, u had op tijd moeten komen.', ZK],
  ['Meneer eet zijn pudding altijd met een vork 😂😂 elke avond weer', IG],
  ['Vannacht die ene patiënt laten schrikken met een spookverhaal 😈', TT],
  ['Stagiaires tegenwoordig, luie generatie, alleen maar op hun telefoon.', TW],
  ['Die familieleden zijn echt onbeschoft tegen de balie.', FB],
  ['Wat een belachelijke leidinggevende hebben wij, nul overleg.', LI],
  ['De ouders van die peuter zeiken over alles, niks is goed.', FB],
  ['Die patiënten denken dat ze alles kunnen eisen, ondankbaar volk.', FORUM],
  ['Zo, de familie van kamer 3 weet het weer beter. Ze snappen er geen bal van.', FB],
  ['Die oudjes op de afdeling ruiken naar pis, niet normaal.', IG],
  ['Die mensen van het wijkteam doen ook nooit iets nuttigs.', TW],
  ['Meneer weer wijsgemaakt dat de dokter hem komt ophalen hahaha', FB],
  ['De nieuwe arts is een ramp, kan nog geen bloeddruk meten.', TW],
  ['Sommige cliënten zijn gewoon te beroerd om zelf iets te doen.', TW],
  ['De buurvrouw van mijn cliënt is echt een vreselijk mens.', FB],
  ['Deze mensen moeten niet zo klagen, ze krijgen alles gratis.', TW],
  ['U hoeft niet te klagen, u heeft het aan uzelf te danken.', ZK],
  ['Die bewoner is gewoon een smeerpoets, bah.', FB],
  ['Onze werkgever is een grap, nul waardering voor de vloer.', LI],
  ['Die cliënten maken er altijd een zooitje van.', FB],
];

const GOED: Array<[string, CheckContext]> = [
  ['Ik was vandaag zo dom om mijn naamkaartje te vergeten.', TW],
  ['Hoe ga je om met familieleden die steeds klagen over de zorg?', FORUM],
  ['Dat nieuwe roostersysteem is echt waardeloos, het loopt elke ochtend vast.', FB],
  ['Wat een hopeloos verkeer vanochtend, te laat bij de eerste bewoner.', TW],
  ['Bingo met de bewoners, wat hebben we samen gelachen 😂 heerlijke middag', FB],
  ['Onze stagiaire is helemaal niet lui, ze werkt keihard.', LI],
  ['Mijn moeder zeurt al weken dat ik vaker langs moet komen haha', FB],
  ['Ouders vertellen vaak dat ze zich dom voelen bij de arts; neem daar de tijd voor.', LI],
  ['Mooie scholing gehad over stigma rond verslaving, iedereen verdient respect.', LI],
  ['Die collega is een topper, ze snapt precies wat de cliënt nodig heeft.', FB],
  ['Het weer is echt smerig vandaag, toch fijn gewandeld met een bewoner.', IG],
  ['Die ouders snappen er niks van, dus bel ik ze morgen nog even.', WA],
  ['Dank voor uw reactie. Wij vinden het vervelend dat u zo lang moest wachten.', ZK],
  ['Trots op ons team: de bewoners gaven ons een 9 voor de maaltijden!', FB],
  ['Nieuwe collega’s gezocht voor onze afdeling, kom je bij ons werken?', LI],
  ['Dat ik zo stom was om mijn pasje te laten liggen, en de patiënt moest wachten.', TW],
  ['Vandaag met de bewoners naar de kinderboerderij, wat een lol 😂', FB],
  ['Het was echt smerig weer vandaag, maar de bewoners genoten van de soep.', FB],
  ['Nooit zeggen dat een patiënt zeurt; vraag wat erachter zit.', LI],
  ['De printer op de afdeling is echt waardeloos, alweer vastgelopen.', FB],
  ['Dank voor uw review. Wij betreuren het dat u niet tevreden was en nemen graag contact op.', ZK],
  ['Ouders die zich zorgen maken zijn niet lastig, ze willen het beste voor hun kind.', LI],
  ['Meneer was bang dat hij dom zou overkomen tijdens het gesprek; dat was hij allerminst.', LI],
  ['Een bewoner vertelde een mop en de hele huiskamer lag dubbel 😂', FB],
  ['Patiënten worden soms bang gemaakt door verhalen op internet; neem tijd voor uitleg.', LI],
  ['Ouders vinden het vaak echt lastig om hulp te vragen; maak het ze makkelijk.', LI],
  ['Collega’s, het is echt zo vervelend dat de lift weer kapot is.', FB],
  ['Wat een smerige griep heerst er; veel collega’s ziek thuis.', FB],
  ['Hoi allemaal, de bewoners gaan morgen naar het strand haha, zin in!', FB],
];

describe('herkomst in het meervoud (denigrerend.stereotype)', () => {
  it.each([
    ['Weer zo’n avond met die Antillianen in de wachtkamer.', TW],
    ['Zulke Afghanen willen nooit naar de huisarts, altijd meteen naar de SEH.', FB],
    ['Al die Marokkanen met hun hele familie op bezoek, niet te doen.', FB],
  ] as Array<[string, CheckContext]>)('vindt: %s', (tekst, context) => {
    expect(checkText(tekst, context).findings.some((f) => f.rule === 'denigrerend.stereotype')).toBe(true);
  });
});

describe('denigrerend.oordeel', () => {
  it.each(FOUT)('vindt: %s', (tekst, context) => {
    expect(fires(tekst, context)).toBe(true);
  });
  it.each(GOED)('laat staan: %s', (tekst, context) => {
    expect(fires(tekst, context)).toBe(false);
  });
});
