import { Type, type TSchema } from '@sinclair/typebox';

/** Shared JSON schemas. Every request object schema forbids unknown fields. */
export const Fout = Type.Object({ fout: Type.String(), veld: Type.Optional(Type.String()) }, { $id: 'Fout' });

export function strikt<T extends Parameters<typeof Type.Object>[0]>(props: T) {
  return Type.Object(props, { additionalProperties: false });
}

/** Standard error responses for a route. */
export function fouten(...codes: number[]): Record<number, TSchema> {
  return Object.fromEntries(codes.map((c) => [c, Type.Ref('Fout')]));
}

export const Datum = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', description: 'YYYY-MM-DD' });
export const Moment = Type.String({ description: 'ISO 8601 UTC' });
export const IdParams = strikt({ id: Type.String({ maxLength: 100 }) });
export const Reden = Type.String({ minLength: 1, maxLength: 500 });
export const Persoon = Type.Object({ id: Type.String(), naam: Type.String() });
export const Vrij = Type.Object({}, { additionalProperties: true });

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string from a fixed list (`enum`), optionally also null. */
export function keuze<T extends string>(values: readonly T[], opts: { nullable?: boolean } = {}) {
  return opts.nullable
    ? Type.Unsafe<T | null>({ type: ['string', 'null'], enum: [...values, null] })
    : Type.Unsafe<T>({ type: 'string', enum: [...values] });
}
