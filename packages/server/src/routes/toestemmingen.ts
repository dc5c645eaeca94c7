import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { toFhirConsent } from '../fhir/consent.js';
import { auditReden, metAudit, vereisGebruiker, type RouteContext } from './context.js';
import { Datum, fouten, IdParams, keuze, Moment, Persoon, Reden, strikt, UUID_RE } from './schemas.js';
import { controleerClientRef, controleerDatum, selectToestemmingen, toToestemming, vandaag, waaromNietGedekt, type Toestemming } from './toestemming-model.js';

interface DekkingUit {
  gedekt: boolean;
  toestemming?: Toestemming;
  reden: string;
}

const ClientRef = Type.String({ minLength: 1, maxLength: 100 });
const Tekst = (max: number) => Type.String({ minLength: 1, maxLength: max });

const ToestemmingSchema = Type.Object({
  id: Type.String(),
  clientRef: Type.String(),
  gegevens: Type.Array(Type.String()),
  ontvanger: Type.Object({ soort: Type.String(), naam: Type.String() }),
  doel: Type.String(),
  geldigVan: Type.String(),
  geldigTot: Type.Union([Type.String(), Type.Null()]),
  verkregen: Type.String(),
  uitgelegd: Type.String(),
  status: Type.String(),
  vastgelegdDoor: Persoon,
  vastgelegdOp: Moment,
  ingetrokkenOp: Type.Union([Moment, Type.Null()]),
  ingetrokkenDoor: Type.Union([Persoon, Type.Null()]),
  intrekReden: Type.Union([Type.String(), Type.Null()]),
});

const NieuweToestemming = strikt({
  clientRef: ClientRef,
  gegevens: Type.Array(Tekst(200), { minItems: 1, maxItems: 50 }),
  ontvanger: strikt({ soort: keuze(['rol', 'organisatie'] as const), naam: Tekst(200) }),
  doel: Tekst(500),
  geldigVan: Datum,
  geldigTot: Type.Optional(Type.Union([Datum, Type.Null()])),
  verkregen: keuze(['mondeling', 'schriftelijk', 'digitaal'] as const),
  uitgelegd: Tekst(4000),
  reden: Type.Optional(Reden),
});
type NieuweToestemming = {
  clientRef: string;
  gegevens: string[];
  ontvanger: { soort: 'rol' | 'organisatie'; naam: string };
  doel: string;
  geldigVan: string;
  geldigTot?: string | null;
  verkregen: 'mondeling' | 'schriftelijk' | 'digitaal';
  uitgelegd: string;
  reden?: string;
};

async function haalToestemming(trx: Transaction<Database>, organisatieId: string, id: string): Promise<Toestemming> {
  if (!UUID_RE.test(id)) throw new HttpError(404, 'toestemming niet gevonden');
  const row = await selectToestemmingen(trx, organisatieId).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw new HttpError(404, 'toestemming niet gevonden');
  return toToestemming(row);
}

export async function toestemmingRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const tags = ['toestemmingen'];

  app.post(
    '/api/toestemmingen',
    { schema: { tags, body: NieuweToestemming, response: { 201: ToestemmingSchema, ...fouten(400, 401, 413, 415) } } },
    async (request, reply) => {
      const u = await vereisGebruiker(ctx, request);
      const b = request.body as NieuweToestemming;
      const clientRef = controleerClientRef(b.clientRef);
      controleerDatum(b.geldigVan, 'geldigVan');
      if (b.geldigTot) controleerDatum(b.geldigTot, 'geldigTot');
      if (b.geldigTot && b.geldigTot < b.geldigVan) throw new HttpError(400, "'geldigTot' ligt vóór 'geldigVan'", 'geldigTot');
      const id = randomUUID();
      const t = await metAudit(ctx, request, u, { actie: 'aanmaken', objectType: 'toestemming', reden: auditReden(request, b.reden) }, async (trx) => {
        await trx
          .insertInto('toestemmingen')
          .values({
            id,
            organisatie_id: u.organisatieId,
            client_ref: clientRef,
            gegevens: JSON.stringify(b.gegevens.map((g) => g.trim())),
            ontvanger_soort: b.ontvanger.soort,
            ontvanger_naam: b.ontvanger.naam.trim(),
            doel: b.doel.trim(),
            geldig_van: b.geldigVan,
            geldig_tot: b.geldigTot ?? null,
            verkregen: b.verkregen,
            uitgelegd: b.uitgelegd,
            vastgelegd_door: u.id,
            vastgelegd_op: new Date(),
          })
          .execute();
        return { result: await haalToestemming(trx, u.organisatieId, id), objectId: id };
      });
      return reply.code(201).send(t);
    },
  );

  app.get(
    '/api/toestemmingen',
    {
      schema: {
        tags,
        querystring: strikt({ clientRef: Type.Optional(ClientRef) }),
        response: { 200: Type.Array(ToestemmingSchema), ...fouten(400, 401) },
      },
    },
    async (request) => {
      const u = await vereisGebruiker(ctx, request);
      const { clientRef } = request.query as { clientRef?: string };
      return metAudit(ctx, request, u, { actie: 'lijst', objectType: 'toestemming', reden: auditReden(request) }, async (trx) => {
        let q = selectToestemmingen(trx, u.organisatieId);
        if (clientRef !== undefined) q = q.where('t.client_ref', '=', controleerClientRef(clientRef));
        const rows = await q.orderBy('t.vastgelegd_op', 'desc').execute();
        return { result: rows.map(toToestemming), objectId: clientRef ? `clientRef:${clientRef.trim()}` : null };
      });
    },
  );

  app.post(
    '/api/toestemmingen/dekking',
    {
      schema: {
        tags,
        body: strikt({
          clientRef: ClientRef,
          ontvanger: Tekst(200),
          doel: Tekst(500),
          gegevens: Type.Optional(Type.Array(Tekst(200), { maxItems: 50 })),
          datum: Type.Optional(Datum),
          reden: Type.Optional(Reden),
        }),
        response: {
          200: Type.Object({ gedekt: Type.Boolean(), toestemming: Type.Optional(ToestemmingSchema), reden: Type.String() }),
          ...fouten(400, 401),
        },
      },
    },
    async (request) => {
      const u = await vereisGebruiker(ctx, request);
      const b = request.body as { clientRef: string; ontvanger: string; doel: string; gegevens?: string[]; datum?: string; reden?: string };
      const clientRef = controleerClientRef(b.clientRef);
      const vraag = { ontvanger: b.ontvanger, doel: b.doel, gegevens: b.gegevens, datum: b.datum ? controleerDatum(b.datum, 'datum') : vandaag() };
      return metAudit<DekkingUit>(ctx, request, u, { actie: 'dekking', objectType: 'toestemming', reden: auditReden(request, b.reden) }, async (trx) => {
        const rows = await selectToestemmingen(trx, u.organisatieId).where('t.client_ref', '=', clientRef).orderBy('t.vastgelegd_op', 'desc').execute();
        if (rows.length === 0) return { result: { gedekt: false, reden: 'er is geen toestemming vastgelegd voor deze cliënt' }, objectId: null };
        const redenen: string[] = [];
        for (const t of rows.map(toToestemming)) {
          const waarom = waaromNietGedekt(t, vraag);
          if (waarom === null) {
            return {
              result: { gedekt: true, toestemming: t, reden: `gedekt door de toestemming van ${t.vastgelegdOp.slice(0, 10)} (${t.verkregen} verkregen)` },
              objectId: t.id,
            };
          }
          redenen.push(waarom);
        }
        return { result: { gedekt: false, reden: `geen passende toestemming: ${[...new Set(redenen)].join('; ')}` }, objectId: null };
      });
    },
  );

  app.get('/api/toestemmingen/:id', { schema: { tags, params: IdParams, response: { 200: ToestemmingSchema, ...fouten(401, 404) } } }, async (request) => {
    const u = await vereisGebruiker(ctx, request);
    const { id } = request.params as { id: string };
    return metAudit(ctx, request, u, { actie: 'lezen', objectType: 'toestemming', reden: auditReden(request), poging: id }, async (trx) => ({
      result: await haalToestemming(trx, u.organisatieId, id),
      objectId: id,
    }));
  });

  app.post(
    '/api/toestemmingen/:id/intrekken',
    { schema: { tags, params: IdParams, body: strikt({ reden: Reden }), response: { 200: ToestemmingSchema, ...fouten(400, 401, 404, 409) } } },
    async (request) => {
      const u = await vereisGebruiker(ctx, request);
      const { id } = request.params as { id: string };
      const { reden } = request.body as { reden: string };
      return metAudit(ctx, request, u, { actie: 'intrekken', objectType: 'toestemming', reden, poging: id }, async (trx) => {
        await haalToestemming(trx, u.organisatieId, id);
        const res = await trx
          .updateTable('toestemmingen')
          .set({ ingetrokken_op: new Date(), ingetrokken_door: u.id, intrek_reden: reden })
          .where('id', '=', id)
          .where('organisatie_id', '=', u.organisatieId)
          .where('ingetrokken_op', 'is', null)
          .executeTakeFirst();
        if (res.numUpdatedRows === 0n) throw new HttpError(409, 'deze toestemming is al ingetrokken');
        return { result: await haalToestemming(trx, u.organisatieId, id), objectId: id };
      });
    },
  );

  app.get(
    '/api/toestemmingen/:id/fhir',
    { schema: { tags, params: IdParams, response: { 200: Type.Object({}, { additionalProperties: true }), ...fouten(401, 404) } } },
    async (request, reply) => {
      const u = await vereisGebruiker(ctx, request);
      const { id } = request.params as { id: string };
      const t = await metAudit(ctx, request, u, { actie: 'export-fhir', objectType: 'toestemming', reden: auditReden(request), poging: id }, async (trx) => ({
        result: await haalToestemming(trx, u.organisatieId, id),
        objectId: id,
      }));
      return reply.type('application/fhir+json; charset=utf-8').send(toFhirConsent(t, u.organisatieNaam));
    },
  );
}
