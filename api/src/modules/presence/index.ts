import { defineModule } from '../../platform/feature-module.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { RoundsService } from '../rounds/rounds.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { attachBoardPresence } from './board-presence.js';
import { attachPresence } from './presence.js';
import { attachRoundsPresence } from './rounds-presence.js';

interface Needs {
  patientAccess: PatientAccessService;
  identity: IdentityService;
  readAccess: ReadAccess;
  rounds: RoundsService;
  taskBoards: TaskBoardService;
}

/** Who else has a patient or a task board open (and drags which card), and who is in a rounds session, over socket.io; rooms re-check access. */
export const presenceModule = defineModule({
  name: 'presence',
  entities: [],
  views: [],
  services: (_platform, _needs: Needs) => ({}),
  resolvers: [],
  sockets: (io, { patientAccess, identity, readAccess, rounds, taskBoards }, { bus, policy, logger }) => {
    const recheckMs = readAccess.recheckMs;
    const stops = [
      attachPresence(io, { bus, policy, patientAccess, identity, logger, recheckMs }),
      attachBoardPresence(io, { taskBoards, identity, logger, recheckMs }),
      attachRoundsPresence(io, { bus, rounds, identity, logger, recheckMs }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  },
});
