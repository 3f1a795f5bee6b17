import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../modules/index.js';
import { startTestHub, type TestHub } from '../../testing/test-hub.js';
import { openDatabase } from '../database/database.js';
import { createLogger } from '../logging/logger.js';
import { AuditEntry } from './audit-entry.entity.js';
import { type AuditFact, AuditLog } from './audit-log.js';

const fact = (patientId: string, at: Date): AuditFact => ({
  actor: { id: 'u1', name: 'Nell Nurse' },
  patientId,
  operation: 'unitEvents',
  access: 'READ',
  entityType: 'Patient',
  entityId: patientId,
  ip: '10.0.0.7',
  requestId: 'subscription-1',
  breakGlass: false,
  at,
});

describe('audit rows appended in batches', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ SEED_DEMO: 'false' });
  });
  afterAll(() => hub?.stop());

  const rowsOf = (chain: string) =>
    hub.app.services.orm.em.fork().find(AuditEntry, { chain }, { orderBy: { id: 'asc' } });

  it('queued rows are written together on flush, keep the time of the read, and extend each patient’s chain', async () => {
    const log = new AuditLog(hub.app.services.orm, undefined, { delayMs: 60_000, maxRows: 2, maxBacklog: 100 });
    const read = new Date(Date.now() - 5_000);
    log.appendLater(fact('batch-p1', read));
    log.appendLater(fact('batch-p2', read));
    log.appendLater(fact('batch-p1', read));
    expect(await rowsOf('batch-p1')).toEqual([]);
    expect(log.backlog).toBe(3);

    await log.flush();
    expect(log.backlog).toBe(0);
    const rows = await rowsOf('batch-p1');
    expect(rows.map((r) => [r.operation, r.access, r.requestId, new Date(r.at).getTime()])).toEqual([
      ['unitEvents', 'READ', 'subscription-1', read.getTime()],
      ['unitEvents', 'READ', 'subscription-1', read.getTime()],
    ]);
    expect(await rowsOf('batch-p2')).toHaveLength(1);
    for (const chain of ['batch-p1', 'batch-p2']) {
      expect(await log.verify(chain)).toEqual({ chain, checked: chain === 'batch-p1' ? 2 : 1, firstBrokenId: null });
    }
  });

  it('without a flush, the batch is written after its delay; close writes what is left', async () => {
    const log = new AuditLog(hub.app.services.orm, undefined, { delayMs: 50, maxRows: 100, maxBacklog: 100 });
    log.appendLater(fact('batch-timer', new Date()));
    for (let i = 0; i < 200 && log.backlog > 0; i++) await new Promise((r) => setTimeout(r, 25));
    expect(await rowsOf('batch-timer')).toHaveLength(1);

    const closing = new AuditLog(hub.app.services.orm, undefined, { delayMs: 60_000, maxRows: 100, maxBacklog: 100 });
    closing.appendLater(fact('batch-close', new Date()));
    await closing.close();
    expect(await rowsOf('batch-close')).toHaveLength(1);
  });

  it('a full backlog refuses more rows, so nothing is shown that could not be audited', () => {
    const log = new AuditLog(hub.app.services.orm, undefined, { delayMs: 60_000, maxRows: 100, maxBacklog: 2 });
    log.appendLater(fact('batch-full', new Date()));
    log.appendLater(fact('batch-full', new Date()));
    expect(() => log.appendLater(fact('batch-full', new Date()))).toThrow(/audit backlog full/);
    expect(log.backlog).toBe(2);
  });

  it('a batch the database refuses stays queued', async () => {
    const orm = await openDatabase(hub.app.services.config.database, entities, createLogger('silent'));
    const log = new AuditLog(orm, undefined, { delayMs: 60_000, maxRows: 100, maxBacklog: 100 });
    log.appendLater(fact('batch-refused', new Date()));
    await orm.close();
    await expect(log.flush()).rejects.toThrow();
    expect(log.backlog).toBe(1);
    expect(await rowsOf('batch-refused')).toEqual([]);
  });
});
