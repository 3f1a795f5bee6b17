import { entityView } from '../../platform/events/entity-views.js';
import { Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import type { FamilyService } from '../family/family.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientService } from '../patient/patient.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import * as entity from './care-conference.entity.js';
import {
  CareConferenceResolver,
  ConferenceDecisionResolver,
  PatientConferencesResolver,
} from './care-conference.resolver.js';
import { CareConferenceService } from './care-conference.service.js';
import * as types from './care-conference.types.js';

/** A conference item goes to its conference's stream, for the patient's team. */
const onConferenceStream = (
  // biome-ignore lint/complexity/noBannedTypes: type-graphql object types are plain classes
  nodeType: Function,
) => ({
  route: (item: { conferenceId?: string; id: string; patientId: string }) => ({
    streams: [Streams.conference(item.conferenceId ?? item.id)],
    patientId: item.patientId,
  }),
  nodeType,
});

interface Needs {
  patientAccess: PatientAccessService;
  readAccess: ReadAccess;
  patients: PatientService;
  identity: IdentityService;
  family: FamilyService;
  taskBoards: TaskBoardService;
}

/** Care conferences: attendees (family too), agenda, notes, decisions, follow-ups, and a summary published to the family. */
export const careConferenceModule = defineModule({
  name: 'care-conference',
  entities: [entity.CareConference, entity.ConferenceAttendee, entity.ConferenceDecision, entity.ConferenceSummary],
  views: [
    entityView(
      entity.CareConference,
      'CareConference',
      entity.conferenceView,
      onConferenceStream(types.CareConferenceType),
    ),
    entityView(
      entity.ConferenceAttendee,
      'ConferenceAttendee',
      entity.attendeeView,
      onConferenceStream(types.ConferenceAttendeeType),
    ),
    entityView(
      entity.ConferenceDecision,
      'ConferenceDecision',
      entity.conferenceDecisionView,
      onConferenceStream(types.ConferenceDecisionType),
    ),
    // The published summary is the family's: on the patient's stream, shared with family (the portal), and on the conference's.
    entityView(entity.ConferenceSummary, 'ConferenceSummary', entity.summaryView, {
      route: (s) => ({
        streams: [Streams.patient(s.patientId), Streams.conference(s.conferenceId)],
        patientId: s.patientId,
        visibility: s.visibility,
      }),
      nodeType: types.ConferenceSummaryType,
    }),
  ],
  services: ({ orm, writes, feed, policy, auditLog }, needs: Needs) => ({
    careConferences: new CareConferenceService(orm, writes, feed, policy, auditLog, needs),
  }),
  resolvers: [
    [CareConferenceResolver, (s) => new CareConferenceResolver(s.careConferences, s.patients, s.identity, s.feed)],
    [ConferenceDecisionResolver, (s) => new ConferenceDecisionResolver(s.identity)],
    [PatientConferencesResolver, (s) => new PatientConferencesResolver(s.careConferences)],
  ],
});
