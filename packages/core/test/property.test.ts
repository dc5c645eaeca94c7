import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, checkText } from '../src/checker/check.js';
import { anonymise } from '../src/checker/anonymise.js';
import { KANALEN, RICHTINGEN, ROLLEN, ZICHTBAARHEDEN, type CheckContext, type CheckResult } from '../src/types.js';

/** Invariants every check result must satisfy, whatever the input. */
function assertValid(text: string, r: CheckResult) {
  let prevEnd = 0;
  for (const s of r.spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd); // sorted and non-overlapping
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    prevEnd = s.end;
  }
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.norms.length).toBeGreaterThan(0);
    expect(['fout', 'waarschuwing', 'tip']).toContain(f.severity);
  }
  const flagged = new Set(r.findings.filter((f) => f.severity !== 'tip').map((f) => f.label));
  expect(new Set(r.labels)).toEqual(flagged);
  expect(typeof r.anonymized).toBe('string');
}

const contextArb: fc.Arbitrary<CheckContext> = fc.record(
  {
    kanaal: fc.constantFrom(...KANALEN),
    zichtbaarheid: fc.constantFrom(...ZICHTBAARHEDEN),
    rol: fc.constantFrom(...ROLLEN),
    richting: fc.constantFrom(...RICHTINGEN),
  },
  { requiredKeys: [] },
);

// Fragments that exercise the recognisers, mixed with arbitrary junk.
const fragments = fc.constantFrom(
  'meneer ', 'mw. ', 'de ', 'van der ', 'Jan ', 'Vries', 'Bloem ', '(87) ', '87-jarige ', '06-12345678 ',
  '1234 AB ', 'Dorpsstraat 4 ', 'BSN 111222333 ', 'patiënt nr. 12-34 ', '@naam ', '#Tag ', 'https://a.nl/x ',
  'x@y.nl ', '12 maart 2024 ', 'geb. 01-02-1950 ', 'depressie ', 'chemo ', 'foto ', 'vannacht ', 'Hoorn ',
  '😂', '👶👶', '\u200d', '\ud800', '\udc00', '\n', '. ', ', ', 'İ', 'ß', '\u0000', 'Ω',
);
const messy = fc.array(fc.oneof(fragments, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), { maxLength: 40 }).map((a) => a.join(''));

describe('checker properties', () => {
  it('gives valid output for any string and context and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: 'binary', maxLength: 500 })), contextArb, (text, ctx) => {
        assertValid(text, check(text, ctx));
      }),
      { numRuns: 1500 },
    );
  });

  it('handles the empty string, whitespace and binary junk', () => {
    for (const t of ['', ' ', '\n\n', '\u0000\u0001\u0002', '\ud83d', '\udfff\ud800', '\uFEFF', '\u202E']) assertValid(t, check(t));
  });

  it('handles a huge text', () => {
    const big = 'Vandaag kwam meneer Jan de Vries (87) uit Hoorn met zijn longontsteking, tel. 06-12345678. '.repeat(3000);
    const r = check(big, { kanaal: 'twitter' });
    assertValid(big, r);
  });

  it('anonymising the anonymised text changes nothing', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const once = check(text).anonymized;
        const twice = checkText(once).anonymized;
        expect(twice).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('anonymise with no spans returns the text unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        expect(anonymise(t, [])).toBe(t);
      }),
    );
  });
});
