import { entityView } from '../../platform/events/entity-views.js';
import { Streams } from '../../platform/events/streams.js';
import { defineModule } from '../../platform/feature-module.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import type { DischargeService } from '../discharge/discharge.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientService } from '../patient/patient.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { type RiskService, readmissionRisk } from '../risk/risk.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import type { UnitService } from '../unit/unit.service.js';
import * as entity from './rounds.entity.js';
import {
  RoundsAgendaItemResolver,
  RoundsDecisionResolver,
  RoundsResolver,
  RoundsUpdateResolver,
} from './rounds.resolver.js';
import { RoundsService } from './rounds.service.js';
import * as types from './rounds.types.js';

/** Every rounds change goes to its session's stream; a patient's item names its patient (per-viewer filtering, audit). */
const onSessionStream = (
  // biome-ignore lint/complexity/noBannedTypes: type-graphql object types are plain classes
  nodeType: Function,
) => ({
  route: (item: { sessionId?: string; id: string; patientId?: string }) => ({
    streams: [Streams.rounds(item.sessionId ?? item.id)],
    patientId: item.patientId ?? null,
  }),
  nodeType,
});

interface Needs {
  patientAccess: PatientAccessService;
  patients: PatientService;
  units: UnitService;
  identity: IdentityService;
  readAccess: ReadAccess;
  taskBoards: TaskBoardService;
  risk: RiskService;
  discharge: DischargeService;
}

/** Interdisciplinary rounds: sessions, agendas, prepared updates, barriers (the patients' discharge barriers), and running them live. */
export const roundsModule = defineModule({
  name: 'rounds',
  entities: [entity.RoundsSession, entity.RoundsAgendaItem, entity.RoundsUpdate, entity.RoundsDecision],
  views: [
    entityView(
      entity.RoundsSession,
      'RoundsSession',
      entity.roundsSessionView,
      onSessionStream(types.RoundsSessionType),
    ),
    entityView(
      entity.RoundsAgendaItem,
      'RoundsAgendaItem',
      entity.agendaItemView,
      onSessionStream(types.RoundsAgendaItemType),
    ),
    entityView(entity.RoundsUpdate, 'RoundsUpdate', entity.roundsUpdateView, onSessionStream(types.RoundsUpdateType)),
    entityView(entity.RoundsDecision, 'RoundsDecision', entity.decisionView, onSessionStream(types.RoundsDecisionType)),
  ],
  services: ({ orm, writes, feed, policy }, needs: Needs) => {
    const rounds = new RoundsService(
      orm,
      writes,
      feed,
      policy,
      needs.patientAccess,
      needs.patients,
      needs.units,
      needs.identity,
      needs.readAccess,
      needs.discharge,
      // An action item is a card on the unit's board, made inside the decision's write.
      needs.taskBoards,
      // The readmission risk (LACE) of each patient of the census, for the default order; null when incomplete.
      async (census) => {
        const histories = await needs.risk.historiesOf(census.map((p) => p.id));
        return census.map((p, i) => readmissionRisk(p, histories[i] ?? null).score);
      },
    );
    // A session shows its patients' barriers: a barrier changed from the discharge page is told there too.
    needs.discharge.showBarriersOn((em, patientId) => rounds.openSessionStreamsOf(em, patientId));
    return { rounds };
  },
  resolvers: [
    [RoundsResolver, (s) => new RoundsResolver(s.rounds, s.identity, s.feed)],
    [RoundsAgendaItemResolver, (s) => new RoundsAgendaItemResolver(s.patients)],
    [RoundsUpdateResolver, (s) => new RoundsUpdateResolver(s.identity)],
    [RoundsDecisionResolver, (s) => new RoundsDecisionResolver(s.identity)],
  ],
});
