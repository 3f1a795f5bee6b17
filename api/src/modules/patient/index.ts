import { entityView } from '../../platform/events/entity-views.js';
import { defineModule } from '../../platform/feature-module.js';
import { ReadAccess } from '../../platform/policy/read-access.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { UnitService } from '../unit/unit.service.js';
import { Encounter, Patient, patientView } from './patient.entity.js';
import { PatientResolver, UnitPatientsResolver } from './patient.resolver.js';
import { PatientService, patientRoute } from './patient.service.js';
import { PatientType } from './patient.types.js';
import { PatientAccessService } from './patient-access.service.js';
import { PatientSeenResolver } from './seen.resolver.js';
import { SeenService } from './seen.service.js';
import { SeenMarker } from './seen-marker.entity.js';

/**
 * The patient record and stays, the door to a patient's data (patient access and the read
 * decisions it remembers for nested fields and streams), and "since you last looked".
 */
export const patientModule = defineModule({
  name: 'patient',
  entities: [Patient, Encounter, SeenMarker],
  views: [entityView(Patient, 'Patient', patientView, { route: patientRoute, nodeType: PatientType })],
  services(
    platform,
    { units, identity }: { units: UnitService; identity: IdentityService },
    settings: { accessRecheckMs: number },
  ) {
    const { orm, writes, feed, events, policy, auditLog } = platform;
    const readAccess: ReadAccess = new ReadAccess(policy, auditLog, (id) => patientAccess.unitOf(id), {
      recheckMs: settings.accessRecheckMs,
    });
    const patientAccess = new PatientAccessService(orm, policy, auditLog, readAccess);
    return {
      patientAccess,
      readAccess,
      patients: new PatientService(orm, writes, feed, policy, patientAccess, units, identity, readAccess),
      seen: new SeenService(orm, events, patientAccess),
    };
  },
  resolvers: [
    [PatientResolver, (s) => new PatientResolver(s.patients, s.units, s.identity, s.feed)],
    [UnitPatientsResolver, (s) => new UnitPatientsResolver(s.patients)],
    [PatientSeenResolver, (s) => new PatientSeenResolver(s.seen)],
  ],
});
