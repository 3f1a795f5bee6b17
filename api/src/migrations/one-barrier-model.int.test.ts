import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { DischargeBarrier, DischargePlan } from '../modules/discharge/discharge.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Patient } from '../modules/patient/patient.entity.js';
import { RoundsAgendaItem, RoundsSession } from '../modules/rounds/rounds.entity.js';
import { Unit } from '../modules/unit/unit.entity.js';
import { hubModules } from '../modules.js';
import { ormOptions } from '../platform/database/database.js';
import { freshDatabaseUrl } from '../testing/test-hub.js';

/** The migration before barriers became one model, and the one that folds rounds barriers into discharge barriers. */
const BEFORE = 'Migration20261125182000';

describe('the one-barrier-model migration', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const database = await freshDatabaseUrl();
    drop = database.drop;
    orm = await MikroORM.init(ormOptions(loadConfig({ DATABASE_URL: database.url }).database, hubModules.entities));
    await orm.getMigrator().up({ to: BEFORE });
  });
  afterAll(async () => {
    await orm?.close();
    await drop?.();
  });

  it("moves each rounds barrier onto its patient's discharge plan of the current stay, starting a plan where none is", async () => {
    const em = orm.em.fork();
    const unit = em.create(Unit, { code: `M-${randomUUID().slice(0, 4)}`, name: 'Migration unit' });
    const owner = em.create(User, { email: `${randomUUID()}@example.test`, name: 'Owner', passwordHash: 'x' });
    const admittedAt = new Date('2026-11-20T08:00:00Z');
    const patient = (name: string) =>
      em.create(Patient, {
        mrn: `MRN-M${randomUUID().slice(0, 8)}`,
        name,
        dateOfBirth: '1950-01-01',
        unitId: unit.id,
        admittedAt,
      });
    const planned = patient('Has a plan');
    const unplanned = patient('Has no plan');
    const plan = em.create(DischargePlan, { patientId: planned.id, stayAdmittedAt: admittedAt });
    const session = em.create(RoundsSession, { unitId: unit.id, date: '2026-11-21', facilitatorId: owner.id });
    const items = [planned, unplanned].map((p, i) =>
      em.create(RoundsAgendaItem, { sessionId: session.id, patientId: p.id, position: `a${i}`, timeBoxSeconds: 180 }),
    );
    await em.flush();
    const barriers = [
      { id: randomUUID(), item: items[0], patient: planned, description: 'SNF bed', ownerId: owner.id, status: 'OPEN' },
      {
        id: randomUUID(),
        item: items[1],
        patient: unplanned,
        description: 'Ride home',
        ownerId: null,
        status: 'RESOLVED',
      },
    ];
    const connection = em.getConnection();
    const now = new Date().toISOString();
    for (const b of barriers) {
      await connection.execute(
        'insert into rounds_barrier (id, version, created_at, updated_at, session_id, item_id, patient_id, description, owner_id, due_date, status) values (?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [b.id, now, now, session.id, b.item?.id, b.patient.id, b.description, b.ownerId, '2026-11-23', b.status],
      );
    }

    await orm.getMigrator().up();

    const moved = await orm.em.fork().find(DischargeBarrier, {}, { orderBy: { description: 'asc' } });
    expect(moved.map((b) => [b.id, b.patientId, b.description, b.ownerId, b.dueDate, b.status, b.version])).toEqual([
      [barriers[1]?.id, unplanned.id, 'Ride home', null, '2026-11-23', 'RESOLVED', 2],
      [barriers[0]?.id, planned.id, 'SNF bed', owner.id, '2026-11-23', 'OPEN', 2],
    ]);
    const plans = await orm.em.fork().find(DischargePlan, {});
    const planOf = (patientId: string) => plans.filter((p) => p.patientId === patientId);
    expect(planOf(planned.id).map((p) => p.id)).toEqual([plan.id]);
    expect(moved.find((b) => b.patientId === planned.id)?.planId).toBe(plan.id);
    const started = planOf(unplanned.id);
    expect(started.map((p) => p.stayAdmittedAt.toISOString())).toEqual([admittedAt.toISOString()]);
    expect(moved.find((b) => b.patientId === unplanned.id)?.planId).toBe(started[0]?.id);
    expect(started[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const tables = await orm.em
      .fork()
      .getConnection()
      .execute<{ n: number | string }[]>(
        orm.config.get('dbName')?.endsWith('.sqlite')
          ? `select count(*) as n from sqlite_master where name = 'rounds_barrier'`
          : `select count(*) as n from information_schema.tables where table_name = 'rounds_barrier'`,
      );
    expect(Number(tables[0]?.n)).toBe(0);
  });
});
