import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditTable, Database } from '../db/schema.js';

export const GENESIS_HASH = '0'.repeat(64);

export const AUDIT_ACTIES = ['aanmaken', 'lezen', 'lijst', 'intrekken', 'dekking', 'export-fhir', 'niet-gevonden'] as const;
export type AuditActie = (typeof AUDIT_ACTIES)[number];
export type AuditObject = 'toestemming' | 'deellog';

export interface AuditInvoer {
  organisatieId: string;
  gebruikerId: string;
  actie: AuditActie;
  objectType: AuditObject;
  objectId: string | null;
  ip: string;
  reden: string | null;
}

/** The row content the hash covers, in a fixed key order (canonical JSON). */
function canonical(row: Omit<AuditTable, 'hash' | 'vorige_hash'>): string {
  return JSON.stringify([
    row.id,
    row.organisatie_id,
    row.volgnummer,
    row.gebruiker_id,
    row.actie,
    row.object_type,
    row.object_id,
    row.tijdstip.toISOString(),
    row.ip,
    row.reden,
  ]);
}

export function chainHash(vorigeHash: string, row: Omit<AuditTable, 'hash' | 'vorige_hash'>): string {
  return createHash('sha256').update(vorigeHash).update(canonical(row)).digest('hex');
}

/**
 * Append one row to the organisation's chain, inside the caller's transaction (so the record and its audit row
 * commit together). Appends are serialised per organisation by locking the organisation's row (NO KEY UPDATE, so
 * it does not conflict with the key-share locks that foreign-key inserts of the same transaction take).
 */
export async function appendAudit(trx: Transaction<Database>, e: AuditInvoer): Promise<void> {
  await trx.selectFrom('organisaties').select('id').where('id', '=', e.organisatieId).forNoKeyUpdate().executeTakeFirstOrThrow();
  const last = await trx
    .selectFrom('audit_log')
    .select(['volgnummer', 'hash'])
    .where('organisatie_id', '=', e.organisatieId)
    .orderBy('volgnummer', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row = {
    id: randomUUID(),
    organisatie_id: e.organisatieId,
    volgnummer: (last?.volgnummer ?? 0) + 1,
    gebruiker_id: e.gebruikerId,
    actie: e.actie,
    object_type: e.objectType,
    object_id: e.objectId,
    tijdstip: new Date(),
    ip: e.ip,
    reden: e.reden,
  };
  const vorige_hash = last?.hash ?? GENESIS_HASH;
  await trx.insertInto('audit_log').values({ ...row, vorige_hash, hash: chainHash(vorige_hash, row) }).execute();
}

export interface VerifyResult {
  intact: boolean;
  aantal: number;
  breuk?: { volgnummer: number; id: string; probleem: string };
}

/** Walk the organisation's chain from the start (in pages, so memory stays flat) and report the first row that does not fit. */
export async function verifyChain(db: Kysely<Database>, organisatieId: string, pageSize = 1000): Promise<VerifyResult> {
  let vorige = GENESIS_HASH;
  let verwacht = 1;
  let aantal = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('organisatie_id', '=', organisatieId)
      .where('volgnummer', '>=', verwacht)
      .orderBy('volgnummer')
      .limit(pageSize)
      .execute();
    for (const r of rows) {
      aantal++;
      const breuk = (probleem: string): VerifyResult => ({ intact: false, aantal: -1, breuk: { volgnummer: r.volgnummer, id: r.id, probleem } });
      if (r.volgnummer !== verwacht) return withCount(db, organisatieId, breuk(`volgnummer ${verwacht} ontbreekt (regel verwijderd?)`));
      if (r.vorige_hash !== vorige) return withCount(db, organisatieId, breuk('vorige hash klopt niet met de voorgaande regel'));
      const { hash, vorige_hash: _v, ...content } = r;
      if (chainHash(vorige, content) !== hash) return withCount(db, organisatieId, breuk('inhoud van de regel is gewijzigd (hash klopt niet)'));
      vorige = hash;
      verwacht++;
    }
    if (rows.length < pageSize) return { intact: true, aantal };
  }
}

async function withCount(db: Kysely<Database>, organisatieId: string, r: VerifyResult): Promise<VerifyResult> {
  const { n } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisatie_id', '=', organisatieId)
    .executeTakeFirstOrThrow();
  return { ...r, aantal: Number(n) };
}
