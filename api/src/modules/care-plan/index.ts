import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import * as entity from './care-plan.entity.js';
import {
  CarePlanResolver,
  InterventionResolver,
  PatientCarePlanResolver,
  PlanSignOffResolver,
  ProgressNoteResolver,
} from './care-plan.resolver.js';
import { CarePlanService } from './care-plan.service.js';
import * as types from './care-plan.types.js';

/** Every plan item goes to its patient's stream, shared with family when the item says so. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql object types are plain classes
const onPatientStream = (nodeType: Function) => ({ route: patientItemRoute, nodeType });

/** The shared care plan: problems → goals → interventions, progress notes and discipline sign-offs. */
export const carePlanModule = defineModule({
  name: 'care-plan',
  entities: [
    entity.CarePlan,
    entity.Problem,
    entity.Goal,
    entity.Intervention,
    entity.ProgressNote,
    entity.PlanSignOff,
  ],
  views: [
    entityView(entity.CarePlan, 'CarePlan', entity.carePlanView, onPatientStream(types.CarePlanType)),
    entityView(entity.Problem, 'Problem', entity.problemView, onPatientStream(types.ProblemType)),
    entityView(entity.Goal, 'Goal', entity.goalView, onPatientStream(types.GoalType)),
    entityView(entity.Intervention, 'Intervention', entity.interventionView, onPatientStream(types.InterventionType)),
    entityView(entity.ProgressNote, 'ProgressNote', entity.progressNoteView, onPatientStream(types.ProgressNoteType)),
    entityView(entity.PlanSignOff, 'PlanSignOff', entity.signOffView, onPatientStream(types.PlanSignOffType)),
  ],
  services: ({ orm, writes, events }, needs: { patientAccess: PatientAccessService; identity: IdentityService }) => ({
    carePlans: new CarePlanService(orm, writes, events, needs.patientAccess, needs.identity),
  }),
  resolvers: [
    [CarePlanResolver, (s) => new CarePlanResolver(s.carePlans, s.feed)],
    [ProgressNoteResolver, (s) => new ProgressNoteResolver(s.identity)],
    [PlanSignOffResolver, (s) => new PlanSignOffResolver(s.identity)],
    [InterventionResolver, (s) => new InterventionResolver(s.identity)],
    [PatientCarePlanResolver, (s) => new PatientCarePlanResolver(s.carePlans)],
  ],
});
