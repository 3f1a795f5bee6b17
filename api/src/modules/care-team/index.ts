import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientService } from '../patient/patient.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { CareTeamMember, careTeamMemberView } from './care-team.entity.js';
import { CareTeamResolver, PatientCareTeamResolver } from './care-team.resolver.js';
import { CareTeamService } from './care-team.service.js';
import { CareTeamMemberType } from './care-team.types.js';

interface Needs {
  patientAccess: PatientAccessService;
  patients: PatientService;
  identity: IdentityService;
}

/** Each patient's care team: who is on it, in which role, who leads it; the policy's team and lead facts. */
export const careTeamModule = defineModule({
  name: 'care-team',
  entities: [CareTeamMember],
  views: [
    entityView(CareTeamMember, 'CareTeamMember', careTeamMemberView, {
      route: patientItemRoute,
      nodeType: CareTeamMemberType,
    }),
  ],
  services: ({ orm, writes }, { patientAccess, identity }: Needs) => ({
    careTeam: new CareTeamService(orm, writes, patientAccess, identity),
  }),
  policyFacts: ({ careTeam }) => ({
    careTeamRole: (userId, patientId) => careTeam.roleOf(userId, patientId),
    leadCaseManager: (patientId) => careTeam.leadOf(patientId),
  }),
  resolvers: [
    [CareTeamResolver, (s) => new CareTeamResolver(s.careTeam, s.patients, s.identity)],
    [PatientCareTeamResolver, (s) => new PatientCareTeamResolver(s.careTeam)],
  ],
});
