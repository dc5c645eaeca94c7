import { check } from '@zorgvuldig/core';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckPool } from '../src/check-pool.js';

describe('check worker pool', () => {
  const pool = new CheckPool(2);
  afterAll(() => pool.close());

  it('gives the same answers as checking on the main thread, also under concurrency', async () => {
    const teksten = [
      'Gisteren zat mevrouw Hendriks (91) uit Kampen weer bij ons op de poli met haar COPD.',
      'Leuke scholingsdag gehad over wondzorg, dank aan alle sprekers!',
      'App me even op 06-11223344 over de uitslag van je bloedonderzoek.',
    ];
    const ctx = { kanaal: 'twitter', rol: 'verpleegkundige' } as const;
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => pool.run(teksten[i % 3]!, ctx)));
    results.forEach((r, i) => expect(r).toEqual(check(teksten[i % 3]!, ctx)));
  });

  it('refuses work after closing', async () => {
    const p = new CheckPool(1);
    await p.close();
    await expect(p.run('hallo', {})).rejects.toThrow(/gestopt/);
  });
});
