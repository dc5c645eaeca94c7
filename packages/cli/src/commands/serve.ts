// Only the defaults here: the server stack (Fastify, database drivers) loads when `serve` runs, so other
// commands start fast.
import { DEFAULT_HOST, DEFAULT_PORT } from '@zorgvuldig/server/config';
import { parse } from '../args.js';
import { UsageError, write } from '../io.js';
import type { Command } from './types.js';

const USAGE = `Gebruik: zorgvuldig serve [--port <n>] [--host <adres>]

Start de Zorgvuldig-server: de HTTP-API (zie docs/api.md, /api/openapi.json) en, als die gebouwd is, de webapp.
  --port   poort (standaard $PORT of ${DEFAULT_PORT}; 0 = een vrije poort)
  --host   adres om op te luisteren (standaard $HOST of ${DEFAULT_HOST}; 0.0.0.0 = alle netwerken)

Database: met DATABASE_URL PostgreSQL, anders de ingebouwde database in ZORGVULDIG_DATA_DIR
(standaard een map in uw gebruikersgegevens). Migraties worden bij het starten automatisch toegepast.
Logregels bevatten alleen methode, route, status en duur: nooit berichtteksten of cliëntgegevens.`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start de server (API, register, deellog, audit en de webapp)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parse(args, { port: { type: 'string', short: 'p' }, host: { type: 'string' } });
    if (positionals.length) throw new UsageError(`onverwacht argument '${positionals[0]}'`);
    const overrides: { port?: number; host?: string } = {};
    if (values.port !== undefined) {
      const port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`ongeldige poort '${values.port}'`);
      overrides.port = port;
    }
    if (values.host !== undefined) overrides.host = values.host;
    const { startServer } = await import('@zorgvuldig/server');
    const { url } = await startServer(overrides);
    await write(io.stderr, `Zorgvuldig draait op ${url} (stoppen: Ctrl+C)\n`);
    return 0;
  },
};
