import type { Antwoord, Overgang, Uitkomst, Vraag } from '../graaf/types.js';

/** An answer row: id, text, next node (an id, or guarded transitions over earlier answers). */
export type AntwoordRij = readonly [id: string, tekst: string, naar: string | readonly Overgang[]];

/**
 * Build a question. Every answer records itself as `{[vraagId]: antwoordId}`, so later transitions can branch on
 * earlier answers (`als: {vraagId: ['antwoordId']}`).
 */
export function vraag(id: string, tekst: string, rijen: readonly AntwoordRij[], hulp?: string): Vraag {
  const antwoorden: Antwoord[] = rijen.map(([aid, atekst, naar]) => ({ id: aid, tekst: atekst, zet: { [id]: aid }, naar }));
  return hulp ? { id, tekst, hulp, antwoorden } : { id, tekst, antwoorden };
}

export function uitkomst(
  id: string,
  titel: string,
  advies: readonly string[],
  bronnen: readonly string[],
  extra: { stappen?: readonly string[]; voorbeeldReactie?: string } = {},
): Uitkomst {
  return { id, titel, advies, bronnen, ...extra };
}
