import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
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
} from './care-plan.entity.js';
import {
  CarePlanResolver,
  InterventionResolver,
  PatientCarePlanResolver,
  PlanSignOffResolver,
  ProgressNoteResolver,
} from './care-plan.resolver.js';
import { CarePlanService } from './care-plan.service.js';
import {
  CarePlanType,
  GoalType,
  InterventionType,
  PlanSignOffType,
  ProblemType,
  ProgressNoteType,
} from './care-plan.types.js';

const onPatientStream = { route: patientItemRoute };

/** The shared care plan: problems → goals → interventions, progress notes and discipline sign-offs. */
export const carePlanModule = defineModule({
  name: 'care-plan',
  entities: [CarePlan, Problem, Goal, Intervention, ProgressNote, PlanSignOff],
  views: [
    entityView(CarePlan, 'CarePlan', carePlanView, { ...onPatientStream, nodeType: CarePlanType }),
    entityView(Problem, 'Problem', problemView, { ...onPatientStream, nodeType: ProblemType }),
    entityView(Goal, 'Goal', goalView, { ...onPatientStream, nodeType: GoalType }),
    entityView(Intervention, 'Intervention', interventionView, { ...onPatientStream, nodeType: InterventionType }),
    entityView(ProgressNote, 'ProgressNote', progressNoteView, { ...onPatientStream, nodeType: ProgressNoteType }),
    entityView(PlanSignOff, 'PlanSignOff', signOffView, { ...onPatientStream, nodeType: PlanSignOffType }),
  ],
  services: ({ orm, writes, events }, needs: { patientAccess: PatientAccessService; identity: IdentityService }) => ({
    carePlans: new CarePlanService(orm, writes, events, needs.patientAccess, needs.identity),
  }),
  resolvers: [
    [CarePlanResolver, (s) => new CarePlanResolver(s.carePlans)],
    [ProgressNoteResolver, (s) => new ProgressNoteResolver(s.identity)],
    [PlanSignOffResolver, (s) => new PlanSignOffResolver(s.identity)],
    [InterventionResolver, (s) => new InterventionResolver(s.identity)],
    [PatientCarePlanResolver, (s) => new PatientCarePlanResolver(s.carePlans)],
  ],
});
