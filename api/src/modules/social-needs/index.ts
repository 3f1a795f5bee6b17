import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { CarePlanService } from '../care-plan/care-plan.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { Need, needView, SocialNeedsScreening, screeningView } from './social-needs.entity.js';
import { PatientSocialNeedsResolver, SocialNeedsResolver } from './social-needs.resolver.js';
import { SocialNeedsService } from './social-needs.service.js';
import { NeedType, SocialNeedsScreeningType } from './social-needs.types.js';

interface Needs {
  patientAccess: PatientAccessService;
  identity: IdentityService;
  carePlans: CarePlanService;
  taskBoards: TaskBoardService;
}

/** Health-related social needs: the AHC HRSN screening and the needs its positive domains raise. */
export const socialNeedsModule = defineModule({
  name: 'social-needs',
  entities: [SocialNeedsScreening, Need],
  views: [
    entityView(SocialNeedsScreening, 'SocialNeedsScreening', screeningView, {
      route: patientItemRoute,
      nodeType: SocialNeedsScreeningType,
    }),
    entityView(Need, 'Need', needView, { route: patientItemRoute, nodeType: NeedType }),
  ],
  services: ({ orm, writes }, { patientAccess, carePlans, taskBoards }: Needs) => ({
    socialNeeds: new SocialNeedsService(orm, writes, patientAccess, carePlans, taskBoards),
  }),
  resolvers: [
    [SocialNeedsResolver, (s) => new SocialNeedsResolver(s.socialNeeds, s.identity)],
    [PatientSocialNeedsResolver, (s) => new PatientSocialNeedsResolver(s.socialNeeds)],
  ],
});
