/**
 * Counts failed logins per key (client address + e-mail address) in a sliding window; after `max` failures the
 * key is blocked until the window has passed. In memory, per server process.
 */
export class InlogBegrenzer {
  private readonly fails = new Map<string, number[]>();

  constructor(
    private readonly max = 10,
    private readonly vensterMs = 15 * 60 * 1000,
  ) {}

  /** Milliseconds until this key may try again, or 0 when it may try now. */
  wachttijd(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    return recent.length >= this.max ? recent[0]! + this.vensterMs - now : 0;
  }

  mislukt(key: string, now = Date.now()): void {
    if (this.fails.size > 10_000) {
      for (const k of this.fails.keys()) if (this.recent(k, now).length === 0) this.fails.delete(k);
    }
    this.fails.set(key, [...this.recent(key, now), now]);
  }

  gelukt(key: string): void {
    this.fails.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.fails.get(key) ?? []).filter((t) => t > now - this.vensterMs);
  }
}
