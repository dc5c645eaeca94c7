import type { Detection, SpanLabel } from '../types.js';

/** Readable placeholders per span label. GEZONDHEID is not an identifier and stays. */
const PLACEHOLDER: Partial<Record<SpanLabel, string>> = {
  PERSOON: '[naam]',
  TELEFOON: '[telefoonnummer]',
  EMAIL: '[e-mailadres]',
  URL: '[website]',
  BSN: '[BSN]',
  ID: '[nummer]',
  LOCATIE: '[plaats]',
  INSTELLING: '[instelling]',
  DATUM: '[datum]',
  LEEFTIJD: '[leeftijd]',
};

/**
 * Replace every identifying span by a readable placeholder. Placeholders are never detected again, so
 * anonymising an anonymised text changes nothing.
 */
export function anonymise(text: string, spans: readonly Detection[]): string {
  let out = '';
  let pos = 0;
  for (const s of spans) {
    const ph = PLACEHOLDER[s.label];
    if (!ph || s.start < pos) continue;
    out += text.slice(pos, s.start) + ph;
    pos = s.end;
  }
  return out + text.slice(pos);
}
