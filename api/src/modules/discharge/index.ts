import { entityView } from '../../platform/events/entity-views.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import * as entity from './discharge.entity.js';
import {
  BarrierResolver,
  DischargeResolver,
  EducationResolver,
  PatientDischargeResolver,
} from './discharge.resolver.js';
import { DischargeService } from './discharge.service.js';
import * as types from './discharge.types.js';

// biome-ignore lint/complexity/noBannedTypes: type-graphql object types are plain classes
const onPatientStream = (nodeType: Function) => ({ route: patientItemRoute, nodeType });

/** Discharge planning per stay (date, disposition, checklist and readiness, barriers) and education records. */
export const dischargeModule = defineModule({
  name: 'discharge',
  entities: [entity.DischargePlan, entity.DischargeChecklistItem, entity.DischargeBarrier, entity.EducationRecord],
  views: [
    entityView(
      entity.DischargePlan,
      'DischargePlan',
      entity.dischargePlanView,
      onPatientStream(types.DischargePlanType),
    ),
    entityView(
      entity.DischargeChecklistItem,
      'DischargeChecklistItem',
      entity.checklistItemView,
      onPatientStream(types.ChecklistItemType),
    ),
    entityView(entity.DischargeBarrier, 'DischargeBarrier', entity.barrierView, onPatientStream(types.BarrierType)),
    entityView(
      entity.EducationRecord,
      'EducationRecord',
      entity.educationView,
      onPatientStream(types.EducationRecordType),
    ),
  ],
  services: (
    { orm, writes },
    {
      patientAccess,
      identity,
      taskBoards,
    }: { patientAccess: PatientAccessService; identity: IdentityService; taskBoards: TaskBoardService },
  ) => ({
    discharge: new DischargeService(orm, writes, patientAccess, identity, taskBoards),
  }),
  resolvers: [
    [DischargeResolver, (s) => new DischargeResolver(s.discharge)],
    [BarrierResolver, (s) => new BarrierResolver(s.identity)],
    [EducationResolver, (s) => new EducationResolver(s.identity)],
    [PatientDischargeResolver, (s) => new PatientDischargeResolver(s.discharge)],
  ],
});
