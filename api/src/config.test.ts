import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded database, the in-process bus and port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database.kind).toBe('sqlite');
    expect(config.redisUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
  });

  it('gives a graceful stop 10 s by default, SHUTDOWN_TIMEOUT_SECONDS otherwise', () => {
    expect(loadConfig({}).shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '3' }).shutdownTimeoutMs).toBe(3_000);
  });

  it('uses PostgreSQL for a postgres:// DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/carehub' });
    expect(config.database).toEqual({ kind: 'postgresql', url: 'postgres://u@db:5432/carehub' });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://nope'],
    ['REDIS_URL', 'http://cache'],
    ['NODE_ENV', 'staging'],
    ['SEED_DEMO', 'maybe'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SHUTDOWN_TIMEOUT_SECONDS', '0'],
    ['SHUTDOWN_TIMEOUT_SECONDS', 'soon'],
  ])('a bad %s (%s) stops start-up with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('masks internal errors everywhere but development', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).exposeInternalErrors).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).exposeInternalErrors).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).exposeInternalErrors).toBe(false);
  });
});
