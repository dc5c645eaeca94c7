import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KANALEN, RICHTINGEN, ROLLEN, ZICHTBAARHEDEN, type CheckContext } from '@zorgvuldig/core';
import { UsageError } from './io.js';

/** `parseArgs` with strict checking; every problem becomes a Dutch `UsageError`. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new UsageError(`ongeldige optie: ${msg}`);
  }
}

export const CONTEXT_OPTIONS = {
  kanaal: { type: 'string' },
  zichtbaarheid: { type: 'string' },
  rol: { type: 'string' },
  richting: { type: 'string' },
} as const;

const ENUMS = { kanaal: KANALEN, zichtbaarheid: ZICHTBAARHEDEN, rol: ROLLEN, richting: RICHTINGEN } as const;

/** Validate the context options; an unknown value is a usage error that lists the allowed values. */
export function contextFromOptions(values: Record<string, unknown>): CheckContext {
  const ctx: CheckContext = {};
  for (const key of Object.keys(ENUMS) as Array<keyof typeof ENUMS>) {
    const v = values[key];
    if (v === undefined) continue;
    const allowed = ENUMS[key] as readonly string[];
    if (typeof v !== 'string' || !allowed.includes(v)) {
      throw new UsageError(`onbekende waarde voor --${key}: '${String(v)}'. Kies uit: ${allowed.join(', ')}`);
    }
    (ctx as Record<string, string>)[key] = v;
  }
  return ctx;
}
