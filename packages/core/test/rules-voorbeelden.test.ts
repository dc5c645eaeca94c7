import { describe, expect, it } from 'vitest';
import { checkText } from '../src/checker/check.js';
import { RULES } from '../src/rules/registry.js';

/** Every rule's own examples run through the whole checker with only that rule active. */
describe.each(RULES.map((r) => [r.id, r] as const))('regel %s', (_id, rule) => {
  it('heeft een id met het label ervoor en minstens één norm', () => {
    expect(rule.id.startsWith(`${rule.label}.`)).toBe(true);
    expect(rule.norms.length).toBeGreaterThan(0);
    expect(rule.voorbeelden.fout.length + rule.voorbeelden.goed.length).toBeGreaterThan(0);
  });
  for (const [i, v] of rule.voorbeelden.fout.entries()) {
    it(`fout-voorbeeld ${i + 1} geeft een bevinding`, () => {
      const r = checkText(v.tekst, v.context, [rule]);
      const hits = r.findings.filter((f) => f.rule === rule.id && (rule.severity === 'tip' || f.severity !== 'tip'));
      expect(hits.length).toBeGreaterThan(0);
      expect(r.labels).toContain(rule.label);
    });
  }
  for (const [i, v] of rule.voorbeelden.goed.entries()) {
    it(`goed-voorbeeld ${i + 1} geeft geen bevinding`, () => {
      const r = checkText(v.tekst, v.context, [rule]);
      expect(r.findings.filter((f) => f.rule === rule.id && f.severity !== 'tip')).toEqual([]);
    });
  }
});
