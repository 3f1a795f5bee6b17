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
    ['FAMILY_INVITATION_HOURS', '0'],
    ['FAMILY_INVITATION_HOURS', 'three days'],
  ])('a bad %s (%s) stops start-up with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('family invitation codes work for 72 hours unless FAMILY_INVITATION_HOURS says otherwise', () => {
    expect(loadConfig({}).familyInvitationMs).toBe(72 * 3_600_000);
    expect(loadConfig({ FAMILY_INVITATION_HOURS: '24' }).familyInvitationMs).toBe(24 * 3_600_000);
  });

  it('masks internal errors everywhere but development', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).exposeInternalErrors).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).exposeInternalErrors).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).exposeInternalErrors).toBe(false);
  });
});
