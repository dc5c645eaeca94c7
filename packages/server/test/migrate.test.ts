import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations.js';
import { openDatabase } from '../src/db/database.js';
import { BACKENDS } from './helpers.js';

describe.each(BACKENDS)('migrations on $naam', (backend) => {
  it('apply once, in order, even when two starts race; a failing migration leaves nothing behind', { timeout: 180_000 }, async () => {
    const schema = backend.url ? `zv_migr_${randomBytes(5).toString('hex')}` : undefined;
    const a = await openDatabase({ databaseUrl: backend.url, schema });
    // A second connection pool on the same database, as a second server process would have.
    const b = backend.url ? await openDatabase({ databaseUrl: backend.url, schema }) : a;
    try {
      const [ra, rb] = await Promise.all([migrate(a.db), migrate(b.db)]);
      expect([...ra, ...rb].sort()).toEqual(MIGRATIONS.map((m) => m.naam));
      expect(await migrate(a.db)).toEqual([]);
      const rows = await a.db.selectFrom('zv_migraties').select('naam').execute();
      expect(rows.map((r) => r.naam)).toEqual(MIGRATIONS.map((m) => m.naam));

      const kapot = { naam: '999-kapot', statements: ['CREATE TABLE half_af (id int)', 'SELECT * FROM bestaat_niet'] };
      await expect(migrate(a.db, [...MIGRATIONS, kapot])).rejects.toThrow();
      const tabel = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_af'`.execute(a.db);
      expect(tabel.rows[0]!.n).toBe(0);
      expect(await a.db.selectFrom('zv_migraties').select('naam').where('naam', '=', '999-kapot').execute()).toEqual([]);
    } finally {
      if (b !== a) await b.close();
      await a.close();
      if (backend.url && schema) {
        const client = new pg.Client({ connectionString: backend.url });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      }
    }
  });
});
