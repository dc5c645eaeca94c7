import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { verifyChain } from '../audit/chain.js';
import { vereisGebruiker, type RouteContext } from './context.js';
import { fouten, Moment, strikt } from './schemas.js';

const AuditRegel = Type.Object({
  id: Type.String(),
  volgnummer: Type.Integer(),
  gebruikerId: Type.String(),
  actie: Type.String(),
  objectType: Type.String(),
  objectId: Type.Union([Type.String(), Type.Null()]),
  tijdstip: Moment,
  ip: Type.String(),
  reden: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
  vorigeHash: Type.String(),
});

/** The audit trail of the own organisation; privacy-officer and admin only. Reading it is not itself audited. */
export async function auditRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const tags = ['audit'];
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        querystring: strikt({ limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$' })) }),
        response: { 200: Type.Array(AuditRegel), ...fouten(400, 401, 403) },
      },
    },
    async (request) => {
      const u = await vereisGebruiker(ctx, request, ['privacy-officer', 'admin']);
      const limit = Math.min(1000, Math.max(1, Number((request.query as { limit?: string }).limit ?? 100)));
      const rows = await ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('organisatie_id', '=', u.organisatieId)
        .orderBy('volgnummer', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        volgnummer: r.volgnummer,
        gebruikerId: r.gebruiker_id,
        actie: r.actie,
        objectType: r.object_type,
        objectId: r.object_id,
        tijdstip: r.tijdstip.toISOString(),
        ip: r.ip,
        reden: r.reden,
        hash: r.hash,
        vorigeHash: r.vorige_hash,
      }));
    },
  );

  app.get(
    '/api/audit/verify',
    {
      schema: {
        tags,
        response: {
          200: Type.Object({
            intact: Type.Boolean(),
            aantal: Type.Integer(),
            breuk: Type.Optional(Type.Object({ volgnummer: Type.Integer(), id: Type.String(), probleem: Type.String() })),
          }),
          ...fouten(401, 403),
        },
      },
    },
    async (request) => {
      const u = await vereisGebruiker(ctx, request, ['privacy-officer', 'admin']);
      return verifyChain(ctx.db, u.organisatieId);
    },
  );
}
