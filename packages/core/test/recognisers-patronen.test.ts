import { describe, expect, it } from 'vitest';
import bsn, { isValidBsn } from '../src/recognisers/bsn.js';
import datum from '../src/recognisers/datum.js';
import dossiernummer from '../src/recognisers/dossiernummer.js';
import email from '../src/recognisers/email.js';
import kenteken from '../src/recognisers/kenteken.js';
import leeftijd from '../src/recognisers/leeftijd.js';
import telefoon from '../src/recognisers/telefoon.js';
import type { Recogniser } from '../src/recognisers/types.js';
import { MIN_SCORE } from '../src/recognisers/types.js';
import url from '../src/recognisers/url.js';
import { detectSpans } from '../src/checker/check.js';
import { contextScore, type ContextEffect } from '../src/recognisers/context.js';
import { wordsAfter, wordsBefore, type AnalysedText } from '../src/text/document.js';
import { analyse } from '../src/text/document.js';

/** Texts of the spans a recogniser reports at or above the checker threshold. */
const found = (r: Recogniser, text: string) =>
  r
    .recognise(analyse(text))
    .filter((d) => d.score >= MIN_SCORE)
    .map((d) => d.text);

function cases(r: Recogniser, yes: Array<[string, string[]]>, no: string[]) {
  describe(r.id, () => {
    it.each(yes)('finds spans in %j', (text, spans) => {
      expect(found(r, text)).toEqual(spans);
    });
    it.each(no)('finds nothing in %j', (text) => {
      expect(found(r, text)).toEqual([]);
    });
  });
}

cases(
  telefoon,
  [
    ['Bereikbaar via 06-87654321 na vijven.', ['06-87654321']],
    ['App me: 0687654321', ['0687654321']],
    ['mob. 06 - 87 65 43 21 (na 17 uur)', ['06 - 87 65 43 21']],
    ['Bel +31 (0)6 8765 4321 of mail.', ['+31 (0)6 8765 4321']],
    ['Telefoon 0031 6 87654321.', ['0031 6 87654321']],
    ['Balie: 030-2345678, secretariaat: 030 234 56 99', ['030-2345678', '030 234 56 99']],
    ['De praktijk in Hoorn: 0229-654321.', ['0229-654321']],
    ['Bel (0592) 123 456 voor de huisartsenpost', ['(0592) 123 456']],
    ['Informatielijn 0900-1234 (lokaal tarief)', ['0900-1234']],
    ['Bel 0900-123 45 67 voor meer', ['0900-123 45 67']],
    ['Nummer: 088-7654321.', ['088-7654321']],
    ['Het nummer 06-87654321 12 keer gebeld', ['06-87654321']],
    ['Whatsapp +31687654321 graag', ['+31687654321']],
  ],
  [
    'Bij nood altijd 112 bellen.',
    'Geboortedatum 04-07-1962 graag controleren.',
    'De dienst begint om 07.30 uur.',
    'Het bedrag is € 1.234,56.',
    'Postcode 9712 CP, huisnummer 4.',
    'BSN 123456782 in het dossier.',
    'Rekeningnummer NL91ABNA0417164300',
    'Score 3-2 voor de thuisploeg.',
  ],
);

cases(
  email,
  [
    ['Stuur het naar p.devries@huisartsenpraktijk-west.nl.', ['p.devries@huisartsenpraktijk-west.nl']],
    ['Contact: zorg.team_3@example.org of bel', ['zorg.team_3@example.org']],
    ['Mijn adres is gülsen.aydin@outlook.com!', ['gülsen.aydin@outlook.com']],
  ],
  ['Volg @wijkteam_noord voor updates.', 'Schrijf naar ons, adres volgt.'],
);

cases(
  url,
  [
    ['Zie thuisarts.nl voor uitleg.', ['thuisarts.nl']],
    ['Lees verder op https://www.voorbeeld.nl/artikel?id=3.', ['https://www.voorbeeld.nl/artikel?id=3']],
    ['Aanmelden via www.wijkteam.nl/aanmelden!', ['www.wijkteam.nl/aanmelden']],
    ['(meer op www.x.nl/pad)', ['www.x.nl/pad']],
  ],
  ['Mail naar info@wijkteam.nl', 'Het bestand rapport.docx staat in de map.', 'Ok.Tot morgen.'],
);

describe('isValidBsn', () => {
  it('accepts numbers that pass the elfproef, whole and grouped', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('1234.56.782')).toBe(true);
    expect(isValidBsn('111 222 333')).toBe(true);
    expect(isValidBsn('12345672')).toBe(true); // 8 digits: implied leading zero (012345672)
  });
  it('rejects numbers that fail it or have the wrong length', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678901')).toBe(false);
    expect(isValidBsn('abcdefghi')).toBe(false);
  });
});

cases(
  bsn,
  [
    ['BSN: 111222333', ['111222333']],
    ['Het burgerservicenummer is 1234.56.782', ['1234.56.782']],
    ['Stuur 123-456-782 mee met de aanvraag', ['123-456-782']],
    ['bsn 987654321 klopt niet denk ik', ['987654321']],
  ],
  ['Ordernummer 123456789 is verzonden.', 'Er waren 123456789 bezoekers.', 'Tel 0612345678'],
);

describe('bsn versus dossiernummer', () => {
  it('leaves a number announced as BSN to the BSN recogniser even when it fails the elfproef', () => {
    const text = 'Het BSN van de cliënt is 987654321 volgens de brief.';
    expect(found(bsn, text)).toEqual(['987654321']);
    expect(found(dossiernummer, text)).toEqual([]);
  });
});

describe('datum ranges', () => {
  it('takes a list of days before one month name as one date span', () => {
    expect(found(datum, 'Dicht op 24, 25 en 26 december.')).toEqual(['24, 25 en 26 december']);
  });
});

describe('bsn scores', () => {
  it('is surer with a cue and least sure for a number failing the elfproef', () => {
    const score = (t: string) => bsn.recognise(analyse(t))[0]!.score;
    expect(score('BSN 111222333')).toBeGreaterThan(score('nummer 111222333'));
    expect(score('BSN 987654321')).toBeLessThan(score('nummer 111222333'));
  });
});

cases(
  dossiernummer,
  [
    ['Patiëntnummer 7788991 staat op de sticker.', ['7788991']],
    ['Graag het dossier van cliënt nr. 2024-118 opzoeken.', ['2024-118']],
    ['dossiernr. 55.123 is gesloten', ['55.123']],
    ['Zie zaaknummer: ZK-40021.', ['ZK-40021']],
    ['Onder BIG-nummer 19012345601 geregistreerd.', ['19012345601']],
    ['pt. 8812345 heeft een afspraak', ['8812345']],
  ],
  ['De patiënt op kamer 12 belt.', 'Patiënt 2 van vandaag is ontslagen.', 'Cliënt sinds 12-03-2020.', 'Cliënt 45 jaar, man.'],
);

cases(
  kenteken,
  [
    ['De auto met kenteken 99-XX-99 blokkeert de uitgang.', ['99-XX-99']],
    ['Wit busje ZX-99-ZZ voor de deur', ['ZX-99-ZZ']],
    ['kenteken 4-KBN-78 graag verplaatsen', ['4-KBN-78']],
    ['Bestelbus VGD-12-K staat scheef', ['VGD-12-K']],
    ['Zijn auto: 12ABC3 (blauwe Polo)', ['12ABC3']],
  ],
  ['Afspraak op 12-03-2024.', 'We werken met versie AB12CD van het formulier.', 'De COVID-19 maatregelen zijn voorbij.'],
);

cases(
  datum,
  [
    ['Hij is geboren op 7 augustus 1944.', ['7 augustus 1944']],
    ['Opname vanaf 1 okt. tot nader bericht.', ['1 okt.']],
    ['geboortedatum: 01/12/1987', ['01/12/1987']],
    ['De brief van 30-6-2023 is binnen.', ['30-6-2023']],
    ['Ontslag gepland voor 3 februari.', ['3 februari']],
    ['Geb. 1939, weduwe.', ['1939']],
    ['Zij overleed in maart 2021 thuis.', ['maart 2021']],
  ],
  [
    'Morgen en overmorgen ben ik vrij.',
    'Vanaf maandag is de afdeling dicht.',
    'Om 13.45 uur begint het overleg.',
    'In 2019 deden 300 mensen mee aan het onderzoek.',
    'Score 32-45 in de tweede helft.',
    'We zijn 24/7 bereikbaar voor spoed.',
  ],
);

cases(
  leeftijd,
  [
    ['De 64-jarige man kwam met de ambulance.', ['64-jarige']],
    ['Mevrouw Smit (78) woont nog zelfstandig.', ['78']],
    ['Mijn cliënte Fatima, 34, is moeder van drie.', ['34']],
    ['Een meisje van vijftien belde de chat.', ['vijftien']],
    ['Opa werd vandaag 90!', ['90']],
    ['Hij is inmiddels 52 jaar en werkloos.', ['52 jaar']],
    ['Haar zoon van 8 is ook ziek.', ['8']],
    ['Een achtentachtigjarige vrouw viel thuis.', ['achtentachtigjarige']],
    ['Een dame van 93 jaar oud', ['93 jaar oud']],
    ['Mevrouw Bakker (89 jr) woont thuis.', ['89 jr']],
    ['Hij is pas 15 en rookt al.', ['15']],
    ['Hoera, haar 50ste verjaardag!', ['50ste']],
  ],
  [
    'Over 10 minuten begint de overdracht.',
    'Ze weegt 52 kilo.',
    'Al 20 jaar werk ik in de zorg.',
    'Bewoner van kamer 14 wil koffie.',
    'De score is 7.',
    'Hij heeft 2 kinderen en 3 kleinkinderen.',
    'Een man van rond de 60 zat in de wachtkamer.',
    'Het is 15 jaar geleden gebeurd.',
    'De bloedsuiker van meneer was 22 vanochtend.',
    'Hij was 2 uur weg.',
    'We vieren ons 50-jarig jubileum.',
  ],
);

describe('pattern recognisers in the checker', () => {
  it('keeps a phone number, a BSN and a date apart in one text', () => {
    const spans = detectSpans('Dhr. K., geb. 04-07-1962, BSN 111222333, tel. 06-87654321.');
    const by = (label: string) => spans.filter((s) => s.label === label).map((s) => s.text);
    expect(by('DATUM')).toEqual(['04-07-1962']);
    expect(by('BSN')).toEqual(['111222333']);
    expect(by('TELEFOON')).toEqual(['06-87654321']);
  });
  it('explains every detection in Dutch', () => {
    for (const d of detectSpans('Mail j@x.nl of bel 06-87654321 voor 3 maart.')) {
      expect(d.explanation).toMatch(/[a-z]/);
    }
  });
});

/** The plain reference implementation: scan the word windows either side; the production version must agree. */
function naiveContextScore(
  doc: AnalysedText,
  start: number,
  end: number,
  base: number,
  context: { verhogen: readonly string[]; verlagen: readonly string[] } | undefined,
  opts: { window?: number; raise?: number; lower?: number } = {},
): ContextEffect {
  const effect: ContextEffect = { score: base, raisedBy: [], loweredBy: [] };
  if (!context) return effect;
  const window = opts.window ?? 4;
  const near = [...wordsBefore(doc, start, window), ...wordsAfter(doc, end, window)];
  const matches = (word: string, cue: string) => (cue.endsWith('*') ? word.startsWith(cue.slice(0, -1)) : word === cue);
  for (const t of near) {
    const w = t.lower.replace(/^[#@]/, '');
    if (context.verhogen.some((c) => matches(w, c)) && !effect.raisedBy.includes(w)) effect.raisedBy.push(w);
    if (context.verlagen.some((c) => matches(w, c)) && !effect.loweredBy.includes(w)) effect.loweredBy.push(w);
  }
  if (effect.raisedBy.length) effect.score = Math.min(1, effect.score + (opts.raise ?? 0.3));
  if (effect.loweredBy.length) effect.score = Math.max(0, effect.score - (opts.lower ?? 0.3));
  return effect;
}

describe('contextScore', () => {
  it('gives the same result as a plain scan of the word windows', () => {
    const ctx = { verhogen: ['bel', 'patiënt*', 'nummer'], verlagen: ['iban', 'mensen'] };
    const text = 'Mensen bellen vaak: bel patiënten op nummer 06-87654321 of mail, niet via IBAN; #bel @nummer klaar.';
    const doc = analyse(text);
    for (let start = 0; start < text.length; start += 3) {
      for (const len of [1, 5, 12]) {
        const end = Math.min(text.length, start + len);
        for (const window of [1, 4, 8]) {
          expect(contextScore(doc, start, end, 0.5, ctx, { window })).toEqual(naiveContextScore(doc, start, end, 0.5, ctx, { window }));
        }
      }
    }
  });
});
