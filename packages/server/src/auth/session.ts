import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, GebruikerRol } from '../db/schema.js';

export const SESSIE_COOKIE = 'zv_sessie';
export const SESSIE_DUUR_MS = 8 * 60 * 60 * 1000;

/** The logged-in user as the routes see it. */
export interface Ingelogd {
  id: string;
  naam: string;
  email: string;
  rol: GebruikerRol;
  organisatieId: string;
  organisatieNaam: string;
  aangemaakt: Date;
}

/** A user row joined with its organisation, as selected by the session and sign-in queries. */
export interface GebruikerRij {
  id: string;
  naam: string;
  email: string;
  rol: GebruikerRol;
  organisatie_id: string;
  organisatie_naam: string;
  aangemaakt: Date;
}

export function naarIngelogd(row: GebruikerRij): Ingelogd {
  return {
    id: row.id,
    naam: row.naam,
    email: row.email,
    rol: row.rol,
    organisatieId: row.organisatie_id,
    organisatieNaam: row.organisatie_naam,
    aangemaakt: row.aangemaakt,
  };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Create a session; returns the raw token for the cookie (only its hash is stored). */
export async function maakSessie(db: Kysely<Database>, gebruikerId: string): Promise<{ token: string; verloopt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const verloopt = new Date(Date.now() + SESSIE_DUUR_MS);
  await db.insertInto('sessies').values({ token_hash: hashToken(token), gebruiker_id: gebruikerId, verloopt, aangemaakt: new Date() }).execute();
  return { token, verloopt };
}

export async function zoekSessie(db: Kysely<Database>, token: string): Promise<Ingelogd | undefined> {
  const row = await db
    .selectFrom('sessies as s')
    .innerJoin('gebruikers as g', 'g.id', 's.gebruiker_id')
    .innerJoin('organisaties as o', 'o.id', 'g.organisatie_id')
    .select(['g.id', 'g.naam', 'g.email', 'g.rol', 'g.organisatie_id', 'o.naam as organisatie_naam', 'g.aangemaakt', 's.verloopt'])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.verloopt.getTime() <= Date.now()) return undefined;
  return naarIngelogd(row);
}

export async function beeindigSessie(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessies').where('token_hash', '=', hashToken(token)).execute();
}
