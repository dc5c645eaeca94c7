import { KANALEN, RICHTINGEN, ROLLEN, ZICHTBAARHEDEN, type CheckContext } from '../types.js';

export interface CheckInputLine {
  id: string | number;
  text: string;
  context: CheckContext;
}

/** The context fields and their allowed values. */
export const CONTEXT_VALUES = {
  kanaal: KANALEN,
  zichtbaarheid: ZICHTBAARHEDEN,
  rol: ROLLEN,
  richting: RICHTINGEN,
} as const;

export type ContextParse =
  | { ok: true; context: CheckContext }
  | { ok: false; field: keyof typeof CONTEXT_VALUES; value: unknown; allowed: readonly string[] };

/** Read the context fields of an object (absent or null: not set); the first unknown value is reported. */
export function parseContext(o: Readonly<Record<string, unknown>>): ContextParse {
  const context: CheckContext = {};
  for (const field of Object.keys(CONTEXT_VALUES) as Array<keyof typeof CONTEXT_VALUES>) {
    const value = o[field];
    if (value === undefined || value === null) continue;
    const allowed = CONTEXT_VALUES[field] as readonly string[];
    if (typeof value !== 'string' || !allowed.includes(value)) return { ok: false, field, value, allowed };
    (context as Record<string, string>)[field] = value;
  }
  return { ok: true, context };
}

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
  const c = parseContext(o);
  if (!c.ok) return fail(`veld '${c.field}' heeft een onbekende waarde ${JSON.stringify(c.value)}; toegestaan: ${c.allowed.join(', ')}`);
  return { ok: true, value: { id, text: o.text, context: c.context } };
}
