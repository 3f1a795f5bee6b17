import { defineModule } from '../../platform/feature-module.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { attachPresence } from './presence.js';

interface Needs {
  patientAccess: PatientAccessService;
  identity: IdentityService;
  readAccess: ReadAccess;
}

/** Who else has a patient open, over socket.io; rooms re-check access like subscriptions. */
export const presenceModule = defineModule({
  name: 'presence',
  entities: [],
  views: [],
  services: (_platform, _needs: Needs) => ({}),
  resolvers: [],
  sockets: (io, { patientAccess, identity, readAccess }, { bus, policy, logger }) =>
    attachPresence(io, { bus, policy, patientAccess, identity, logger, recheckMs: readAccess.recheckMs }),
});
