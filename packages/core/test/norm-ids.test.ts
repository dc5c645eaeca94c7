import { describe, expect, it } from 'vitest';
import { hasNorm } from '../src/norms/index.js';
import { ALLE_BEROEPSNORMEN } from '../src/rules/beroepsnormen.js';
import { RULES } from '../src/rules/registry.js';

describe('normverwijzingen van de regels', () => {
  it.each(RULES.map((r) => [r.id, r.norms] as const))('%s verwijst alleen naar bestaande normen', (_id, norms) => {
    const unknown = norms.filter((n) => !hasNorm(n));
    expect(unknown).toEqual([]);
  });
});

describe('beroepsnormen per rol', () => {
  it('verwijzen alleen naar bestaande normen', () => {
    expect(ALLE_BEROEPSNORMEN.filter((n) => !hasNorm(n))).toEqual([]);
  });
});
