import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Selectable, Transaction } from 'kysely';
import { beoordeelDelen, valideerDeelVraag, type DeelAdvies, type DeelVraag } from '@zorgvuldig/core';
import type { Database, DeellogTable } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { auditReden, metAudit, vereisGebruiker, type RouteContext } from './context.js';
import { fouten, IdParams, Moment, Persoon, Reden, strikt, UUID_RE, Vrij } from './schemas.js';
import { controleerClientRef } from './toestemming-model.js';

const DeelAdviesSchema = Type.Object({
  besluit: Type.String(),
  grond: Type.Union([Type.String(), Type.Null()]),
  voorwaarden: Type.Array(Type.String()),
  uitleg: Type.Array(Type.String()),
  bronnen: Type.Array(Type.String()),
});

const DeelVraagSchema = Type.Object({}, { additionalProperties: true, description: 'DeelVraag (docs/contract-delen.md); gecontroleerd door valideerDeelVraag' });

/** Validate a DeelVraag with core's validator; the error names the field (`veld` prefixed with `prefix`). */
function vraagOf400(invoer: unknown, prefix = ''): DeelVraag {
  const v = valideerDeelVraag(invoer);
  if (v.ok) return v.vraag;
  const veld = /veld '([^']+)'/.exec(v.fout)?.[1];
  throw new HttpError(400, prefix ? `${prefix}: ${v.fout}` : v.fout, veld ? `${prefix ? `${prefix}.` : ''}${veld}` : prefix || undefined);
}

const DeelLogItemSchema = Type.Object({
  id: Type.String(),
  clientRef: Type.String(),
  vraag: Vrij,
  advies: DeelAdviesSchema,
  grond: Type.Union([Type.String(), Type.Null()]),
  gedeeld: Type.String(),
  notitie: Type.Union([Type.String(), Type.Null()]),
  door: Persoon,
  op: Moment,
});

type Row = Selectable<DeellogTable> & { door_naam: string };

function selectDeellog(trx: Transaction<Database>, organisatieId: string) {
  return trx
    .selectFrom('deellog as d')
    .innerJoin('gebruikers as g', 'g.id', 'd.door')
    .selectAll('d')
    .select('g.naam as door_naam')
    .where('d.organisatie_id', '=', organisatieId);
}

function toItem(r: Row) {
  return {
    id: r.id,
    clientRef: r.client_ref,
    vraag: r.vraag,
    advies: r.advies as DeelAdvies,
    grond: r.grond,
    gedeeld: r.gedeeld,
    notitie: r.notitie,
    door: { id: r.door, naam: r.door_naam },
    op: r.op.toISOString(),
  };
}

/** `POST /api/delen` (open) and the sharing log `/api/deellog` (account, audited). */
export async function delenRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.post(
    '/api/delen',
    { schema: { tags: ['open'], body: DeelVraagSchema, response: { 200: DeelAdviesSchema, ...fouten(400, 413, 415) } } },
    async (request) => beoordeelDelen(vraagOf400(request.body)),
  );

  const tags = ['deellog'];

  app.post(
    '/api/deellog',
    {
      schema: {
        tags,
        body: strikt({
          clientRef: Type.String({ minLength: 1, maxLength: 100 }),
          vraag: DeelVraagSchema,
          gedeeld: Type.String({ minLength: 1, maxLength: 4000 }),
          notitie: Type.Optional(Type.String({ maxLength: 4000 })),
          reden: Type.Optional(Reden),
        }),
        response: { 201: DeelLogItemSchema, ...fouten(400, 401, 413, 415) },
      },
    },
    async (request, reply) => {
      const u = await vereisGebruiker(ctx, request);
      const b = request.body as { clientRef: string; vraag: unknown; gedeeld: string; notitie?: string; reden?: string };
      const clientRef = controleerClientRef(b.clientRef);
      const vraag = vraagOf400(b.vraag, 'vraag');
      // The advice is always recomputed here: a client-sent advice is never trusted.
      const advies = beoordeelDelen(vraag);
      const id = randomUUID();
      const item = await metAudit(ctx, request, u, { actie: 'aanmaken', objectType: 'deellog', reden: auditReden(request, b.reden) }, async (trx) => {
        await trx
          .insertInto('deellog')
          .values({
            id,
            organisatie_id: u.organisatieId,
            client_ref: clientRef,
            vraag: JSON.stringify(vraag),
            advies: JSON.stringify(advies),
            grond: advies.grond,
            gedeeld: b.gedeeld,
            notitie: b.notitie?.trim() ? b.notitie : null,
            door: u.id,
            op: new Date(),
          })
          .execute();
        const row = await selectDeellog(trx, u.organisatieId).where('d.id', '=', id).executeTakeFirstOrThrow();
        return { result: toItem(row), objectId: id };
      });
      return reply.code(201).send(item);
    },
  );

  app.get(
    '/api/deellog',
    {
      schema: {
        tags,
        querystring: strikt({ clientRef: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) }),
        response: { 200: Type.Array(DeelLogItemSchema), ...fouten(400, 401) },
      },
    },
    async (request) => {
      const u = await vereisGebruiker(ctx, request);
      const { clientRef } = request.query as { clientRef?: string };
      return metAudit(ctx, request, u, { actie: 'lijst', objectType: 'deellog', reden: auditReden(request) }, async (trx) => {
        let q = selectDeellog(trx, u.organisatieId);
        // Professionals see their own entries; privacy officers and admins the whole organisation.
        if (u.rol === 'professional') q = q.where('d.door', '=', u.id);
        if (clientRef !== undefined) q = q.where('d.client_ref', '=', controleerClientRef(clientRef));
        const rows = await q.orderBy('d.op', 'desc').execute();
        return { result: rows.map(toItem), objectId: clientRef ? `clientRef:${clientRef.trim()}` : null };
      });
    },
  );

  app.get('/api/deellog/:id', { schema: { tags, params: IdParams, response: { 200: DeelLogItemSchema, ...fouten(401, 404) } } }, async (request) => {
    const u = await vereisGebruiker(ctx, request);
    const { id } = request.params as { id: string };
    return metAudit(ctx, request, u, { actie: 'lezen', objectType: 'deellog', reden: auditReden(request), poging: id }, async (trx) => {
      if (!UUID_RE.test(id)) throw new HttpError(404, 'logregel niet gevonden');
      let q = selectDeellog(trx, u.organisatieId).where('d.id', '=', id);
      if (u.rol === 'professional') q = q.where('d.door', '=', u.id);
      const row = await q.executeTakeFirst();
      if (!row) throw new HttpError(404, 'logregel niet gevonden');
      return { result: toItem(row), objectId: id };
    });
  });
}
