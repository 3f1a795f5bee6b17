import { CASEY, startTestHub } from '@carehub/api/testing';
import { afterAll, bench, describe } from 'vitest';

/**
 * What the one write path costs: the same patient update through a plain ORM flush (baseline:
 * no event log, no audit row, no publish) and through `updatePatient` on the write path (policy
 * check, version check, event appended under the stream lock, audit row chained, publish after
 * commit). Both run in this process against the same embedded database, so the ratio is fair.
 */
const hub = await startTestHub();
const { orm, patients } = hub.app.services;
const token = await hub.login(CASEY);
const viewer = await hub.app.services.identity.authenticate(token);
const caller = { viewer, requestId: 'bench', ip: '127.0.0.1' };
const list = await patients.list(caller, {});
const [a, b] = list;
if (!a || !b) throw new Error('demo patients missing');
const { Patient } = await import('../../api/src/modules/patient/patient.entity.js');

let n = 0;
afterAll(() => hub.stop());

describe('updating a patient', () => {
  bench('baseline: plain ORM update', async () => {
    const em = orm.em.fork();
    const patient = await em.findOneOrFail(Patient, { id: a.id });
    patient.bed = `B-${++n}`;
    await em.flush();
  });

  bench('the write path: policy, version check, event, audit, publish', async () => {
    const em = orm.em.fork();
    const current = await em.findOneOrFail(Patient, { id: b.id });
    await patients.update(caller, { id: b.id, expectedVersion: current.version, bed: `W-${++n}` });
  });
});
