import { Streams } from '@carehub/api';
import { CASEY, collectLive, hubClient } from '@carehub/api/testing';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startPostgres, startRedis } from '../../scripts/services.mjs';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';
import { newestEventId } from '../harness/event-log.js';

const EVENTS = 'subscription($p: ID!, $after: ID) { patientEvents(patientId: $p, after: $after) { id } }';
/** Far above any shutdown budget used here; only there so a hang fails with a message. */
const EXIT_WITHIN_MS = 45_000;
/** Each test starts its own PostgreSQL and hub, then may wait EXIT_WITHIN_MS for the exit. */
const TEST_TIMEOUT_MS = 150_000;
/** 1012 Service Restart: what a stopping hub tells every websocket (api/src/platform/shutdown.ts). */
const SERVICE_RESTART = { code: 1012, reason: 'Server restarting' };

/**
 * A hub stopped by SIGTERM exits whatever state its PostgreSQL and Redis are in, and tells its
 * websocket clients to reconnect. Each test runs its own PostgreSQL (and Redis) so it can stop or
 * freeze them without touching the servers other tests share.
 */
describe('stopping a hub whose database is gone', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  /**
   * A PostgreSQL of the test's own (and a Redis, when asked), a hub on them with the demo unit, and
   * a graphql-ws client following a patient, live (acknowledged) when this resolves.
   */
  async function hubWithSocket(options: { redis?: boolean; env?: Record<string, string> } = {}) {
    const postgres = await startPostgres();
    cleanups.push(() => postgres.stop());
    const redis = options.redis ? await startRedis() : undefined;
    if (redis) cleanups.push(() => redis.stop());
    const hub = await startApiProcess({
      SEED_DEMO: 'true',
      DATABASE_URL: postgres.url,
      ...(redis ? { REDIS_URL: redis.url } : {}),
      ...options.env,
    });
    cleanups.push(() => hub.stop());
    const api = hubClient(hub.url);
    cleanups.push(() => api.dispose());
    const token = await api.login(CASEY);
    const { patients } = await api.read<{ patients: { id: string }[] }>('{ patients { id } }', {}, token);
    const patientId = patients[0]?.id;
    if (!patientId) throw new Error('the demo unit has no patients');
    // Live before anything is stopped: a replayed event acknowledges the subscription, so it has
    // read what it needs from the database and now only waits for news.
    const feed = await collectLive(
      api.ws(token),
      EVENTS,
      { p: patientId },
      await newestEventId(postgres.url, Streams.patient(patientId)),
    );
    return { postgres, redis, hub, api, token, patientId, feed };
  }

  const exitOf = (hub: ApiProcess) =>
    Promise.race([
      hub.exited,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error(`no exit within ${EXIT_WITHIN_MS / 1000} s:\n${hub.logs()}`)),
          EXIT_WITHIN_MS,
        ),
      ),
    ]);

  it(
    'with PostgreSQL and Redis stopped, SIGTERM closes websockets with 1012 and the hub exits cleanly (0)',
    async () => {
      const { postgres, redis, hub, feed } = await hubWithSocket({ redis: true });

      await postgres.stop();
      await redis?.stop();
      hub.signal('SIGTERM');

      expect(await exitOf(hub)).toEqual({ code: 0, signal: null });
      await feed.done;
      expect(feed.errors).toEqual([SERVICE_RESTART]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'with PostgreSQL frozen under a request, SIGTERM still ends the hub when its shutdown budget runs out (1)',
    async () => {
      const { postgres, hub, api, token, patientId, feed } = await hubWithSocket({
        env: { SHUTDOWN_TIMEOUT_SECONDS: '2' },
      });

      // Park an edit inside PostgreSQL: the test holds the patient's row, so the hub's UPDATE waits.
      const holder = new pg.Client({ connectionString: postgres.url });
      holder.on('error', () => undefined);
      await holder.connect();
      // Runs before the server is stopped: thawed first, so ending the connection cannot hang.
      cleanups.push(async () => {
        postgres.thaw();
        await holder.end();
      });
      await holder.query('begin');
      await holder.query('select id from patient where id = $1 for update', [patientId]);
      const { patient } = await api.read<{ patient: { version: number } }>(
        'query($id: ID!) { patient(id: $id) { version } }',
        { id: patientId },
        token,
      );
      const parked = api
        .gql(
          'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { version } }',
          { i: { id: patientId, expectedVersion: patient.version, bed: 'FROZEN-1' } },
          token,
        )
        .catch((error: unknown) => error);
      await waitForLockWaiters(postgres.url, 1);
      // Then the server stops answering altogether, as a hung host or a dropped network would.
      postgres.freeze();
      hub.signal('SIGTERM');

      expect(await exitOf(hub)).toEqual({ code: 1, signal: null });
      expect(hub.logs()).toContain('shutdown did not finish in time; exiting anyway');
      await feed.done;
      expect(feed.errors).toEqual([SERVICE_RESTART]);
      // The parked request never got an answer: its connection ended with the process.
      expect(await parked).toBeInstanceOf(Error);
    },
    TEST_TIMEOUT_MS,
  );
});

/**
 * Resolves once `count` sessions of the database at `url` wait on a lock: the acknowledgement that
 * they are parked. Read from a connection of its own: a transaction sees pg_stat_activity frozen.
 */
async function waitForLockWaiters(url: string, count: number): Promise<void> {
  const watcher = new pg.Client({ connectionString: url });
  await watcher.connect();
  try {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await watcher.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
      );
      const waiting = rows[0]?.n ?? 0;
      if (waiting >= count) return;
      if (Date.now() > deadline) throw new Error(`${waiting} of ${count} sessions wait on a lock after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await watcher.end();
  }
}
