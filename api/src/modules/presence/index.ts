import { defineModule } from '../../platform/feature-module.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { attachPresence } from './presence.js';

/** Who else has a patient open, over socket.io. */
export const presenceModule = defineModule({
  name: 'presence',
  entities: [],
  views: [],
  services: (_platform, _needs: { patientAccess: PatientAccessService }) => ({}),
  resolvers: [],
  sockets: (io, { patientAccess }) => attachPresence(io, patientAccess),
});
