import { DEMO_PASSWORD, demoStaff } from '@carehub/seeds';
import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './platform/logging/logger.js';

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

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
