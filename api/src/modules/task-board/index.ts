import { entityView } from '../../platform/events/entity-views.js';
import { Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import { startRepeatingJob } from '../../platform/jobs/repeating-job.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import type { CarePlanService } from '../care-plan/care-plan.service.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientService } from '../patient/patient.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { UnitService } from '../unit/unit.service.js';
import * as entity from './task-board.entity.js';
import {
  PatientTaskBoardResolver,
  TaskBoardResolver,
  TaskCommentResolver,
  TaskResolver,
  UnitTaskBoardResolver,
} from './task-board.resolver.js';
import { TaskBoardService } from './task-board.service.js';
import * as types from './task-board.types.js';

/** How often recurring cards are generated (each round looks a day ahead, so a missed round loses nothing). */
const RECURRING_EVERY_MS = 15 * 60_000;

interface Needs {
  patientAccess: PatientAccessService;
  readAccess: ReadAccess;
  patients: PatientService;
  units: UnitService;
  identity: IdentityService;
  careTeam: CareTeamService;
  carePlans: CarePlanService;
}

/**
 * A card, or a comment on one, goes to its board's stream and — when it is about a patient — to
 * the patient's stream too, so the patient page sees it (shared with family only when the card says so).
 */
const cardRoute = (item: { boardId: string; patientId: string | null; visibility?: 'TEAM' | 'FAMILY' }) => ({
  streams: [Streams.board(item.boardId), ...(item.patientId ? [Streams.patient(item.patientId)] : [])],
  patientId: item.patientId,
  visibility: item.visibility ?? 'TEAM',
});

/** Task boards per unit and per patient: columns, cards, comments, checklists, recurring cards from the plan. */
export const taskBoardModule = defineModule({
  name: 'task-board',
  entities: [entity.TaskBoard, entity.BoardColumn, entity.Task, entity.TaskComment],
  views: [
    entityView(entity.TaskBoard, 'TaskBoard', entity.boardView, {
      route: (b) => ({ streams: [Streams.board(b.id)] }),
    }),
    entityView(entity.BoardColumn, 'BoardColumn', entity.columnView, {
      route: (c) => ({ streams: [Streams.board(c.boardId)] }),
      nodeType: types.BoardColumnType,
    }),
    entityView(entity.Task, 'Task', entity.taskView, { route: cardRoute, nodeType: types.TaskType }),
    entityView(entity.TaskComment, 'TaskComment', entity.commentView, {
      route: (c) => cardRoute({ ...c, visibility: 'TEAM' }),
      nodeType: types.TaskCommentType,
    }),
  ],
  services: ({ orm, writes, feed, policy }, needs: Needs) => ({
    taskBoards: new TaskBoardService(orm, writes, feed, policy, needs),
  }),
  jobs: ({ taskBoards }, { logger }) =>
    startRepeatingJob({
      round: () => taskBoards.generateRecurring(),
      everyMs: RECURRING_EVERY_MS,
      logger,
      madeMessage: 'recurring cards generated',
      failedMessage: 'recurring cards not generated; the next round retries',
    }),
  resolvers: [
    [TaskBoardResolver, (s) => new TaskBoardResolver(s.taskBoards, s.feed, s.units, s.patients, s.patientAccess)],
    [TaskResolver, (s) => new TaskResolver(s.taskBoards, s.identity, s.patients, s.patientAccess)],
    [TaskCommentResolver, (s) => new TaskCommentResolver(s.identity)],
    [UnitTaskBoardResolver, (s) => new UnitTaskBoardResolver(s.taskBoards, s.feed)],
    [PatientTaskBoardResolver, (s) => new PatientTaskBoardResolver(s.taskBoards, s.feed)],
  ],
});
