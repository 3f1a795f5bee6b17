import { demoFamily, demoStaff } from '@carehub/seeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Env } from './config.js';
import { User } from './modules/identity/user.entity.js';
import { captureLogs, freshDatabaseUrl, startTestHub } from './testing/test-hub.js';

const DEMO_ACCOUNTS = demoStaff.length + demoFamily.length;
const warnings = (lines: Record<string, unknown>[]) =>
  lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('SECURITY WARNING') && l.level === 40);

/** Starts a hub with `env` on `databaseUrl`, and returns its user count and what it logged. */
async function startOnce(env: Env, databaseUrl: string) {
  const { logger, lines } = captureLogs('info');
  const hub = await startTestHub(env, databaseUrl, logger);
  try {
    return { users: await hub.app.services.orm.em.fork().count(User, {}), lines };
  } finally {
    await hub.stop();
  }
}

/** These rules are about PostgreSQL, so this file uses it whatever the test project's database. */
describe('demo data on PostgreSQL in production', () => {
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  beforeAll(async () => {
    database = await freshDatabaseUrl('postgres');
  });
  afterAll(() => database?.drop());

  it('loads no demo unit when SEED_DEMO is not set, and warns about nothing', async () => {
    const { users, lines } = await startOnce({ NODE_ENV: 'production', SEED_DEMO: '' }, database.url);
    expect(users).toBe(0);
    expect(warnings(lines)).toEqual([]);
  });

  it('loads it with SEED_DEMO=true, and then warns loudly that demo accounts are active', async () => {
    const { users, lines } = await startOnce({ NODE_ENV: 'production', SEED_DEMO: 'true' }, database.url);
    expect(users).toBe(DEMO_ACCOUNTS);
    const [warning, ...more] = warnings(lines);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ demoAccounts: DEMO_ACCOUNTS });
    expect(warning?.msg).toMatch(/demo accounts are active on this production database .*published demo password/);
  });

  it('warns on every start while demo accounts stay active, even with SEED_DEMO unset', async () => {
    const { lines } = await startOnce({ NODE_ENV: 'production', SEED_DEMO: '' }, database.url);
    expect(warnings(lines)).toHaveLength(1);
  });

  it('is quiet once the demo accounts are deactivated', async () => {
    const { logger } = captureLogs('silent');
    const hub = await startTestHub({ SEED_DEMO: '' }, database.url, logger);
    const emails = [...demoStaff, ...demoFamily].map((u) => u.email);
    await hub.app.services.orm.em.fork().nativeUpdate(User, { email: { $in: emails } }, { active: false });
    await hub.stop();
    const { lines } = await startOnce({ NODE_ENV: 'production', SEED_DEMO: '' }, database.url);
    expect(warnings(lines)).toEqual([]);
  });
});

describe('demo data on the embedded database', () => {
  it('a production hub on SQLite (npm start) loads the demo unit by default, without the warning', async () => {
    const database = await freshDatabaseUrl('sqlite');
    try {
      const { users, lines } = await startOnce({ NODE_ENV: 'production', SEED_DEMO: '' }, database.url);
      expect(users).toBe(DEMO_ACCOUNTS);
      expect(warnings(lines)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
