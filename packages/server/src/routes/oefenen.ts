import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { beantwoordCasus, evalueerSituatie, filterCasussen, getCasus, getSituatie, ROLLEN, SITUATIES, THEMAS, type Casus, type Doelgroep, type Thema } from '@zorgvuldig/core';
import { HttpError } from '../errors.js';
import { fouten, IdParams, keuze, strikt, Vrij } from './schemas.js';

const CasusVraag = Type.Object({
  id: Type.String(),
  titel: Type.String(),
  bron: Type.Optional(Type.Object({ bestand: Type.String(), plaats: Type.String() })),
  situatie: Type.String(),
  vraag: Type.String(),
  opties: Type.Array(Type.Object({ id: Type.String(), tekst: Type.String() })),
  normen: Type.Array(Type.String()),
  beroepen: Type.Array(Type.String()),
  thema: Type.String(),
});

/** A case as a question: the right option and its explanation come only with an answer. */
function alsVraag(c: Casus) {
  const { juist: _juist, uitleg: _uitleg, ...rest } = c;
  return rest;
}

/** Situations (decision aid) and practice cases: open, nothing stored. */
export async function oefenRoutes(app: FastifyInstance): Promise<void> {
  const tags = ['open'];
  app.get('/api/situaties', { schema: { tags, response: { 200: Type.Array(Vrij) } } }, async () => SITUATIES);

  app.get('/api/situaties/:id', { schema: { tags, params: IdParams, response: { 200: Vrij, ...fouten(404) } } }, async (request) => {
    const s = getSituatie((request.params as { id: string }).id);
    if (!s) throw new HttpError(404, 'situatie niet gevonden');
    return s;
  });

  app.post(
    '/api/situaties/:id/uitkomst',
    {
      schema: {
        tags,
        params: IdParams,
        body: strikt({ antwoorden: Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 100 })) }),
        response: { 200: Vrij, ...fouten(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      if (!getSituatie(id)) throw new HttpError(404, 'situatie niet gevonden');
      const r = evalueerSituatie(id, (request.body as { antwoorden: Record<string, string> }).antwoorden);
      if (!r.ok) throw new HttpError(400, r.fout, 'antwoorden');
      return r.waarde;
    },
  );

  app.get(
    '/api/casussen',
    {
      schema: {
        tags,
        querystring: strikt({ beroep: Type.Optional(keuze([...ROLLEN, 'iedereen'])), thema: Type.Optional(keuze(THEMAS)) }),
        response: { 200: Type.Array(CasusVraag), ...fouten(400) },
      },
    },
    async (request) => {
      const q = request.query as { beroep?: Doelgroep; thema?: Thema };
      return filterCasussen({ beroep: q.beroep, thema: q.thema }).map(alsVraag);
    },
  );

  app.get('/api/casussen/:id', { schema: { tags, params: IdParams, response: { 200: CasusVraag, ...fouten(404) } } }, async (request) => {
    const c = getCasus((request.params as { id: string }).id);
    if (!c) throw new HttpError(404, 'casus niet gevonden');
    return alsVraag(c);
  });

  app.post(
    '/api/casussen/:id/antwoord',
    {
      schema: {
        tags,
        params: IdParams,
        body: strikt({ optie: Type.String({ minLength: 1, maxLength: 20 }) }),
        response: {
          200: Type.Object({ juist: Type.Boolean(), juisteOptie: Type.String(), uitleg: Type.String(), normen: Type.Array(Type.String()) }),
          ...fouten(400, 404),
        },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const c = getCasus(id);
      if (!c) throw new HttpError(404, 'casus niet gevonden');
      const antwoord = beantwoordCasus(id, (request.body as { optie: string }).optie);
      if (!antwoord) throw new HttpError(400, `onbekende optie; kies uit: ${c.opties.map((o) => o.id).join(', ')}`, 'optie');
      return antwoord;
    },
  );
}
