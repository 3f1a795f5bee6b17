import { hubClient } from '@carehub/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres } from '../../scripts/services.mjs';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';
import { demoUnitOf } from '../harness/demo-unit.js';

const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { version bed } }';

/** `GET /readyz`: its status code (0 when nothing answers). */
const readiness = (hub: ApiProcess) =>
  fetch(`${hub.url}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
    (r) => r.status,
    () => 0,
  );

/**
 * PostgreSQL stopped under a running hub and started again: writes fail with a coded error and
 * leave nothing half-written, /readyz says not ready while the database is gone and ready once it
 * is back, and the same process carries on without a restart.
 */
describe('PostgreSQL stopped and started under a running hub', () => {
  let postgres: Awaited<ReturnType<typeof startPostgres>>;
  let hub: ApiProcess;

  beforeAll(async () => {
    // A PostgreSQL of this test's own: stopping it cannot disturb other tests.
    postgres = await startPostgres();
    hub = await startApiProcess({ DATABASE_URL: postgres.url, SEED_DEMO: 'true' });
  });
  afterAll(async () => {
    await hub?.stop();
    await postgres?.stop();
  });

  it('writes are refused with SERVICE_UNAVAILABLE while it is down, /readyz follows, and the hub recovers on its own', async () => {
    const api = hubClient(hub.url);
    const { riley, patients } = await demoUnitOf(api);
    expect(patients.length).toBeGreaterThanOrEqual(4);
    expect(await readiness(hub)).toBe(200);

    // Edits to several patients are in flight when the database stops (fast shutdown: open
    // transactions roll back and connections end); each either commits whole or fails coded.
    const burst = patients
      .slice(0, 4)
      .flatMap((p) =>
        [1, 2, 3].map((n) =>
          api.gql<{ updatePatient: { version: number } }>(
            UPDATE,
            { i: { id: p.id, expectedVersion: p.version + n - 1, bed: `DOWN-${n}` } },
            riley,
          ),
        ),
      );
    // Sent and being served (the halt below blocks this process until the server is down).
    await new Promise((r) => setTimeout(r, 30));
    postgres.halt();
    const answers = await Promise.all(burst);
    for (const answer of answers) {
      if (answer.errors) expect(answer.errors[0]?.extensions?.code).toMatch(/^(SERVICE_UNAVAILABLE|CONFLICT)$/);
    }

    // Down: not ready, and a write is refused with a code that says why.
    expect(await readiness(hub)).toBe(503);
    const refused = await api.gql(
      UPDATE,
      { i: { id: patients[4]?.id ?? patients[0]?.id, expectedVersion: 1, bed: 'X' } },
      riley,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused.data?.updatePatient ?? null).toBeNull();
    expect(await readiness(hub)).toBe(503);

    postgres.resume();
    // Back, without restarting the hub: ready again and writing again.
    const deadline = Date.now() + 20_000;
    while ((await readiness(hub)) !== 200) {
      if (Date.now() > deadline) throw new Error(`/readyz did not turn ready:\n${hub.logs()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(hub.running()).toBe(true);
    const now = await api.read<{ patient: { id: string; version: number } }>(
      'query($id: ID!) { patient(id: $id) { id version } }',
      { id: patients[0]?.id },
      riley,
    );
    const after = await api.read<{ updatePatient: { version: number; bed: string } }>(
      UPDATE,
      { i: { id: now.patient.id, expectedVersion: now.patient.version, bed: 'UP-1' } },
      riley,
    );
    expect(after.updatePatient).toEqual({ version: now.patient.version + 1, bed: 'UP-1' });
  });

  it('nothing is half-written: for every patient the event log and the row agree after the outage', async () => {
    const { Client } = (await import('pg')).default;
    const db = new Client({ connectionString: postgres.url });
    await db.connect();
    try {
      const { rows } = await db.query<{
        id: string;
        version: number;
        bed: string | null;
        logged: number | null;
        snapshot_bed: string | null;
      }>(
        `select p.id, p.version, p.bed, e.version as logged, e.snapshot::jsonb ->> 'bed' as snapshot_bed
           from patient p
           left join lateral (
             select version, snapshot from change_event
              where entity_type = 'Patient' and entity_id = p.id::text
              order by id desc limit 1) e on true`,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect({ id: row.id, version: row.logged, bed: row.snapshot_bed }).toEqual({
          id: row.id,
          version: row.version,
          bed: row.bed,
        });
      }
    } finally {
      await db.end();
    }
  });
});
