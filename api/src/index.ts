/** What other packages (tests, benchmarks) use of the API. */
export { type AppHandle, startApp } from './app.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export { migrationsFor } from './migrations/index.js';
export { Streams } from './platform/events/streams.js';
export { createLogger } from './platform/logging/logger.js';
