import { migrationsFor } from '@carehub/api';
import { CASEY, freshDatabaseUrl, hubClient } from '@carehub/api/testing';
import { demoFamily, demoStaff, demoUnit } from '@carehub/seeds';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';

/**
 * Two replicas of the hub started at the same moment on an empty PostgreSQL database, as
 * docker-compose starts them: start-up work (migrations, the demo unit) runs under an advisory
 * lock, so one does it and the other waits, then finds nothing left to do.
 */
describe('two replicas starting together on an empty database', () => {
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>> | undefined;
  const replicas: ApiProcess[] = [];

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
    await database?.drop();
  });

  it('both become ready; each migration is recorded once and the demo unit exists once', async () => {
    database = await freshDatabaseUrl('postgres');
    const env = { DATABASE_URL: database.url, SEED_DEMO: 'true', LOG_LEVEL: 'info' };
    // Both processes are spawned before either is awaited: they start at the same moment.
    const started = await Promise.allSettled([startApiProcess(env), startApiProcess(env)]);
    for (const result of started) if (result.status === 'fulfilled') replicas.push(result.value);
    const failures = started.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    expect(failures).toEqual([]);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const migrations = await client.query<{ name: string; times: number }>(
        'select name, count(*)::int as times from mikro_orm_migrations group by name order by name',
      );
      expect(migrations.rows).toEqual(migrationsFor('postgresql').map((m) => ({ name: m.name, times: 1 })));
      const units = await client.query<{ n: number }>('select count(*)::int as n from unit where code = $1', [
        demoUnit.code,
      ]);
      expect(units.rows[0]?.n).toBe(1);
      const users = await client.query<{ n: number }>('select count(*)::int as n from app_user');
      expect(users.rows[0]?.n).toBe(demoStaff.length + demoFamily.length);
    } finally {
      await client.end();
    }

    // One replica did the work; the other waited for the lock and found it done.
    const logs = replicas.map((r) => r.logs());
    expect(logs.filter((l) => l.includes('"msg":"database migrated"'))).toHaveLength(1);
    expect(logs.filter((l) => l.includes('"msg":"demo unit created"'))).toHaveLength(1);

    for (const replica of replicas) {
      const api = hubClient(replica.url);
      const patients = await api.gql<{ patients: unknown[] }>('{ patients { id } }', {}, await api.login(CASEY));
      expect(patients.data?.patients).toHaveLength(12);
    }
  });
});
