import { Streams } from '@carehub/api';
import { freshDatabaseUrl, hubClient } from '@carehub/api/testing';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startRedis } from '../../scripts/services.mjs';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';
import { demoUnitOf } from '../harness/demo-unit.js';
import { newestEventId } from '../harness/event-log.js';

const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) { id entityType node { ... on Patient { bed } } }
}`;
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { version } }';
const EDITS = 40;
const SCREENS = 3;

interface Event {
  patientEvents: { id: string; entityType: string; node: { bed: string } | null };
}

/**
 * A screen as a graphql-ws client with retry sees it: its socket goes to the first instance that
 * answers /healthz (as a load balancer would route it), and every event it receives moves its
 * cursor, so a resubscription after a reconnect asks only for what came after.
 */
function screen(instances: ApiProcess[], token: string, patientId: string, after: string) {
  const events: Event['patientEvents'][] = [];
  const errors: unknown[] = [];
  let connections = 0;
  const waiters = new Set<() => void>();
  const client: Client = createClient({
    url: async () => {
      for (const instance of instances) {
        const up = await fetch(`${instance.url}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
          (r) => r.ok,
          () => false,
        );
        if (up) return `${instance.url.replace(/^http/, 'ws')}/graphql`;
      }
      throw new Error('no instance answers');
    },
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 10,
    shouldRetry: () => true,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
  });
  client.on('connected', () => {
    connections++;
  });
  // graphql-ws sends this same payload object again on every resubscription.
  const payload = { query: EVENTS, variables: { patientId, after } };
  client.subscribe<Event>(payload, {
    next: ({ data, errors: failed }) => {
      if (failed) errors.push(...failed);
      if (data) {
        events.push(data.patientEvents);
        payload.variables.after = data.patientEvents.id;
      }
      for (const wake of waiters) wake();
    },
    error: (error) => errors.push(error),
    complete: () => undefined,
  });
  return {
    events,
    errors,
    connections: () => connections,
    /** Resolves once `count` events arrived; rejects after 20 s with what did. */
    async until(count: number) {
      const deadline = Date.now() + 20_000;
      while (events.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`got ${events.length} of ${count} events; errors: ${JSON.stringify(errors)}`);
        }
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            resolve();
          };
          waiters.add(wake);
          setTimeout(wake, 200);
        });
      }
    },
    dispose: () => client.dispose(),
  };
}

/**
 * Two API processes share PostgreSQL and Redis; one is killed (SIGKILL, no goodbye) while events
 * flow. Its screens reconnect to the other with their cursor and end with every event exactly once.
 */
describe('an API instance killed mid-stream', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let doomed: ApiProcess;
  let survivor: ApiProcess;

  beforeAll(async () => {
    redis = await startRedis();
    database = await freshDatabaseUrl('postgres');
    const env = { DATABASE_URL: database.url, REDIS_URL: redis.url, SEED_DEMO: 'true' };
    [doomed, survivor] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all([doomed?.stop(), survivor?.stop()]);
    await redis?.stop();
    await database?.drop();
  });

  it('graphql-ws clients with retry resume on the other instance from their cursor: every event once, in order', async () => {
    const api = hubClient(survivor.url);
    const { casey, riley, first: patient } = await demoUnitOf(api);
    const start = await newestEventId(database.url, Streams.patient(patient.id));
    // Listed first, the doomed instance is where every screen connects while it is up.
    const screens = Array.from({ length: SCREENS }, () => screen([doomed, survivor], casey, patient.id, start));

    // Edits go through the surviving instance, one after another, while the other one dies.
    const beds = Array.from({ length: EDITS }, (_, i) => `K-${i + 1}`);
    let version = patient.version;
    let killed = false;
    for (const [i, bed] of beds.entries()) {
      const result = await api.gql<{ updatePatient: { version: number } }>(
        UPDATE,
        { i: { id: patient.id, expectedVersion: version, bed } },
        riley,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      version = result.data.updatePatient.version;
      if (i === 9) {
        // Mid-stream: every screen has seen some of the edits, none has seen them all.
        await Promise.all(screens.map((s) => s.until(1)));
        doomed.signal('SIGKILL');
        expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' });
        killed = true;
      }
    }
    expect(killed).toBe(true);

    await Promise.all(screens.map((s) => s.until(EDITS)));
    for (const s of screens) {
      expect(s.errors).toEqual([]);
      expect(s.connections()).toBe(2);
      expect(s.events.map((e) => e.node?.bed)).toEqual(beds);
      const ids = s.events.map((e) => BigInt(e.id));
      expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as bigint))).toBe(true);
    }
    await Promise.all(screens.map((s) => s.dispose()));
  });
});
