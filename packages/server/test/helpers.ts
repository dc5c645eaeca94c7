import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp, type BuildOptions } from '../src/app.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase, type Db } from '../src/db/database.js';

/** The backends every database test runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const BACKENDS: Array<{ naam: 'pglite' | 'postgres'; url?: string }> = [
  { naam: 'pglite' },
  ...(process.env.TEST_DATABASE_URL ? [{ naam: 'postgres' as const, url: process.env.TEST_DATABASE_URL }] : []),
];

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** A fresh database (in-memory PGlite, or a new schema in PostgreSQL) with migrations applied, and an app on it. */
export async function startTestServer(backend: (typeof BACKENDS)[number], extra: Omit<BuildOptions, 'database'> = {}): Promise<TestServer> {
  const schema = backend.url ? `zv_test_${randomBytes(6).toString('hex')}` : undefined;
  const db = await openDatabase({ databaseUrl: backend.url, schema });
  await migrate(db.db);
  const app = await buildApp({ webDir: null, ...extra, database: db });
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.close();
      if (backend.url && schema) {
        const client = new pg.Client({ connectionString: backend.url });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      }
    },
  };
}

let teller = 0;

/** Register a new organisation; returns the session cookie header value and the user. */
export async function registreer(app: FastifyInstance, organisatie = `Org ${++teller}`): Promise<{ cookie: string; gebruiker: { id: string; email: string } }> {
  const email = `beheer${++teller}.${randomBytes(3).toString('hex')}@voorbeeld.nl`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/registreren',
    payload: { naam: 'Beheerder', email, wachtwoord: 'een-lang-wachtwoord-1', organisatie },
  });
  if (res.statusCode !== 201) throw new Error(`registreren mislukt: ${res.statusCode} ${res.body}`);
  return { cookie: sessieCookie(res), gebruiker: res.json() };
}

/** Add a user with a role to the admin's organisation and log in as that user. */
export async function voegGebruikerToe(app: FastifyInstance, adminCookie: string, rol: string): Promise<{ cookie: string; id: string }> {
  const email = `${rol}${++teller}.${randomBytes(3).toString('hex')}@voorbeeld.nl`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/gebruikers',
    headers: { cookie: adminCookie },
    payload: { naam: `Gebruiker ${rol}`, email, wachtwoord: 'nog-een-lang-wachtwoord', rol },
  });
  if (res.statusCode !== 201) throw new Error(`gebruiker toevoegen mislukt: ${res.statusCode} ${res.body}`);
  const login = await app.inject({ method: 'POST', url: '/api/auth/inloggen', payload: { email, wachtwoord: 'nog-een-lang-wachtwoord' } });
  return { cookie: sessieCookie(login), id: res.json().id };
}

export function sessieCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'zv_sessie');
  if (!c) throw new Error('geen sessiecookie');
  return `zv_sessie=${c.value}`;
}

export const TOESTEMMING = {
  clientRef: 'CL-2026-0042',
  gegevens: ['medicatie', 'diagnose'],
  ontvanger: { soort: 'rol', naam: 'huisarts' },
  doel: 'overdracht na ontslag',
  geldigVan: '2026-01-01',
  geldigTot: '2027-12-31',
  verkregen: 'schriftelijk',
  uitgelegd: 'Met de cliënt besproken welke gegevens naar de huisarts gaan en waarom.',
};
