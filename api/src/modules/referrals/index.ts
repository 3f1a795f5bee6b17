import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute, Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import { startRepeatingJob } from '../../platform/jobs/repeating-job.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { SocialNeedsService } from '../social-needs/social-needs.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { CommunityResource, Referral, referralView, resourceView } from './referrals.entity.js';
import { CommunityResourceResolver, PatientReferralsResolver, ReferralResolver } from './referrals.resolver.js';
import { ReferralsService } from './referrals.service.js';
import { CommunityResourceType, ReferralType } from './referrals.types.js';

/** How often overdue referral follow-ups are looked for (a missed round loses nothing: the next finds them). */
const FOLLOW_UP_EVERY_MS = 5 * 60_000;

interface Needs {
  patientAccess: PatientAccessService;
  taskBoards: TaskBoardService;
  socialNeeds: SocialNeedsService;
}

/** The community resource directory (full-text searchable) and closed-loop referrals of social needs to it. */
export const referralsModule = defineModule({
  name: 'referrals',
  entities: [CommunityResource, Referral],
  views: [
    entityView(CommunityResource, 'CommunityResource', resourceView, {
      route: () => ({ streams: [Streams.directory()] }),
      nodeType: CommunityResourceType,
    }),
    entityView(Referral, 'Referral', referralView, { route: patientItemRoute, nodeType: ReferralType }),
  ],
  services: ({ orm, writes, policy }, { patientAccess, taskBoards, socialNeeds }: Needs) => ({
    referrals: new ReferralsService(orm, writes, policy, patientAccess, taskBoards, socialNeeds),
  }),
  jobs: ({ referrals }, { logger }) =>
    startRepeatingJob({
      round: () => referrals.raiseOverdueFollowUps(),
      everyMs: FOLLOW_UP_EVERY_MS,
      logger,
      madeMessage: 'referral follow-up cards raised',
      failedMessage: 'referral follow-ups not raised; the next round retries',
    }),
  resolvers: [
    [CommunityResourceResolver, (s) => new CommunityResourceResolver(s.referrals)],
    [ReferralResolver, (s) => new ReferralResolver(s.referrals)],
    [PatientReferralsResolver, (s) => new PatientReferralsResolver(s.referrals)],
  ],
});
