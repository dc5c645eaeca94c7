import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseContext, type CheckContext } from '@zorgvuldig/core';
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

/** Validate the context options; an unknown value is a usage error that lists the allowed values. */
export function contextFromOptions(values: Record<string, unknown>): CheckContext {
  const c = parseContext(values);
  if (!c.ok) throw new UsageError(`onbekende waarde voor --${c.field}: '${String(c.value)}'. Kies uit: ${c.allowed.join(', ')}`);
  return c.context;
}
