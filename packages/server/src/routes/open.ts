import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { check, getNorm, KANALEN, parseCheckInput, RICHTINGEN, ROLLEN, ZICHTBAARHEDEN, zoekNormen, type Doelgroep } from '@zorgvuldig/core';
import { HttpError } from '../errors.js';
import type { RouteContext } from './context.js';
import { fouten, IdParams, keuze, strikt } from './schemas.js';

export const VERSIE = '0.1.0';

const Span = Type.Object({ start: Type.Integer(), end: Type.Integer(), label: Type.String(), text: Type.String() });
const Finding = Type.Object({
  rule: Type.String(),
  label: Type.String(),
  severity: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  message: Type.String(),
  norms: Type.Array(Type.String()),
  suggestion: Type.Optional(Type.String()),
});
const CheckUit = Type.Object({
  // Echoed as given (text or number); untyped here so serialisation needs no per-response branch check.
  id: Type.Optional(Type.Unknown()),
  spans: Type.Array(Span),
  labels: Type.Array(Type.String()),
  findings: Type.Array(Finding),
  anonymized: Type.String(),
});
const CheckIn = strikt({
  id: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Number()])),
  text: Type.String({ maxLength: 100_000 }),
  kanaal: Type.Optional(keuze(KANALEN, { nullable: true })),
  zichtbaarheid: Type.Optional(keuze(ZICHTBAARHEDEN, { nullable: true })),
  rol: Type.Optional(keuze(ROLLEN, { nullable: true })),
  richting: Type.Optional(keuze(RICHTINGEN, { nullable: true })),
});

const NormSchema = Type.Object({
  id: Type.String(),
  bron: Type.String(),
  plaats: Type.String(),
  beroepen: Type.Array(Type.String()),
  titel: Type.String(),
  samenvatting: Type.String(),
  casussen: Type.Optional(Type.Array(Type.String())),
  onderdeelVan: Type.Optional(Type.String()),
  trefwoorden: Type.Optional(Type.Array(Type.String())),
});

/** Routes that need no account and store nothing. */
export async function openRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get(
    '/api/health',
    { schema: { tags: ['open'], response: { 200: Type.Object({ status: Type.String(), database: Type.String(), versie: Type.String() }) } } },
    async () => ({ status: 'ok', database: ctx.kind, versie: VERSIE }),
  );

  app.post(
    '/api/check',
    { schema: { tags: ['open'], body: CheckIn, response: { 200: CheckUit, ...fouten(400, 413, 415) } } },
    async (request) => {
      const body = request.body as Record<string, unknown>;
      const parsed = parseCheckInput({ ...body, id: body.id ?? '' });
      if (!parsed.ok) throw new HttpError(400, parsed.error);
      const { text, context } = parsed.value;
      const result = ctx.pool ? await ctx.pool.run(text, context) : check(text, context);
      return body.id === undefined ? result : { id: parsed.value.id, ...result };
    },
  );

  app.get(
    '/api/normen',
    {
      schema: {
        tags: ['open'],
        querystring: strikt({
          beroep: Type.Optional(keuze([...ROLLEN, 'iedereen'])),
          bron: Type.Optional(Type.String({ maxLength: 200 })),
          zoek: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        response: { 200: Type.Array(NormSchema), ...fouten(400) },
      },
    },
    async (request) => {
      const q = request.query as { beroep?: Doelgroep; bron?: string; zoek?: string };
      return zoekNormen({ beroep: q.beroep, bron: q.bron || undefined, zoek: q.zoek || undefined });
    },
  );

  app.get('/api/normen/:id', { schema: { tags: ['open'], params: IdParams, response: { 200: NormSchema, ...fouten(404) } } }, async (request) => {
    const norm = getNorm((request.params as { id: string }).id);
    if (!norm) throw new HttpError(404, 'norm niet gevonden');
    return norm;
  });
}
