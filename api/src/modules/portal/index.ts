import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute, Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { FamilyService } from '../family/family.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { FamilyQuestion, familyQuestionView } from './family-question.entity.js';
import { FamilySharingService } from './family-sharing.service.js';
import { FamilyUpdate, familyUpdateView } from './family-update.entity.js';
import { FamilySharingResolver, PatientPortalResolver, PortalResolver } from './portal.resolver.js';
import { PortalService } from './portal.service.js';
import { FamilyQuestionType, FamilyUpdateType } from './portal.types.js';

interface Needs {
  patientAccess: PatientAccessService;
  readAccess: ReadAccess;
  family: FamilyService;
  identity: IdentityService;
  careTeam: CareTeamService;
  taskBoards: TaskBoardService;
}

/**
 * The family portal: what family see of the patients they are linked to (through the family
 * filter, `PORTAL_PROJECTIONS`), live; their questions to the team; and the team's side — sharing
 * items, updates written for family, answers. Sets the write path's sharing guard (consent).
 */
export const portalModule = defineModule({
  name: 'portal',
  entities: [FamilyUpdate, FamilyQuestion],
  views: [
    entityView(FamilyUpdate, 'FamilyUpdate', familyUpdateView, { route: patientItemRoute, nodeType: FamilyUpdateType }),
    // On the patient's stream for the team; the portal shows a question only to its asker.
    entityView(FamilyQuestion, 'FamilyQuestion', familyQuestionView, {
      route: (q) => ({ streams: [Streams.patient(q.patientId)], patientId: q.patientId, visibility: 'FAMILY' }),
      nodeType: FamilyQuestionType,
    }),
  ],
  services({ orm, writes, feed, events, auditLog, policy }, needs: Needs) {
    const { patientAccess, readAccess, family, identity, careTeam, taskBoards } = needs;
    const familySharing = new FamilySharingService(orm, writes, patientAccess, family, taskBoards);
    writes.guardSharing(familySharing.guard);
    return {
      familySharing,
      portal: new PortalService(
        orm,
        writes,
        feed,
        events,
        auditLog,
        policy,
        readAccess,
        patientAccess,
        family,
        identity,
        careTeam,
        taskBoards,
      ),
    };
  },
  resolvers: [
    [PortalResolver, (s) => new PortalResolver(s.portal)],
    [FamilySharingResolver, (s) => new FamilySharingResolver(s.familySharing)],
    [PatientPortalResolver, (s) => new PatientPortalResolver(s.familySharing)],
  ],
});
