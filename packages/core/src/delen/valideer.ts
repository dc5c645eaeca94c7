import { DEEL_KANALEN, ONTVANGERS, TOESTEMMINGEN, WETTELIJKE_GRONDEN, type DeelVraag } from './types.js';

export type DeelVraagValidatie = { ok: true; vraag: DeelVraag } | { ok: false; fout: string };

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  ontvanger: ONTVANGERS,
  toestemming: TOESTEMMINGEN,
  wettelijkeGrond: WETTELIJKE_GRONDEN,
  kanaal: DEEL_KANALEN,
};

/** Every field a DeelVraag always has, in contract order. */
const VERPLICHT = [
  'ontvanger',
  'herleidbaar',
  'toestemming',
  'wettelijkeGrond',
  'ernstigGevaar',
  'alleenDoorDelen',
  'doelVerenigbaar',
  'alleenNoodzakelijk',
  'kanaal',
] as const;

/** The consent qualifiers: required when `toestemming` is `gegeven`, not allowed otherwise. */
export const TOESTEMMING_DETAILS = ['toestemmingGeinformeerd', 'toestemmingSpecifiek', 'toestemmingVrij'] as const;

const BEKEND = new Set<string>([...VERPLICHT, ...TOESTEMMING_DETAILS]);

function controleerVeld(veld: string, waarde: unknown): string | undefined {
  const toegestaan = ENUMS[veld];
  if (toegestaan) {
    if (typeof waarde !== 'string' || !toegestaan.includes(waarde)) {
      return `veld '${veld}' heeft ongeldige waarde ${JSON.stringify(waarde)}; kies uit: ${toegestaan.join(', ')}`;
    }
    return undefined;
  }
  if (typeof waarde !== 'boolean') return `veld '${veld}' moet true of false zijn, niet ${JSON.stringify(waarde)}`;
  return undefined;
}

/**
 * Check untrusted input (parsed JSON) against the DeelVraag contract. Unknown, missing, mistyped or out-of-range
 * fields give an error (Dutch) that names the field; nothing is ever filled in by default. The three consent
 * qualifiers are required when `toestemming` is `gegeven` (valid consent cannot be judged without them) and
 * are an error with any other `toestemming`.
 */
export function valideerDeelVraag(invoer: unknown): DeelVraagValidatie {
  if (typeof invoer !== 'object' || invoer === null || Array.isArray(invoer)) {
    return { ok: false, fout: 'een DeelVraag moet een JSON-object zijn' };
  }
  const obj = invoer as Record<string, unknown>;
  for (const veld of Object.keys(obj)) {
    if (!BEKEND.has(veld)) return { ok: false, fout: `onbekend veld '${veld}'` };
  }
  for (const veld of VERPLICHT) {
    if (!(veld in obj) || obj[veld] === undefined) return { ok: false, fout: `veld '${veld}' ontbreekt` };
    const fout = controleerVeld(veld, obj[veld]);
    if (fout) return { ok: false, fout };
  }
  const gegeven = obj.toestemming === 'gegeven';
  for (const veld of TOESTEMMING_DETAILS) {
    const aanwezig = veld in obj && obj[veld] !== undefined;
    if (gegeven && !aanwezig) return { ok: false, fout: `veld '${veld}' ontbreekt (verplicht als toestemming 'gegeven' is)` };
    if (!gegeven && aanwezig) {
      return { ok: false, fout: `veld '${veld}' hoort alleen bij toestemming 'gegeven' (nu: '${String(obj.toestemming)}')` };
    }
    if (aanwezig) {
      const fout = controleerVeld(veld, obj[veld]);
      if (fout) return { ok: false, fout };
    }
  }
  const vraag = {} as Record<string, unknown>;
  for (const veld of [...VERPLICHT, ...(gegeven ? TOESTEMMING_DETAILS : [])]) vraag[veld] = obj[veld];
  return { ok: true, vraag: vraag as unknown as DeelVraag };
}
