import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute, Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
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
  jobs: async ({ referrals }, { logger }) => {
    let running: Promise<void> | null = null;
    const round = () => {
      running ??= referrals
        .raiseOverdueFollowUps()
        .then((made) => {
          if (made > 0) logger.info({ made }, 'referral follow-up cards raised');
        })
        .catch((error: Error) =>
          logger.warn({ err: error.message }, 'referral follow-ups not raised; the next round retries'),
        )
        .finally(() => {
          running = null;
        });
      return running;
    };
    await round();
    const timer = setInterval(() => void round(), FOLLOW_UP_EVERY_MS);
    timer.unref();
    return () => clearInterval(timer);
  },
  resolvers: [
    [CommunityResourceResolver, (s) => new CommunityResourceResolver(s.referrals)],
    [ReferralResolver, (s) => new ReferralResolver(s.referrals)],
    [PatientReferralsResolver, (s) => new PatientReferralsResolver(s.referrals)],
  ],
});
