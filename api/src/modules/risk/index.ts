import { entityView } from '../../platform/events/entity-views.js';
import { Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { PatientService } from '../patient/patient.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { EmergencyVisitHistory, emergencyVisitHistoryView } from './risk.entity.js';
import { PatientRiskResolver, RiskResolver } from './risk.resolver.js';
import { RiskService } from './risk.service.js';
import { EmergencyVisitHistoryType } from './risk.types.js';

interface Needs {
  patientAccess: PatientAccessService;
  patients: PatientService;
  careTeam: CareTeamService;
}

/**
 * Readmission risk: LACE from the record (stay dates, admission acuity, ICD-10-coded conditions
 * mapped to Charlson categories, the reviewed ED history) and the high-risk worklist. An ED
 * history change goes to the patient's stream and the unit's, so live lists re-read the score.
 */
export const riskModule = defineModule({
  name: 'risk',
  entities: [EmergencyVisitHistory],
  views: [
    entityView(EmergencyVisitHistory, 'EmergencyVisitHistory', emergencyVisitHistoryView, {
      route: (h) => ({ streams: [Streams.patient(h.patientId), Streams.unit(h.unitId)], patientId: h.patientId }),
      nodeType: EmergencyVisitHistoryType,
    }),
  ],
  services: ({ orm, writes }, { patientAccess, patients, careTeam }: Needs) => ({
    risk: new RiskService(orm, writes, patientAccess, patients, careTeam),
  }),
  resolvers: [
    [RiskResolver, (s) => new RiskResolver(s.risk)],
    [PatientRiskResolver, (s) => new PatientRiskResolver(s.risk)],
  ],
});
