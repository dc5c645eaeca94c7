import { describe, expect, it } from 'vitest';
import { InlogBegrenzer } from '../src/auth/limiter.js';

describe('login limiter', () => {
  it('blocks after max failures within the window and frees the key afterwards', () => {
    const b = new InlogBegrenzer(3, 1000);
    b.mislukt('k', 0);
    b.mislukt('k', 100);
    expect(b.wachttijd('k', 200)).toBe(0);
    b.mislukt('k', 200);
    expect(b.wachttijd('k', 300)).toBe(700);
    expect(b.wachttijd('ander', 300)).toBe(0);
    expect(b.wachttijd('k', 1001)).toBe(0);
  });
  it('a successful login clears the count', () => {
    const b = new InlogBegrenzer(2, 1000);
    b.mislukt('k', 0);
    b.gelukt('k');
    b.mislukt('k', 10);
    expect(b.wachttijd('k', 20)).toBe(0);
  });
});
