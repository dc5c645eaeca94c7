import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ToestemmingTable } from '../db/schema.js';
import { HttpError } from '../errors.js';

export interface Persoon {
  id: string;
  naam: string;
}

/** A consent as the API shows it (docs/api.md). */
export interface Toestemming {
  id: string;
  clientRef: string;
  gegevens: string[];
  ontvanger: { soort: 'rol' | 'organisatie'; naam: string };
  doel: string;
  geldigVan: string;
  geldigTot: string | null;
  verkregen: ToestemmingTable['verkregen'];
  uitgelegd: string;
  status: 'actief' | 'ingetrokken';
  vastgelegdDoor: Persoon;
  vastgelegdOp: string;
  ingetrokkenOp: string | null;
  ingetrokkenDoor: Persoon | null;
  intrekReden: string | null;
}

const BSN_VORM = /(?<![\d])(\d{9}|\d{4}[. ]\d{2}[. ]\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{3}[. ]\d{2}[. ]\d{2}[. ]\d{2})(?![\d])/g;

/** The Dutch "elfproef" for a BSN: weights 9..2 for the first eight digits, -1 for the last, sum divisible by 11. */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** True when the value contains a 9-digit number (optionally grouped with dots or spaces) that passes the elfproef. */
export function lijktOpBsn(value: string): boolean {
  for (const m of value.matchAll(BSN_VORM)) {
    if (elfproef(m[0].replace(/[. ]/g, ''))) return true;
  }
  return false;
}

/** A clientRef must be pseudonymous; a BSN is refused with a clear message. */
export function controleerClientRef(clientRef: string): string {
  const v = clientRef.trim();
  if (v === '') throw new HttpError(400, "veld 'clientRef' is leeg", 'clientRef');
  if (lijktOpBsn(v)) {
    throw new HttpError(400, 'clientRef lijkt op een BSN; gebruik een pseudoniem of dossiernummer, nooit het burgerservicenummer', 'clientRef');
  }
  return v;
}

/** A `YYYY-MM-DD` that exists in the calendar (the schema only checks the shape), else 400 naming the field. */
export function controleerDatum(waarde: string, veld: string): string {
  const d = new Date(`${waarde}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== waarde) throw new HttpError(400, `'${waarde}' is geen bestaande datum`, veld);
  return waarde;
}

export function normaliseer(s: string): string {
  return s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');
}

export function vandaag(): string {
  return new Date().toISOString().slice(0, 10);
}

type Q = Kysely<Database> | Transaction<Database>;

/** Select consents of one organisation with the names of who recorded / withdrew them. */
export function selectToestemmingen(q: Q, organisatieId: string) {
  return q
    .selectFrom('toestemmingen as t')
    .innerJoin('gebruikers as v', 'v.id', 't.vastgelegd_door')
    .leftJoin('gebruikers as i', 'i.id', 't.ingetrokken_door')
    .selectAll('t')
    .select(['v.naam as vastgelegd_door_naam', 'i.naam as ingetrokken_door_naam'])
    .where('t.organisatie_id', '=', organisatieId);
}

type Row = Selectable<ToestemmingTable> & { vastgelegd_door_naam: string; ingetrokken_door_naam: string | null };

export function toToestemming(r: Row): Toestemming {
  return {
    id: r.id,
    clientRef: r.client_ref,
    gegevens: r.gegevens,
    ontvanger: { soort: r.ontvanger_soort, naam: r.ontvanger_naam },
    doel: r.doel,
    geldigVan: r.geldig_van,
    geldigTot: r.geldig_tot,
    verkregen: r.verkregen,
    uitgelegd: r.uitgelegd,
    status: r.ingetrokken_op ? 'ingetrokken' : 'actief',
    vastgelegdDoor: { id: r.vastgelegd_door, naam: r.vastgelegd_door_naam },
    vastgelegdOp: r.vastgelegd_op.toISOString(),
    ingetrokkenOp: r.ingetrokken_op ? r.ingetrokken_op.toISOString() : null,
    ingetrokkenDoor: r.ingetrokken_door ? { id: r.ingetrokken_door, naam: r.ingetrokken_door_naam ?? '' } : null,
    intrekReden: r.intrek_reden,
  };
}

export interface DekkingVraag {
  ontvanger: string;
  doel: string;
  gegevens?: string[];
  datum: string;
}

/**
 * Does this consent cover the intended sharing? Returns null when it does, otherwise the Dutch reason why not.
 */
export function waaromNietGedekt(t: Toestemming, v: DekkingVraag): string | null {
  if (t.status !== 'actief') return 'de toestemming is ingetrokken';
  if (normaliseer(t.ontvanger.naam) !== normaliseer(v.ontvanger)) return `de toestemming geldt voor een andere ontvanger (${t.ontvanger.naam})`;
  if (normaliseer(t.doel) !== normaliseer(v.doel)) return `de toestemming geldt voor een ander doel (${t.doel})`;
  if (v.datum < t.geldigVan) return `de toestemming geldt pas vanaf ${t.geldigVan}`;
  if (t.geldigTot && v.datum > t.geldigTot) return `de toestemming gold tot en met ${t.geldigTot}`;
  const toegestaan = new Set(t.gegevens.map(normaliseer));
  const buiten = (v.gegevens ?? []).filter((g) => !toegestaan.has(normaliseer(g)));
  if (buiten.length) return `deze gegevens vallen buiten de toestemming: ${buiten.join(', ')}`;
  return null;
}
