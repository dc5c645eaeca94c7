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
