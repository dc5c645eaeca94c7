import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit, type AuditActie } from '../audit/chain.js';
import type { CheckPool } from '../check-pool.js';
import { SESSIE_COOKIE, zoekSessie, type Ingelogd } from '../auth/session.js';
import type { DatabaseKind } from '../db/database.js';
import type { Database, GebruikerRol } from '../db/schema.js';
import { HttpError } from '../errors.js';

/** What every route module gets. */
export interface RouteContext {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Worker threads for the message check; absent: check on the main thread. */
  pool?: CheckPool;
}

/** The logged-in user of this request, or 401; with `rollen`, 403 unless the user has one of them. */
export async function vereisGebruiker(ctx: RouteContext, request: FastifyRequest, rollen?: readonly GebruikerRol[]): Promise<Ingelogd> {
  const token = request.cookies[SESSIE_COOKIE];
  const gebruiker = token ? await zoekSessie(ctx.db, token) : undefined;
  if (!gebruiker) throw new HttpError(401, 'niet ingelogd of sessie verlopen');
  if (rollen && !rollen.includes(gebruiker.rol)) throw new HttpError(403, `hiervoor is de rol ${rollen.join(' of ')} nodig`);
  return gebruiker;
}

export const MAX_REDEN = 500;

/** The reason for an audited access: body field `reden` wins over the `X-Reden` header. */
export function auditReden(request: FastifyRequest, bodyReden?: string): string | null {
  if (bodyReden !== undefined) return bodyReden;
  const h = request.headers['x-reden'];
  const v = Array.isArray(h) ? h[0] : h;
  if (v === undefined || v.trim() === '') return null;
  if (v.length > MAX_REDEN) throw new HttpError(400, `de reden (X-Reden) is te lang (maximaal ${MAX_REDEN} tekens)`, 'X-Reden');
  return v.trim();
}

export function setSessieCookie(reply: FastifyReply, token: string, verloopt: Date): void {
  reply.setCookie(SESSIE_COOKIE, token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', expires: verloopt });
}

export function wisSessieCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSIE_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}

/**
 * Run `work` in a transaction together with its audit row (both commit, or neither). When `work` finds no such
 * object (404) for a requested id (`poging`), the failed attempt is audited on its own as `niet-gevonden`, so
 * probing for other records leaves a trace.
 */
export async function metAudit<T>(
  ctx: RouteContext,
  request: FastifyRequest,
  u: Ingelogd,
  audit: { actie: AuditActie; objectType: 'toestemming' | 'deellog'; reden: string | null; poging?: string },
  work: (trx: Transaction<Database>) => Promise<{ result: T; objectId: string | null }>,
): Promise<T> {
  const { poging, ...rij } = audit;
  const basis = { organisatieId: u.organisatieId, gebruikerId: u.id, ip: request.ip };
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const { result, objectId } = await work(trx);
      await appendAudit(trx, { ...basis, ...rij, objectId });
      return result;
    });
  } catch (err) {
    if (poging !== undefined && err instanceof HttpError && err.statusCode === 404) {
      await ctx.db.transaction().execute((trx) => appendAudit(trx, { ...basis, ...rij, actie: 'niet-gevonden', objectId: poging.slice(0, 100) }));
    }
    throw err;
  }
}
