import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECOGNISERS } from '../src/recognisers/registry.js';
import { MIN_SCORE } from '../src/recognisers/types.js';
import { analyse } from '../src/text/document.js';

/** Every registered recogniser's own examples: `vindt` must yield exactly the span, `vindtNiet` none of its label. */
describe('recogniser voorbeelden', () => {
  it('has unique ids', () => {
    const ids = RECOGNISERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  for (const r of RECOGNISERS) {
    describe(r.id, () => {
      it('has examples both ways', () => {
        expect(r.voorbeelden.vindt.length).toBeGreaterThan(0);
        expect(r.voorbeelden.vindtNiet.length).toBeGreaterThan(0);
      });
      for (const v of r.voorbeelden.vindt) {
        it(`vindt «${v.span}»`, () => {
          const found = r.recognise(analyse(v.tekst)).filter((d) => d.score >= MIN_SCORE);
          expect(found.map((d) => d.text)).toContain(v.span);
          for (const d of found) {
            expect(d.label).toBe(r.label);
            expect(v.tekst.slice(d.start, d.end)).toBe(d.text);
            expect(d.explanation.length).toBeGreaterThan(0);
            expect(d.score).toBeLessThanOrEqual(1);
          }
        });
      }
      r.voorbeelden.vindtNiet.forEach((tekst, i) => {
        it(`vindt niets in voorbeeld ${i + 1}`, () => {
          const found = r.recognise(analyse(tekst)).filter((d) => d.score >= MIN_SCORE && d.label === r.label);
          expect(found.map((d) => d.text)).toEqual([]);
        });
      });
    });
  }
});

describe('recognisers on arbitrary text', () => {
  const pieces = fc.constantFrom(
    ' ', '-', '.', ',', '(', ')', '/', ':', '+31', '06', '0', '1', '12', '2024', 'maart', 'jarig', 'jaar', 'van', 'is',
    'patiënt', 'nr.', 'BSN', 'kenteken', 'AB', 'ziekte', 'kanker', 'suïcide', '@', 'www.', '.nl', 'ë', '👵🏼', '\n', 'İ',
  );
  const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')));
  it('never throw and always return valid, self-consistent detections', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const doc = analyse(text);
        for (const r of RECOGNISERS) {
          for (const d of r.recognise(doc)) {
            expect(d.start).toBeGreaterThanOrEqual(0);
            expect(d.end).toBeLessThanOrEqual(text.length);
            expect(d.start).toBeLessThan(d.end);
            expect(text.slice(d.start, d.end)).toBe(d.text);
            expect(d.score).toBeGreaterThanOrEqual(0);
            expect(d.score).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
