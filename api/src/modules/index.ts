import type { EntityClass } from '@mikro-orm/core';
import type { NonEmptyArray } from 'type-graphql';
import { AuditEntry } from '../platform/audit/audit-entry.entity.js';
import { ChangeEventRecord } from '../platform/events/change-event.entity.js';
import { registerNodeType } from '../platform/events/change-event.types.js';
import { registerEntityView } from '../platform/events/entity-views.js';
import { AccessResolver } from './access/access.resolver.js';
import { BreakGlassGrant } from './access/break-glass.entity.js';
import { AuditResolver } from './audit/audit.resolver.js';
import {
  CarePlan,
  carePlanView,
  Goal,
  goalView,
  Intervention,
  interventionView,
  PlanSignOff,
  Problem,
  ProgressNote,
  problemView,
  progressNoteView,
  signOffView,
} from './care-plan/care-plan.entity.js';
import {
  CarePlanResolver,
  InterventionResolver,
  PatientCarePlanResolver,
  PlanSignOffResolver,
  ProgressNoteResolver,
} from './care-plan/care-plan.resolver.js';
import {
  CarePlanType,
  GoalType,
  InterventionType,
  PlanSignOffType,
  ProblemType,
  ProgressNoteType,
} from './care-plan/care-plan.types.js';
import { CareTeamMember, careTeamMemberView } from './care-team/care-team.entity.js';
import { CareTeamResolver, PatientCareTeamResolver } from './care-team/care-team.resolver.js';
import { CareTeamMemberType } from './care-team/care-team.types.js';
import { FamilyResolver, PatientFamilyResolver } from './family/family.resolver.js';
import { FamilyLinkType } from './family/family.types.js';
import { FamilyLink, familyLinkView } from './family/family-link.entity.js';
import { IdentityResolver } from './identity/identity.resolver.js';
import { Session } from './identity/session.entity.js';
import { StaffResolver } from './identity/staff.resolver.js';
import { userView } from './identity/staff.service.js';
import { User } from './identity/user.entity.js';
import { Encounter, Patient, patientView } from './patient/patient.entity.js';
import { PatientResolver } from './patient/patient.resolver.js';
import { PatientType } from './patient/patient.types.js';
import { SeenMarker } from './patient/seen-marker.entity.js';
import { Unit, UnitMember } from './unit/unit.entity.js';
import { UnitResolver } from './unit/unit.resolver.js';
import { unitMemberView } from './unit/unit.service.js';

/** Every table the hub owns. */
export const entities: EntityClass<unknown>[] = [
  ChangeEventRecord,
  AuditEntry,
  User,
  Session,
  Unit,
  UnitMember,
  Patient,
  Encounter,
  SeenMarker,
  CareTeamMember,
  FamilyLink,
  BreakGlassGrant,
  CarePlan,
  Problem,
  Goal,
  Intervention,
  ProgressNote,
  PlanSignOff,
];

/** Every resolver of the schema. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export const resolvers: NonEmptyArray<Function> = [
  IdentityResolver,
  StaffResolver,
  UnitResolver,
  PatientResolver,
  CareTeamResolver,
  PatientCareTeamResolver,
  FamilyResolver,
  PatientFamilyResolver,
  AccessResolver,
  AuditResolver,
  CarePlanResolver,
  ProgressNoteResolver,
  PlanSignOffResolver,
  InterventionResolver,
  PatientCarePlanResolver,
];

registerEntityView(Patient, 'Patient', patientView);
registerEntityView(CareTeamMember, 'CareTeamMember', careTeamMemberView);
registerEntityView(FamilyLink, 'FamilyLink', familyLinkView);
registerEntityView(User, 'User', userView);
registerEntityView(UnitMember, 'UnitMember', unitMemberView);
registerNodeType('Patient', PatientType);
registerNodeType('CareTeamMember', CareTeamMemberType);
registerNodeType('FamilyLink', FamilyLinkType);
registerEntityView(CarePlan, 'CarePlan', carePlanView);
registerEntityView(Problem, 'Problem', problemView);
registerEntityView(Goal, 'Goal', goalView);
registerEntityView(Intervention, 'Intervention', interventionView);
registerEntityView(ProgressNote, 'ProgressNote', progressNoteView);
registerEntityView(PlanSignOff, 'PlanSignOff', signOffView);
registerNodeType('CarePlan', CarePlanType);
registerNodeType('Problem', ProblemType);
registerNodeType('Goal', GoalType);
registerNodeType('Intervention', InterventionType);
registerNodeType('ProgressNote', ProgressNoteType);
registerNodeType('PlanSignOff', PlanSignOffType);
