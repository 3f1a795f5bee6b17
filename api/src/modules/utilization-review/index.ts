import { entityView } from '../../platform/events/entity-views.js';
import { defineModule } from '../../platform/feature-module.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import type { UnitService } from '../unit/unit.service.js';
import { payerItemRoute, UtilizationReview, utilizationReviewView } from './utilization-review.entity.js';
import { PatientUtilizationReviewResolver, UtilizationReviewResolver } from './utilization-review.resolver.js';
import { UtilizationReviewService } from './utilization-review.service.js';
import { UtilizationReviewType } from './utilization-review.types.js';

/** Utilization reviews of a stay (criteria set by name and result, level of care, advisor referral, avoidable days). */
export const utilizationReviewModule = defineModule({
  name: 'utilization-review',
  entities: [UtilizationReview],
  views: [
    entityView(UtilizationReview, 'UtilizationReview', utilizationReviewView, {
      route: payerItemRoute,
      nodeType: UtilizationReviewType,
    }),
  ],
  services: (
    { orm, writes },
    {
      patientAccess,
      taskBoards,
      units,
    }: { patientAccess: PatientAccessService; taskBoards: TaskBoardService; units: UnitService },
  ) => ({
    utilizationReviews: new UtilizationReviewService(orm, writes, patientAccess, taskBoards, units),
  }),
  resolvers: [
    [UtilizationReviewResolver, (s) => new UtilizationReviewResolver(s.utilizationReviews)],
    [PatientUtilizationReviewResolver, (s) => new PatientUtilizationReviewResolver(s.utilizationReviews)],
  ],
});
