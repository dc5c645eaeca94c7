/** Zorgvuldig server: HTTP API, accounts, consent register, sharing log, audit trail, and the web app host. */
export { buildApp, BODY_LIMIT, type BuildOptions } from './app.js';
export { startServer } from './server.js';
export { configFromEnv, defaultDataDir, DEFAULT_PORT, DEFAULT_HOST, type ServerConfig } from './config.js';
export { openDatabase, type Db, type DatabaseOptions } from './db/database.js';
export { migrate } from './db/migrate.js';
export { verifyChain } from './audit/chain.js';
