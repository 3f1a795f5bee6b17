import { entityView } from '../../platform/events/entity-views.js';
import { defineModule } from '../../platform/feature-module.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientService } from '../patient/patient.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import type { UnitService } from '../unit/unit.service.js';
import { payerItemRoute } from '../utilization-review/utilization-review.entity.js';
import type { UtilizationReviewService } from '../utilization-review/utilization-review.service.js';
import { Authorization, authorizationView } from './authorization.entity.js';
import {
  AuthorizationResolver,
  PatientAuthorizationResolver,
  PayerWorklistResolver,
  PeerToPeerResolver,
} from './authorization.resolver.js';
import { AuthorizationService } from './authorization.service.js';
import { AuthorizationType } from './authorization.types.js';
import { PayerWorklistService } from './payer-worklist.service.js';

/** Payer authorizations (status machine with history, appeal deadline cards, peer-to-peer) and the payer worklist. */
export const authorizationModule = defineModule({
  name: 'authorization',
  entities: [Authorization],
  views: [
    entityView(Authorization, 'Authorization', authorizationView, {
      route: payerItemRoute,
      nodeType: AuthorizationType,
    }),
  ],
  services: (
    { orm, writes },
    needs: {
      patientAccess: PatientAccessService;
      patients: PatientService;
      careTeam: CareTeamService;
      identity: IdentityService;
      taskBoards: TaskBoardService;
      units: UnitService;
      utilizationReviews: UtilizationReviewService;
    },
  ) => {
    const authorizations = new AuthorizationService(
      orm,
      writes,
      needs.patientAccess,
      needs.taskBoards,
      needs.units,
      needs.identity,
    );
    return {
      authorizations,
      payerWorklist: new PayerWorklistService(
        needs.patients,
        needs.careTeam,
        needs.utilizationReviews,
        authorizations,
        needs.units,
      ),
    };
  },
  resolvers: [
    [AuthorizationResolver, (s) => new AuthorizationResolver(s.authorizations)],
    [PeerToPeerResolver, (s) => new PeerToPeerResolver(s.identity)],
    [PatientAuthorizationResolver, (s) => new PatientAuthorizationResolver(s.authorizations)],
    [PayerWorklistResolver, (s) => new PayerWorklistResolver(s.payerWorklist, s.patients, s.patientAccess)],
  ],
});
