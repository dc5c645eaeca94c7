import { KANALEN, RICHTINGEN, ROLLEN, ZICHTBAARHEDEN, type CheckContext } from '../types.js';

export interface CheckInputLine {
  id: string | number;
  text: string;
  context: CheckContext;
}

const ENUMS = {
  kanaal: KANALEN,
  zichtbaarheid: ZICHTBAARHEDEN,
  rol: ROLLEN,
  richting: RICHTINGEN,
} as const;

/** Largest text accepted in one input (characters); longer texts are an error, not a truncation. */
export const MAX_TEXT_LENGTH = 1_000_000;

/**
 * Validate one batch input object (contract check.md). Unknown fields are ignored so a whole corpus file
 * can be fed in; known fields with a wrong type or value are an error that names the field.
 */
export function parseCheckInput(value: unknown): { ok: true; value: CheckInputLine } | { ok: false; id: string | number | null; error: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, id: null, error: 'regel is geen JSON-object (line is not a JSON object)' };
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id)) ? o.id : null;
  const fail = (error: string) => ({ ok: false as const, id, error });
  if (id === null) return fail("veld 'id' ontbreekt of is geen tekst/getal (field 'id' missing or not a string/number)");
  if (typeof o.text !== 'string') return fail("veld 'text' ontbreekt of is geen tekst (field 'text' missing or not a string)");
  if (o.text.length > MAX_TEXT_LENGTH) return fail(`veld 'text' is te lang: ${o.text.length} tekens, maximaal ${MAX_TEXT_LENGTH}`);
  const context: CheckContext = {};
  for (const key of Object.keys(ENUMS) as Array<keyof typeof ENUMS>) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    const allowed = ENUMS[key] as readonly string[];
    if (typeof v !== 'string' || !allowed.includes(v)) {
      return fail(`veld '${key}' heeft een onbekende waarde ${JSON.stringify(v)}; toegestaan: ${allowed.join(', ')}`);
    }
    (context as Record<string, string>)[key] = v;
  }
  return { ok: true, value: { id, text: o.text, context } };
}
