import { DEMO_PASSWORD, demoPatients, demoStaff, demoUnit } from '@carehub/seeds';
import { hashPassword } from './modules/identity/password.js';
import { User } from './modules/identity/user.entity.js';
import { Patient } from './modules/patient/patient.entity.js';
import { Unit, UnitMember } from './modules/unit/unit.entity.js';
import { SYSTEM_ACTOR } from './platform/auth/viewer.js';
import { Streams } from './platform/events/streams.js';
import type { Services } from './services.js';

const DAY_MS = 86_400_000;

/**
 * Loads the demo unit into an empty database (no users yet); does nothing otherwise, so a
 * restart never duplicates or overwrites real data. Patients go through the write path, so
 * the demo's history starts in the event log like any other.
 */
export async function seedDemoIfEmpty(services: Services): Promise<boolean> {
  const { orm, writes, logger } = services;
  if ((await orm.em.fork().count(User, {})) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = Date.now();
  await writes.run(SYSTEM_ACTOR, async ({ em, record }) => {
    const unit = em.create(Unit, { code: demoUnit.code, name: demoUnit.name });
    for (const staff of demoStaff) {
      const user = em.create(User, {
        email: staff.email,
        name: staff.name,
        discipline: staff.discipline,
        role: staff.role,
        passwordHash,
      });
      if (staff.role !== 'ADMIN') em.create(UnitMember, { unitId: unit.id, userId: user.id });
    }
    for (const p of demoPatients) {
      const patient = em.create(Patient, {
        mrn: p.mrn,
        name: p.name,
        dateOfBirth: p.dateOfBirth,
        unitId: unit.id,
        bed: p.bed,
        admittedAt: new Date(now - p.admittedDaysAgo * DAY_MS),
      });
      record({
        kind: 'CREATED',
        entity: patient,
        patientId: patient.id,
        streams: [Streams.patient(patient.id), Streams.unit(unit.id)],
      });
    }
  });
  logger.info({ staff: demoStaff.length, patients: demoPatients.length }, 'demo unit created');
  return true;
}
