/**
 * The speed work must not change what the checker finds. These tests pin the fast paths to their plain
 * definitions (property-based) and to hand-written examples that pass through each cheap pre-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSpans } from '../src/checker/check.js';
import { anonymise } from '../src/checker/anonymise.js';
import { analyse, wordsAfter, wordsBefore, type AnalysedText } from '../src/text/document.js';
import { tokenize } from '../src/text/tokenize.js';

/** The plain definitions: scan every word. */
const naiveBefore = (doc: AnalysedText, start: number, window: number) => doc.words.filter((t) => t.end <= start).slice(-window);
const naiveAfter = (doc: AnalysedText, end: number, window: number) => doc.words.filter((t) => t.start >= end).slice(0, window);

const pieces = ['Jan', 'de', 'Vries', ' ', '  ', '\n', ',', '.', '87', '#zorg', '@piet', 'www.test.nl', 'é', '😂', "'s-Hertogenbosch", 'kamer', '12'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));

describe('fast word windows', () => {
  it('wordsBefore and wordsAfter equal a full scan', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.integer({ min: 1, max: 8 }), (text, pos, window) => {
        const doc = analyse(text);
        const at = text.length ? pos % (text.length + 1) : 0;
        expect(wordsBefore(doc, at, window)).toEqual(naiveBefore(doc, at, window));
        expect(wordsAfter(doc, at, window)).toEqual(naiveAfter(doc, at, window));
      }),
      { numRuns: 300 },
    );
  });
});

describe('tokenizer fast paths', () => {
  it('starts a sentence after a line break, also after several tokens', () => {
    const toks = tokenize('hoi daar\nnieuwe regel, nog\n\n  derde');
    const starts = toks.filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['hoi', 'nieuwe', 'derde']);
  });

  it('keeps bare domains one token only when a known top-level domain follows a dot', () => {
    expect(tokenize('kijk op thuisarts.nl vandaag').map((t) => t.kind)).toContain('url');
    expect(tokenize('Dat was het.Nu verder').some((t) => t.kind === 'url')).toBe(false);
  });
});

describe('examples through the cheap pre-checks', () => {
  const found = (text: string) => detectSpans(text).map((s) => `${s.label}:${s.text}`);

  it('finds ages, dates, plates, wards, postcodes and web addresses behind their guards', () => {
    expect(found('Onze buurvrouw Gerda (83) belde.')).toContain('LEEFTIJD:83');
    expect(found('Casus: vrouw, 52, met klachten.')).toContain('LEEFTIJD:52');
    expect(found('Hij is 47 jaar oud en woont alleen.')).toContain('LEEFTIJD:47 jaar oud');
    expect(found('Ze is geboren in 1961 in Zeeland.')).toContain('DATUM:1961');
    expect(found('Opgenomen per oktober 2019.')).toContain('DATUM:oktober 2019');
    expect(found('Zijn auto met kenteken 34XPR7 staat voor de deur.')).toContain('ID:34XPR7');
    expect(found('Code 34XPR7 werkt niet.')).not.toContain('ID:34XPR7');
    expect(found('Ze ligt op afdeling 4C sinds gisteren.')).toContain('INSTELLING:afdeling 4C');
    expect(found('Stuur het naar postcode 2511 cv graag.')).toContain('LOCATIE:2511 cv');
    expect(found('Meer uitleg op voorbeeldzorg.nl/uitleg.')).toContain('URL:voorbeeldzorg.nl/uitleg');
  });

  it('finds nothing number-like in texts without digits', () => {
    const labels = detectSpans('Vandaag was een rustige dienst op de afdeling, iedereen sliep goed.').map((s) => s.label);
    for (const l of ['DATUM', 'TELEFOON', 'BSN', 'ID', 'LEEFTIJD']) expect(labels).not.toContain(l);
  });

  it('still hides room numbers when anonymising, and leaves texts without digits alone', () => {
    expect(anonymise('Mevrouw op kamer 12 slaapt.', [])).toBe('Mevrouw op kamer [nummer] slaapt.');
    expect(anonymise('Mevrouw op de kamer slaapt.', [])).toBe('Mevrouw op de kamer slaapt.');
  });
});
