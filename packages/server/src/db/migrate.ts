import { sql, type Kysely } from 'kysely';
import { MIGRATIONS, type Migration } from './migrations.js';
import type { Database } from './schema.js';

/** Advisory lock key ("zv-migr") shared by every start, so two servers starting at once apply migrations one at a time. */
const MIGRATION_LOCK = 0x7a762d6d;

/**
 * Apply the pending migrations in order. Each migration runs in its own transaction that first takes the
 * advisory lock and re-checks the migrations table, so a concurrent start either waits or finds it done.
 * Returns the names applied by this call.
 */
export async function migrate(db: Kysely<Database>, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS zv_migraties (naam text PRIMARY KEY, toegepast timestamptz NOT NULL DEFAULT now())`.execute(trx);
  });
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const row = await trx.selectFrom('zv_migraties').select('naam').where('naam', '=', m.naam).executeTakeFirst();
      if (row) return false;
      for (const statement of m.statements) await sql.raw(statement).execute(trx);
      await trx.insertInto('zv_migraties').values({ naam: m.naam, toegepast: new Date() }).execute();
      return true;
    });
    if (done) applied.push(m.naam);
  }
  return applied;
}
