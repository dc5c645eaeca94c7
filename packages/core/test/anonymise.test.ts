import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, generaliseAge } from '../src/checker/anonymise.js';
import { checkText } from '../src/checker/check.js';
import type { Detection, SpanLabel } from '../src/types.js';

function spansIn(text: string, given: Array<[SpanLabel, string]>): Detection[] {
  return given
    .map(([label, s]) => {
      const start = text.indexOf(s);
      if (start < 0) throw new Error(`'${s}' not in text`);
      return { start, end: start + s.length, label, text: s, recogniser: 'test', score: 1, explanation: '' };
    })
    .sort((a, b) => a.start - b.start);
}

describe('anonymise', () => {
  it('vervangt namen, plaatsen, instellingen en nummers door leesbare plaatshouders', () => {
    const text = 'Meneer Piet Hein (87) uit Hoorn, kamer 12 van De Horst, tel. 06-12345678, BSN 123456782.';
    const out = anonymise(
      text,
      spansIn(text, [
        ['PERSOON', 'Piet Hein'],
        ['LEEFTIJD', '87'],
        ['LOCATIE', 'Hoorn'],
        ['INSTELLING', 'De Horst'],
        ['TELEFOON', '06-12345678'],
        ['BSN', '123456782'],
      ]),
    );
    expect(out).toBe('Meneer [naam] (in de tachtig) uit [plaats], kamer [nummer] van [instelling], tel. [telefoonnummer], BSN [BSN].');
  });

  it('vervangt datums, e-mailadressen en dossiernummers', () => {
    const text = 'Geboren 3 mei 1950, mail j.jansen@voorbeeld.nl, dossier 44-1234.';
    const out = anonymise(text, spansIn(text, [['DATUM', '3 mei 1950'], ['EMAIL', 'j.jansen@voorbeeld.nl'], ['ID', '44-1234']]));
    expect(out).toBe('Geboren [datum], mail [e-mailadres], dossier [nummer].');
  });

  it('laat gezondheidsfeiten staan: die zijn zonder persoon niet herleidbaar', () => {
    const text = 'Een vrouw met diabetes.';
    expect(anonymise(text, spansIn(text, [['GEZONDHEID', 'diabetes']]))).toBe(text);
  });

  it.each([
    ['87', 'in de tachtig'],
    ['29', 'in de twintig'],
    ['23-jarige', 'ruim twintigjarige'],
    ['40-jarige', 'veertigjarige'],
    ['16', 'tienerleeftijd'],
    ['16-jarige', 'jonge'],
    ['6', 'jonger dan tien'],
    ['101', 'ouder dan honderd'],
    ['twaalf jaar', '[leeftijd]'],
  ])('generaliseert leeftijd %s tot %s', (age, expected) => {
    expect(generaliseAge(age)).toBe(expected);
  });

  it('laat al geanonimiseerde plaatshouders en gegeneraliseerde leeftijden met rust', () => {
    const text = 'Meneer [naam] (in de tachtig) uit [plaats].';
    const out = anonymise(text, spansIn(text, [['PERSOON', '[naam]'], ['LEEFTIJD', 'tachtig'], ['LOCATIE', '[plaats]']]));
    expect(out).toBe(text);
  });

  it('is idempotent voor een voorbeeldtekst via de hele checker', () => {
    const text = 'Vandaag Henk de Vries (81) uit Hoorn, 0229-123456, op kamer 4 met zijn insuline.';
    const once = checkText(text, { kanaal: 'twitter' }).anonymized;
    expect(checkText(once, { kanaal: 'twitter' }).anonymized).toBe(once);
    expect(once).not.toContain('0229-123456');
    expect(once).not.toContain('kamer 4');
  });

  it('vangt bij het herschrijven een nummer dat naast een ander nummer eerst verborgen bleef', () => {
    // The phone number is only recognised once the date before it is a placeholder: the rewrite is checked again.
    expect(checkText('geb. 01-02-1950 06-12345678').anonymized).toBe('geb. [datum] [telefoonnummer]');
    expect(checkText('kamer 12 020-5550123').anonymized).not.toContain('5550123');
  });

  it('controleert opnieuw als een placeholder aan een woord of handle vastzit', () => {
    // "@u@Kgb": once "@u" is "@[naam]", "@Kgb" reads as a handle of its own.
    const once = checkText('geboren 12-03-1950 @u@Kgb}C met diabetes').anonymized;
    expect(checkText(once).anonymized).toBe(once);
  });

  it('controleert opnieuw als een placeholder voor een woord met een hoofdletter staat', () => {
    // After a web address "Ay" opens the text's words; after "[website]" it reads as a surname.
    const once = checkText('www.voorbeeld.nl Ay').anonymized;
    expect(checkText(once).anonymized).toBe(once);
  });

  it('controleert een herschrijving zonder cijfers niet opnieuw als er niets half verloren ging', () => {
    let calls = 0;
    const text = 'Henk de Vries uit Hoorn.';
    const detect = (t: string) => (calls++, checkText(t).detections);
    const out = anonymise(text, checkText(text).detections, { detect });
    expect(out).toBe('[naam] uit [plaats].');
    expect(calls).toBe(0);
    anonymise(text, checkText(text).detections, { detect, partlyLost: true });
    expect(calls).toBe(1);
  });

  const fragment = fc.constantFrom(
    'meneer Jansen',
    'mevrouw de Groot',
    'Henk de Vries',
    '(87)',
    '23-jarige',
    'van 19',
    'uit Hoorn',
    'in Amsterdam',
    'kamer 12',
    'bed 3',
    'tel. 06-12345678',
    '020-5550123',
    'j.devries@voorbeeld.nl',
    'BSN 111222333',
    'geboren 12-03-1950',
    'op 4 juni',
    'in het LUMC',
    'patiënt nr. 553-2209',
    'kenteken HX-392-B',
    'met diabetes',
    'www.voorbeeld.nl',
    'vandaag',
    '[naam]',
    '😂',
  );
  const textArb = fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 12 }).map((parts) => parts.join(' '));

  it('property: anonimiseren van de geanonimiseerde tekst verandert niets', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const once = checkText(text).anonymized;
        expect(checkText(once).anonymized).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
