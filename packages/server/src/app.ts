import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { CheckPool } from './check-pool.js';
import { Fout } from './routes/schemas.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type Db, type DatabaseOptions } from './db/database.js';
import { installErrorHandler } from './errors.js';
import { accountRoutes } from './routes/accounts.js';
import { auditRoutes } from './routes/audit.js';
import { delenRoutes } from './routes/delen.js';
import type { RouteContext } from './routes/context.js';
import { oefenRoutes } from './routes/oefenen.js';
import { openRoutes, VERSIE } from './routes/open.js';
import { toestemmingRoutes } from './routes/toestemmingen.js';

export const BODY_LIMIT = 256 * 1024;

/** The web app's build output, next to this package in the monorepo. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface BuildOptions extends DatabaseOptions {
  /** Pino logger options or false; logs carry method, route, status and duration only. */
  logger?: boolean | { level?: string; stream?: NodeJS.WritableStream };
  /** Folder with the built web app; served at `/` when it holds an index.html. */
  webDir?: string | null;
  /** Use an already opened database (tests share one); it is not closed with the app. */
  database?: Db;
  /** Worker threads for `POST /api/check`; 0 (the default) checks on the main thread. */
  checkWorkers?: number;
  /** Trust X-Forwarded-For for the client address (only behind a reverse proxy). */
  trustProxy?: boolean;
}

/** Defence in depth: should anything ever log a request, these fields never reach the log. */
const REDACT = ['body', 'req.body', 'text', 'wachtwoord', 'clientRef', 'req.headers.cookie', 'req.headers["x-reden"]', 'res.headers["set-cookie"]'];

const ACCOUNT_ROUTE = /^\/api\/(toestemmingen|deellog|audit|gebruikers|auth\/ik)/;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Build the HTTP app (not listening). Opens the database and applies pending migrations. */
export async function buildApp(opts: BuildOptions = {}): Promise<FastifyInstance> {
  const database = opts.database ?? (await openDatabase(opts));
  if (!opts.database) await migrate(database.db);
  const pool = opts.checkWorkers ? new CheckPool(opts.checkWorkers) : undefined;
  const ctx: RouteContext = { db: database.db, kind: database.kind, pool };

  const app = Fastify({
    logger: opts.logger ? { ...(opts.logger === true ? {} : opts.logger), redact: { paths: REDACT, censor: '[weggelaten]' } } : false,
    // Fastify's own request/response lines would carry URLs with query strings; we log our own line instead.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: opts.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  if (!opts.database) app.addHook('onClose', () => database.close());
  if (pool) app.addHook('onClose', () => pool.close());

  // One log line per request, without bodies, query strings or ids from the path.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(onbekend)', status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'verzoek',
    );
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  installErrorHandler(app);
  // JSON only: a text/plain body is what a cross-site HTML form could send without a preflight.
  app.removeContentTypeParser('text/plain');
  app.addSchema(Fout);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Zorgvuldig API', version: VERSIE, description: 'Zie docs/api.md. Foutantwoorden: {fout, veld?}.' },
      components: { securitySchemes: { sessie: { type: 'apiKey', in: 'cookie', name: 'zv_sessie' } } },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  // Mark the routes that need a session in the OpenAPI document.
  app.addHook('onRoute', (route) => {
    if (ACCOUNT_ROUTE.test(route.url) && route.schema) route.schema = { ...route.schema, security: [{ sessie: [] }] };
  });

  await openRoutes(app, ctx);
  await oefenRoutes(app);
  await accountRoutes(app, ctx);
  await delenRoutes(app, ctx);
  await toestemmingRoutes(app, ctx);
  await auditRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDir = opts.webDir === undefined ? DEFAULT_WEB_DIR : opts.webDir;
  const spa = Boolean(webDir && existsSync(`${webDir}/index.html`));
  if (spa) await app.register(fastifyStatic, { root: webDir as string, wildcard: true });
  // Unknown API routes are a JSON 404; with the web app, any other GET gets index.html (client-side routing).
  app.setNotFoundHandler((request, reply) => {
    if (spa && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile('index.html');
    return reply.code(404).send({ fout: 'niet gevonden' });
  });
  return app;
}
