import { defineModule } from '../../platform/feature-module.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { RiskService } from '../risk/risk.service.js';
import { OutcomesResolver } from './outcomes.resolver.js';
import { OutcomesService } from './outcomes.service.js';

interface Needs {
  patientAccess: PatientAccessService;
  identity: IdentityService;
  risk: RiskService;
}

/** The outcomes dashboard: a unit's caseload, risk mix, goals, stays, UR, authorizations, referrals, tasks, readmissions. */
export const outcomesModule = defineModule({
  name: 'outcomes',
  entities: [],
  views: [],
  services: ({ orm, bus, policy }, { patientAccess, identity, risk }: Needs) => ({
    outcomes: new OutcomesService(orm, bus, policy, patientAccess, identity, risk),
  }),
  resolvers: [[OutcomesResolver, (s) => new OutcomesResolver(s.outcomes)]],
});
