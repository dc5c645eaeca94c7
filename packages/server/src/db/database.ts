import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** PostgreSQL connection string; without it the embedded database is used. */
  databaseUrl?: string;
  /** Folder for the embedded database; without it (and without databaseUrl) an in-memory database. */
  dataDir?: string;
  /** PostgreSQL only: work inside this schema (created if missing). Used by the tests for a fresh schema per run. */
  schema?: string;
}

export interface Db {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Open the database: PostgreSQL when a URL is given, otherwise PGlite (file-backed or in memory). Same Kysely code path for both. */
export async function openDatabase(opts: DatabaseOptions): Promise<Db> {
  if (opts.databaseUrl) {
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) throw new Error(`ongeldige schemanaam '${opts.schema}'`);
    if (opts.schema) {
      const client = new pg.Client({ connectionString: opts.databaseUrl });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const unlock = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
  try {
    const pglite = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await db.destroy();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database has a single writer: a lock file next to the data folder keeps a second server off it.
 * A lock left by a process that no longer runs (e.g. killed) is taken over. Returns the release function.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lock = join(dataDir, 'zorgvuldig.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new Error(`de database in ${dataDir} is al in gebruik door proces ${pid}`);
      }
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`kan de database in ${dataDir} niet vergrendelen`);
}
