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

  it('bounds slow readers at 256 events behind and 4 MiB unsent by default, SUBSCRIPTION_MAX_BEHIND and SOCKET_MAX_BUFFERED_KB otherwise', () => {
    expect(loadConfig({}).slowReaders).toEqual({
      maxBehind: 256,
      socketMaxBufferedBytes: 4 * 1024 * 1024,
      keepAliveMs: 12_000,
    });
    expect(
      loadConfig({ SUBSCRIPTION_MAX_BEHIND: '32', SOCKET_MAX_BUFFERED_KB: '512', SOCKET_KEEPALIVE_SECONDS: '60' })
        .slowReaders,
    ).toEqual({ maxBehind: 32, socketMaxBufferedBytes: 512 * 1024, keepAliveMs: 60_000 });
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
    ['SUBSCRIPTION_MAX_BEHIND', '0'],
    ['SOCKET_MAX_BUFFERED_KB', '8'],
    ['SOCKET_KEEPALIVE_SECONDS', '0'],
    ['FAMILY_INVITATION_HOURS', '0'],
    ['FAMILY_INVITATION_HOURS', 'three days'],
    ['UNIT_TIME_ZONE', 'Mars/Olympus_Mons'],
    ['TRUST_PROXY', 'nonsense'],
    ['TRUST_PROXY', '11'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.1,'],
    ['TRUST_PROXY', 'fe80::/129'],
    ['LOGIN_MAX_FAILURES_PER_ADDRESS', '0'],
  ])('a bad %s (%s) stops start-up with a message naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('family invitation codes work for 72 hours unless FAMILY_INVITATION_HOURS says otherwise', () => {
    expect(loadConfig({}).familyInvitationMs).toBe(72 * 3_600_000);
    expect(loadConfig({ FAMILY_INVITATION_HOURS: '24' }).familyInvitationMs).toBe(24 * 3_600_000);
  });

  it('keeps unit clocks in America/New_York unless UNIT_TIME_ZONE names another zone', () => {
    expect(loadConfig({}).unitTimeZone).toBe('America/New_York');
    expect(loadConfig({ UNIT_TIME_ZONE: 'America/Los_Angeles' }).unitTimeZone).toBe('America/Los_Angeles');
  });

  it('trusts no proxy by default: the socket’s peer is the client', () => {
    expect(loadConfig({}).trustProxy).toEqual({ kind: 'none' });
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toEqual({ kind: 'none' });
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toEqual({ kind: 'none' });
  });

  it('TRUST_PROXY takes a number of hops', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toEqual({ kind: 'hops', hops: 1 });
    expect(loadConfig({ TRUST_PROXY: ' 2 ' }).trustProxy).toEqual({ kind: 'hops', hops: 2 });
  });

  it('TRUST_PROXY takes a list of proxy addresses, CIDR ranges and named ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,2001:db8::/32, ::1' }).trustProxy).toEqual({
      kind: 'addresses',
      ranges: ['10.0.0.0/8', '192.168.1.5/32', '2001:db8::/32', '::1/128'],
    });
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual({
      kind: 'addresses',
      ranges: ['127.0.0.0/8', '::1/128'],
    });
  });

  it('TRUST_PROXY=true, which trusted every hop, stops start-up with a message naming the new forms', () => {
    for (const value of ['true', 'yes']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
        /TRUST_PROXY: .*TRUST_PROXY=1.*TRUST_PROXY=10\.0\.0\.0\/8/s,
      );
    }
  });

  it('loads the demo unit by default on the embedded database only; PostgreSQL needs SEED_DEMO=true', () => {
    const postgres = 'postgres://u@db:5432/carehub';
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'sqlite:data/x.sqlite', NODE_ENV: 'production' }).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'sqlite:data/x.sqlite', SEED_DEMO: 'false' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: postgres }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: postgres, NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: postgres, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('allows one address a few accounts’ worth of wrong passwords unless told otherwise', () => {
    expect(loadConfig({ LOGIN_MAX_FAILURES: '5' }).login).toMatchObject({ maxFailures: 5, maxFailuresPerAddress: 20 });
    expect(loadConfig({ LOGIN_MAX_FAILURES_PER_ADDRESS: '100' }).login.maxFailuresPerAddress).toBe(100);
  });

  it('hides the schema (introspection, suggestions) in production only', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).exposeSchema).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).exposeSchema).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).exposeSchema).toBe(true);
  });

  it('masks internal errors everywhere but development', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).exposeInternalErrors).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).exposeInternalErrors).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).exposeInternalErrors).toBe(false);
  });
});
