import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Patient } from './modules/patient/patient.entity.js';
import { ErrorCode } from './platform/errors.js';
import { stampOf, type WriteStamp } from './platform/events/write-path.js';
import { CASEY, startTestHub, type TestHub } from './testing/test-hub.js';

/**
 * A retry that races its own first attempt gets the first result, whichever way it loses: here the
 * retry's own version check runs after the first attempt committed (a CONFLICT from the work, not
 * a lost lock), as when a client resends a write whose answer it did not wait for. It sits outside
 * the platform because it writes a feature's entity through the platform's write path.
 */
describe('the write path and a racing retry', () => {
  let hub: TestHub;
  let stamp: WriteStamp;
  let patientId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    const token = await hub.login(CASEY);
    const viewer = await hub.app.services.identity.authenticate(token);
    if (!viewer) throw new Error('no viewer');
    stamp = stampOf({ viewer, ip: '127.0.0.1', requestId: 'race' }, viewer, 'updatePatient');
    const [first] = await hub.app.services.orm.em.fork().find(Patient, {}, { limit: 1 });
    if (!first) throw new Error('no demo patient');
    patientId = first.id;
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('a retry whose work refuses a stale version after the first attempt committed returns the first result', async () => {
    const { writes, orm } = hub.app.services;
    const expected = (await orm.em.fork().findOneOrFail(Patient, { id: patientId })).version;
    const clientMutationId = `bed-${randomUUID()}`;
    const options = { clientMutationId, replay: (em: typeof orm.em, id: string) => em.findOneOrFail(Patient, { id }) };
    const setBed = (bed: string, before?: Promise<unknown>) =>
      writes.run(
        stamp,
        async ({ em, record, expectVersion }) => {
          // The retry reads only once the first attempt has committed: its own check sees the new version.
          await before;
          const patient = await em.findOneOrFail(Patient, { id: patientId });
          expectVersion(patient, expected);
          patient.bed = bed;
          record({ kind: 'UPDATED', entity: patient });
          return patient;
        },
        options,
      );
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Both start before either commits (the retry's first look for an earlier result finds none).
    const first = setBed('R-1', gate);
    const retry = setBed(
      'R-2',
      first.then(() => undefined),
    );
    release();
    const [a, b] = await Promise.all([first, retry]);
    expect(b.id).toBe(a.id);
    expect(b.version).toBe(a.version);
    expect(b.bed).toBe('R-1');
    const stored = await orm.em.fork().findOneOrFail(Patient, { id: patientId });
    expect([stored.bed, stored.version]).toEqual(['R-1', expected + 1]);
  });

  it('without a clientMutationId the same late check is CONFLICT, and nothing is written', async () => {
    const { writes, orm } = hub.app.services;
    const current = await orm.em.fork().findOneOrFail(Patient, { id: patientId });
    const attempt = writes.run(stamp, async ({ em, expectVersion }) => {
      const patient = await em.findOneOrFail(Patient, { id: patientId });
      expectVersion(patient, current.version - 1);
      patient.bed = 'never';
      return patient;
    });
    await expect(attempt).rejects.toMatchObject({ extensions: { code: ErrorCode.CONFLICT } });
    const stored = await orm.em.fork().findOneOrFail(Patient, { id: patientId });
    expect([stored.bed, stored.version]).toEqual([current.bed, current.version]);
  });
});
