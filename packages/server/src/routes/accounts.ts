import type {} from '@fastify/cookie';
import { randomUUID } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { InlogBegrenzer } from '../auth/limiter.js';
import { controleerWachtwoord, hashWachtwoord, MIN_WACHTWOORD } from '../auth/password.js';
import { beeindigSessie, maakSessie, naarIngelogd, SESSIE_COOKIE, type Ingelogd } from '../auth/session.js';
import { ROLLEN_GEBRUIKER, type GebruikerRol } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { setSessieCookie, vereisGebruiker, wisSessieCookie, type RouteContext } from './context.js';
import { fouten, keuze, Moment, strikt } from './schemas.js';

const Naam = Type.String({ minLength: 1, maxLength: 200 });
const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' });
const Wachtwoord = Type.String({ minLength: MIN_WACHTWOORD, maxLength: 200 });

const GebruikerSchema = Type.Object({
  id: Type.String(),
  naam: Type.String(),
  email: Type.String(),
  rol: Type.String(),
  organisatie: Type.Object({ id: Type.String(), naam: Type.String() }),
  aangemaakt: Moment,
});

function toGebruiker(g: Ingelogd) {
  return {
    id: g.id,
    naam: g.naam,
    email: g.email,
    rol: g.rol,
    organisatie: { id: g.organisatieId, naam: g.organisatieNaam },
    aangemaakt: g.aangemaakt.toISOString(),
  };
}

/** Unique-violation (23505) on the e-mail index → 409. */
function isUniekFout(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === '23505';
}

const EMAIL_BEZET = new HttpError(409, 'dit e-mailadres is al in gebruik', 'email');

export async function accountRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { db } = ctx;
  const begrenzer = new InlogBegrenzer();

  async function nieuweGebruiker(
    organisatie: { id: string; naam: string; nieuw: boolean },
    body: { naam: string; email: string; wachtwoord: string },
    rol: GebruikerRol,
  ): Promise<Ingelogd> {
    const wachtwoord_hash = await hashWachtwoord(body.wachtwoord);
    const g: Ingelogd = {
      id: randomUUID(),
      naam: body.naam.trim(),
      email: body.email.trim().toLowerCase(),
      rol,
      organisatieId: organisatie.id,
      organisatieNaam: organisatie.naam,
      aangemaakt: new Date(),
    };
    try {
      await db.transaction().execute(async (trx) => {
        if (organisatie.nieuw) await trx.insertInto('organisaties').values({ id: organisatie.id, naam: organisatie.naam, aangemaakt: g.aangemaakt }).execute();
        await trx
          .insertInto('gebruikers')
          .values({ id: g.id, organisatie_id: g.organisatieId, naam: g.naam, email: g.email, wachtwoord_hash, rol, aangemaakt: g.aangemaakt })
          .execute();
      });
    } catch (err) {
      if (isUniekFout(err)) throw EMAIL_BEZET;
      throw err;
    }
    return g;
  }

  app.post(
    '/api/auth/registreren',
    {
      schema: {
        tags: ['accounts'],
        body: strikt({ naam: Naam, email: Email, wachtwoord: Wachtwoord, organisatie: Naam }),
        response: { 201: GebruikerSchema, ...fouten(400, 409) },
      },
    },
    async (request, reply) => {
      const body = request.body as { naam: string; email: string; wachtwoord: string; organisatie: string };
      const g = await nieuweGebruiker({ id: randomUUID(), naam: body.organisatie.trim(), nieuw: true }, body, 'admin');
      const s = await maakSessie(db, g.id);
      setSessieCookie(reply, s.token, s.verloopt);
      return reply.code(201).send(toGebruiker(g));
    },
  );

  app.post(
    '/api/auth/inloggen',
    {
      schema: {
        tags: ['accounts'],
        body: strikt({ email: Type.String({ maxLength: 254 }), wachtwoord: Type.String({ maxLength: 200 }) }),
        response: { 200: GebruikerSchema, ...fouten(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const body = request.body as { email: string; wachtwoord: string };
      const key = `${request.ip} ${body.email.trim().toLowerCase()}`;
      const wacht = begrenzer.wachttijd(key);
      if (wacht > 0) {
        reply.header('Retry-After', String(Math.ceil(wacht / 1000)));
        throw new HttpError(429, `te veel mislukte inlogpogingen; probeer het over ${Math.ceil(wacht / 60_000)} minuten opnieuw`);
      }
      const row = await db
        .selectFrom('gebruikers as g')
        .innerJoin('organisaties as o', 'o.id', 'g.organisatie_id')
        .select(['g.id', 'g.naam', 'g.email', 'g.rol', 'g.organisatie_id', 'o.naam as organisatie_naam', 'g.aangemaakt', 'g.wachtwoord_hash'])
        .where('g.email', '=', body.email.trim().toLowerCase())
        .executeTakeFirst();
      if (!(await controleerWachtwoord(row?.wachtwoord_hash, body.wachtwoord)) || !row) {
        begrenzer.mislukt(key);
        throw new HttpError(401, 'onbekend e-mailadres of onjuist wachtwoord');
      }
      begrenzer.gelukt(key);
      await db.deleteFrom('sessies').where('gebruiker_id', '=', row.id).where('verloopt', '<=', new Date()).execute();
      const s = await maakSessie(db, row.id);
      setSessieCookie(reply, s.token, s.verloopt);
      return toGebruiker(naarIngelogd(row));
    },
  );

  app.post('/api/auth/uitloggen', { schema: { tags: ['accounts'], response: { 204: Type.Null() } } }, async (request, reply) => {
    const token = request.cookies[SESSIE_COOKIE];
    if (token) await beeindigSessie(db, token);
    wisSessieCookie(reply);
    return reply.code(204).send();
  });

  app.get('/api/auth/ik', { schema: { tags: ['accounts'], response: { 200: GebruikerSchema, ...fouten(401) } } }, async (request) =>
    toGebruiker(await vereisGebruiker(ctx, request)),
  );

  app.post(
    '/api/gebruikers',
    {
      schema: {
        tags: ['accounts'],
        body: strikt({ naam: Naam, email: Email, wachtwoord: Wachtwoord, rol: keuze(ROLLEN_GEBRUIKER) }),
        response: { 201: GebruikerSchema, ...fouten(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const admin = await vereisGebruiker(ctx, request, ['admin']);
      const body = request.body as { naam: string; email: string; wachtwoord: string; rol: GebruikerRol };
      const g = await nieuweGebruiker({ id: admin.organisatieId, naam: admin.organisatieNaam, nieuw: false }, body, body.rol);
      return reply.code(201).send(toGebruiker(g));
    },
  );

  app.get(
    '/api/gebruikers',
    { schema: { tags: ['accounts'], response: { 200: Type.Array(GebruikerSchema), ...fouten(401, 403) } } },
    async (request) => {
      const u = await vereisGebruiker(ctx, request, ['admin', 'privacy-officer']);
      const rows = await db
        .selectFrom('gebruikers')
        .select(['id', 'naam', 'email', 'rol', 'aangemaakt'])
        .where('organisatie_id', '=', u.organisatieId)
        .orderBy('aangemaakt')
        .execute();
      return rows.map((r) => toGebruiker({ ...r, organisatieId: u.organisatieId, organisatieNaam: u.organisatieNaam }));
    },
  );
}
