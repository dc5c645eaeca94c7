import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import envPaths from 'env-paths';

/** Where and how the server runs; read once from the environment, overridable by CLI flags. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded database (PGlite) is used. */
  databaseUrl?: string;
  /** Folder of the embedded database. */
  dataDir: string;
  /** Worker threads for the message check (ZORGVULDIG_CHECK_WORKERS; default one per CPU core, 0 = main thread). */
  checkWorkers: number;
  /** Behind a reverse proxy (ZORGVULDIG_TRUST_PROXY=1): take the client address for the audit trail from X-Forwarded-For. */
  trustProxy: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

/** Default data folder: the user's data directory for "zorgvuldig" (e.g. ~/.local/share/zorgvuldig). */
export function defaultDataDir(): string {
  return join(envPaths('zorgvuldig', { suffix: '' }).data, 'database');
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT ? Number(env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT '${env.PORT}' is geen geldig poortnummer`);
  return {
    port,
    host: env.HOST || DEFAULT_HOST,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ZORGVULDIG_DATA_DIR || defaultDataDir(),
    checkWorkers: checkWorkers(env.ZORGVULDIG_CHECK_WORKERS),
    trustProxy: env.ZORGVULDIG_TRUST_PROXY === '1' || env.ZORGVULDIG_TRUST_PROXY === 'true',
  };
}

function checkWorkers(value: string | undefined): number {
  if (value === undefined || value === '') return availableParallelism() > 1 ? availableParallelism() : 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`ZORGVULDIG_CHECK_WORKERS '${value}' is geen aantal tussen 0 en 64`);
  return n;
}
