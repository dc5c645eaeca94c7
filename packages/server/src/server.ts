import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { configFromEnv, type ServerConfig } from './config.js';

/** Start the server with the environment's configuration (overrides win) and stop it cleanly on SIGINT/SIGTERM. */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<{ app: FastifyInstance; url: string }> {
  const config = { ...configFromEnv(), ...overrides };
  const app = await buildApp({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    checkWorkers: config.checkWorkers,
    trustProxy: config.trustProxy,
  });
  const url = await app.listen({ port: config.port, host: config.host });
  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, url };
}
