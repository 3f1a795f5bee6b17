import { DEMO_PASSWORD, demoStaff } from '@carehub/seeds';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './platform/logging/logger.js';
import { closeWithin } from './platform/shutdown.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);
const app = await startApp(config, logger);

if (config.seedDemo) {
  const first = demoStaff[0];
  process.stderr.write(
    [
      '',
      `  CareHub is running at ${app.url}`,
      first ? `  Sign in as ${first.email} / ${DEMO_PASSWORD} (${first.note})` : '',
      '  Other demo logins (same password): see README.md',
      '',
    ].join('\n'),
  );
}

// A stop (SIGTERM from an orchestrator, Ctrl-C) closes sockets, HTTP, the bus and the database
// in order, but never waits longer than SHUTDOWN_TIMEOUT_SECONDS: a hub whose PostgreSQL or
// Redis no longer answers still exits. Exit status 0 means everything closed cleanly.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    void closeWithin(() => app.close(), config.shutdownTimeoutMs).then((outcome) => {
      if (outcome.kind === 'closed') process.exit(0);
      if (outcome.kind === 'failed') logger.error({ err: outcome.error }, 'shutdown failed');
      else logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown did not finish in time; exiting anyway');
      process.exit(1);
    });
  });
}
