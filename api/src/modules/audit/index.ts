import { defineModule } from '../../platform/feature-module.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** Reading a patient's audit trail and checking its hash chains. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [],
  views: [],
  services: ({ auditLog, policy }, { patientAccess }: { patientAccess: PatientAccessService }) => ({
    audit: new AuditService(auditLog, patientAccess, policy),
  }),
  resolvers: [[AuditResolver, (s) => new AuditResolver(s.audit)]],
});
