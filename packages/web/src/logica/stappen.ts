/**
 * Back/forward history for a step-by-step wizard: the answers chosen so far, and how many of them are in
 * force. Going back keeps later answers so "Volgende" can return to them; a new answer drops them.
 */
export interface Keuze {
  vraag: string;
  antwoord: string;
}

export interface Geschiedenis {
  keuzes: Keuze[];
  positie: number;
}

export const LEEG: Geschiedenis = { keuzes: [], positie: 0 };

export function kies(g: Geschiedenis, keuze: Keuze): Geschiedenis {
  const huidig = g.keuzes[g.positie];
  // Same answer to the same question as before: keep the later answers (it is a plain "forward").
  if (huidig && huidig.vraag === keuze.vraag && huidig.antwoord === keuze.antwoord) return { keuzes: g.keuzes, positie: g.positie + 1 };
  return { keuzes: [...g.keuzes.slice(0, g.positie), keuze], positie: g.positie + 1 };
}

export function terug(g: Geschiedenis): Geschiedenis {
  return g.positie > 0 ? { ...g, positie: g.positie - 1 } : g;
}

/** The answers in force, as the graph engine takes them (question id → answer id). */
export function antwoorden(g: Geschiedenis): Record<string, string> {
  return Object.fromEntries(g.keuzes.slice(0, g.positie).map((k) => [k.vraag, k.antwoord]));
}

/** The earlier answer to the question at the current position, if the user went back. */
export function eerdereKeuze(g: Geschiedenis, vraag: string): string | undefined {
  const k = g.keuzes[g.positie];
  return k && k.vraag === vraag ? k.antwoord : undefined;
}
