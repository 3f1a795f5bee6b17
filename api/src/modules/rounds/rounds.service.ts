import type { EntityClass, EntityManager, FilterQuery, MikroORM } from '@mikro-orm/core';
import { generateKeyBetween } from 'fractional-indexing';
import type { Caller } from '../../platform/auth/caller.js';
import type { Viewer } from '../../platform/auth/viewer.js';
import { AppError, badInput, forbidden, isCoded, notFound, unauthenticated } from '../../platform/errors.js';
import { type Delivery, type EventFeed, recheckAtMostEvery } from '../../platform/events/event-feed.js';
import { positionAtEnd } from '../../platform/events/ordering.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WriteContext, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { DischargeService } from '../discharge/discharge.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import { type PatientView, patientView } from '../patient/patient.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import type { PatientAccess, PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import type { UnitService } from '../unit/unit.service.js';
import { defaultAgendaOrder } from './agenda-order.js';
import {
  agendaItemView,
  DEFAULT_TIME_BOX_SECONDS,
  decisionView,
  RoundsAgendaItem,
  RoundsDecision,
  RoundsSession,
  RoundsUpdate,
  roundsSessionView,
  roundsUpdateView,
} from './rounds.entity.js';
import type {
  AddRoundsBarrierInput,
  AddRoundsPatientInput,
  CreateRoundsActionItemInput,
  CreateRoundsSessionInput,
  MarkRoundsPatientDiscussedInput,
  MoveRoundsPatientInput,
  MoveRoundsPointerInput,
  RecordRoundsDecisionInput,
  RoundsAgendaItemType,
  RoundsSessionTransitionInput,
  RoundsSessionType,
  SaveRoundsUpdateInput,
  UpdateRoundsAgendaItemInput,
  UpdateRoundsBarrierInput,
} from './rounds.types.js';

type RoundsEntity = RoundsSession | RoundsAgendaItem | RoundsUpdate | RoundsDecision;

/** The unit's calendar day at `at`, in its time zone (YYYY-MM-DD). */
export function dayIn(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * Interdisciplinary rounds: the session and its agenda, each discipline's prepared update,
 * discharge barriers, and running the session live — start, the "now discussing" pointer with a
 * server-clock timer, discussed marks, decisions and action items, finish. Everything goes
 * through the write path onto the session's stream (`rounds:<id>`); patient items name their
 * patient, so each subscriber receives only the patients they may read, and each read is audited.
 * The session is for its unit's staff; only its facilitator starts, drives and finishes it.
 */
export class RoundsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly feed: EventFeed,
    private readonly policy: Policy,
    private readonly patientAccess: PatientAccessService,
    private readonly patients: PatientService,
    private readonly units: UnitService,
    private readonly identity: IdentityService,
    private readonly reads: ReadAccess,
    /** The patients' barriers to discharge are their discharge plans' (one barrier model). */
    private readonly discharge: DischargeService,
    /** The unit's task board, where an action item becomes a card. */
    private readonly taskBoards: TaskBoardService,
    /** Each census patient's readmission-risk score (higher is riskier), or null when it cannot be told. */
    private readonly risksOf: (census: PatientView[]) => Promise<(number | null)[]>,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────────────────────

  /**
   * The session with its agenda in order; patients the caller may not read are left out, and each
   * patient shown is on the audit trail.
   */
  async session(caller: Caller, id: string): Promise<RoundsSessionType> {
    const { session } = await this.sessionFor(caller, id);
    const em = this.orm.em.fork();
    const where = { sessionId: session.id };
    const [items, updates, decisions] = await Promise.all([
      em.find(RoundsAgendaItem, where, { orderBy: { position: 'asc' } }),
      em.find(RoundsUpdate, where, { orderBy: { discipline: 'asc' } }),
      em.find(RoundsDecision, where, { orderBy: { createdAt: 'asc' } }),
    ]);
    // The unit's census in one read (one audit row per patient shown); a patient who has left the
    // unit since the agenda was drawn is checked on their own, and left out if the caller may not read them.
    const census = new Map((await this.patients.list(caller, { unitId: session.unitId })).map((p) => [p.id, p]));
    const shown: { item: RoundsAgendaItem; patient: PatientView }[] = [];
    for (const item of items) {
      const patient = census.get(item.patientId) ?? (await this.readable(caller, item.patientId));
      if (patient) shown.push({ item, patient });
    }
    // Only patients the caller may read (and whose read is audited above) get their barriers.
    const barriers = await this.discharge.barriersOfPatients(shown.map((s) => s.patient.id));
    const agenda: RoundsAgendaItemType[] = shown.map(({ item, patient }) => ({
      ...agendaItemView(item),
      patient,
      updates: updates.filter((u) => u.itemId === item.id).map(roundsUpdateView),
      barriers: barriers.get(patient.id) ?? [],
      decisions: decisions.filter((d) => d.itemId === item.id).map(decisionView),
    }));
    return { ...roundsSessionView(session), agenda };
  }

  /** The unit's sessions, newest date first (the last 60). */
  async sessionsOf(caller: Caller, unitId: string): Promise<RoundsSessionType[]> {
    await this.policy.assert(caller.viewer, 'unit.read', { type: 'unit', unitId });
    const rows = await this.orm.em.fork().find(RoundsSession, { unitId }, { orderBy: { date: 'desc' }, limit: 60 });
    return rows.map(roundsSessionView);
  }

  /** The unit a session belongs to (it never changes); NOT_FOUND for an unknown session. Shows no session data. */
  async streamOf(id: string): Promise<string> {
    return Streams.rounds((await this.load(RoundsSession, id)).id);
  }

  /**
   * The session's stream for its unit's staff: missed events after `after`, then live. Patient
   * items reach only subscribers who may read that patient (each delivery audited); the feed ends
   * when the caller's session or place on the unit's staff list ends.
   */
  async follow(caller: Caller, sessionId: string, after: string | null | undefined): Promise<AsyncIterable<Delivery>> {
    const { session, viewer } = await this.sessionFor(caller, sessionId);
    const unit = { type: 'unit', unitId: session.unitId } as const;
    return this.feed.follow(Streams.rounds(session.id), {
      after,
      stillAllowed: recheckAtMostEvery(
        this.reads.recheckMs,
        async () => (await this.identity.sessionIsLive(viewer.sessionId)) && this.policy.can(viewer, 'unit.read', unit),
        (event) => this.policy.changesAccess(event),
      ),
      sight: async (event) => {
        if (!event.patientId) return 'whole';
        const decision = await this.reads.decide(caller, event.patientId, event);
        if (!decision?.allowed) return 'none';
        this.reads.shown(caller, event.patientId, 'roundsEvents', decision.breakGlass);
        return 'whole';
      },
    });
  }

  /** Whether the viewer may be in the session's room (presence): on its unit's staff list. Not audited: shows no patient data. */
  async mayJoin(viewer: Viewer, sessionId: string): Promise<{ allowed: true } | { allowed: false; code: string }> {
    const session = isUuid(sessionId) ? await this.orm.em.fork().findOne(RoundsSession, { id: sessionId }) : null;
    if (!session) return { allowed: false, code: 'NOT_FOUND' };
    if (session.status === 'FINISHED') return { allowed: false, code: 'BAD_USER_INPUT' };
    const allowed = await this.policy.can(viewer, 'unit.read', { type: 'unit', unitId: session.unitId });
    return allowed ? { allowed: true } : { allowed: false, code: 'FORBIDDEN' };
  }

  // ── planning ─────────────────────────────────────────────────────────────────────────────

  /**
   * Creates the unit's session for a date with an agenda drawn from the unit's census in the
   * default order (discharges first, then the highest readmission risk (LACE) where it is known, then by room). One session per unit and
   * date; the facilitator must be on the unit's staff list.
   */
  async create(caller: Caller, input: CreateRoundsSessionInput): Promise<RoundsSessionType> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    if (!(await this.units.exists(input.unitId))) throw notFound('Unit', input.unitId);
    await this.policy.assert(viewer, 'unit.read', { type: 'unit', unitId: input.unitId });
    const facilitatorId = input.facilitatorId ?? viewer.userId;
    if (!(await this.units.isMember(facilitatorId, input.unitId))) {
      throw badInput('The facilitator must be on the unit’s staff list.', 'facilitatorId');
    }
    const census = await this.patients.list(caller, { unitId: input.unitId });
    const risks = await this.risksOf(census);
    const ordered = defaultAgendaOrder(
      census.map((p, i) => ({ ...p, risk: risks[i] ?? null })),
      dayIn(this.units.timeZoneOf(input.unitId)),
    );
    const timeBoxSeconds = input.timeBoxSeconds ?? DEFAULT_TIME_BOX_SECONDS;
    const stamp = stampOf(caller, viewer, 'createRoundsSession');
    const created = await this.writes.run(
      stamp,
      async ({ em, record }) => {
        if (await em.count(RoundsSession, { unitId: input.unitId, date: input.date })) {
          throw badInput(`This unit already has rounds on ${input.date}.`, 'date');
        }
        const session = em.create(RoundsSession, { unitId: input.unitId, date: input.date, facilitatorId });
        record({ kind: 'CREATED', entity: session });
        let position: string | null = null;
        for (const patient of ordered) {
          position = nextKey(position);
          const item = em.create(RoundsAgendaItem, {
            sessionId: session.id,
            patientId: patient.id,
            position,
            timeBoxSeconds,
          });
          record({ kind: 'CREATED', entity: item });
        }
        return session;
      },
      {
        clientMutationId: input.clientMutationId,
        replay: (em, id) => em.findOneOrFail(RoundsSession, { id }),
      },
    );
    return roundsSessionView(created);
  }

  /** Adds a patient of the session's unit at the end of the agenda (before the session finishes). */
  async addPatient(caller: Caller, input: AddRoundsPatientInput): Promise<RoundsAgendaItemType> {
    const { session } = await this.sessionFor(caller, input.sessionId);
    assertNotFinished(session);
    const access = await this.patientAccess.authorize(caller, input.patientId, 'patient.update', 'addRoundsPatient');
    if (access.patient.unitId !== session.unitId) {
      throw badInput('That patient is on another unit; rounds take the patients of their own unit.', 'patientId');
    }
    if (access.patient.status !== 'ADMITTED') throw badInput('That patient is not admitted.', 'patientId');
    const item = await this.writes.create(
      access.stamp,
      RoundsAgendaItem,
      async ({ em }) => {
        if (await em.count(RoundsAgendaItem, { sessionId: session.id, patientId: input.patientId })) {
          throw badInput('That patient is already on the agenda.', 'patientId');
        }
        return em.create(RoundsAgendaItem, {
          sessionId: session.id,
          patientId: input.patientId,
          position: await positionAtEnd(em, RoundsAgendaItem, { sessionId: session.id }),
          timeBoxSeconds: input.timeBoxSeconds ?? DEFAULT_TIME_BOX_SECONDS,
        });
      },
      input.clientMutationId,
    );
    return { ...agendaItemView(item), patient: patientView(access.patient) };
  }

  /** Reorders the agenda (one row written); once rounds are running only the facilitator does. */
  async movePatient(caller: Caller, input: MoveRoundsPatientInput): Promise<RoundsAgendaItemType> {
    const { item, access, session } = await this.itemFor(caller, input.id, 'moveRoundsPatient');
    if (session.status === 'IN_PROGRESS') assertFacilitator(session, access.viewer);
    if (input.afterId && !isUuid(input.afterId))
      throw badInput('afterId must be another item in the same list.', 'afterId');
    const moved = await this.writes.move(access.stamp, { entity: RoundsAgendaItem, ...input }, () => ({
      sessionId: item.sessionId,
    }));
    return agendaItemView(moved);
  }

  async updateItem(caller: Caller, input: UpdateRoundsAgendaItemInput): Promise<RoundsAgendaItemType> {
    const { access } = await this.itemFor(caller, input.id, 'updateRoundsAgendaItem');
    const updated = await this.writes.update(access.stamp, { entity: RoundsAgendaItem, ...input }, () => ({
      timeBoxSeconds: input.timeBoxSeconds,
    }));
    return agendaItemView(updated);
  }

  /**
   * The caller's discipline's update on a patient: created the first time, edited after (with the
   * version it was based on, so two people of one discipline never overwrite each other).
   */
  async saveUpdate(caller: Caller, input: SaveRoundsUpdateInput) {
    const { item, access } = await this.itemFor(caller, input.itemId, 'saveRoundsUpdate');
    const discipline = access.viewer.discipline;
    if (!discipline) throw badInput('Only a clinical discipline gives a rounds update.', 'itemId');
    const fields = {
      ...(input.statusSinceLast !== undefined && { statusSinceLast: blankToNull(input.statusSinceLast) }),
      ...(input.concerns !== undefined && { concerns: blankToNull(input.concerns) }),
      ...(input.planForToday !== undefined && { planForToday: blankToNull(input.planForToday) }),
    };
    const existing = await this.orm.em.fork().findOne(RoundsUpdate, { itemId: item.id, discipline });
    if (existing) {
      if (input.expectedVersion == null) {
        throw new AppError(
          'CONFLICT',
          `The ${discipline} update was written by someone else. Review it and try again.`,
          {
            entityType: 'RoundsUpdate',
            current: roundsUpdateView(existing),
          },
        );
      }
      const updated = await this.writes.update(
        access.stamp,
        { entity: RoundsUpdate, id: existing.id, expectedVersion: input.expectedVersion },
        () => ({ ...fields, authorId: access.viewer.userId }),
      );
      return roundsUpdateView(updated);
    }
    if (input.expectedVersion != null) throw notFound('RoundsUpdate', `${item.id}/${discipline}`);
    const created = await this.writes.create(access.stamp, RoundsUpdate, ({ em }) =>
      em.create(RoundsUpdate, {
        sessionId: item.sessionId,
        itemId: item.id,
        patientId: item.patientId,
        discipline,
        authorId: access.viewer.userId,
        ...fields,
      }),
    );
    return roundsUpdateView(created);
  }

  /**
   * A barrier to the patient's discharge, raised in rounds: it is the patient's discharge barrier
   * (on the plan of the current stay, started if need be), told on the session's stream as well.
   */
  async addBarrier(caller: Caller, input: AddRoundsBarrierInput) {
    const { item, access } = await this.itemFor(caller, input.itemId, 'addRoundsBarrier');
    const { itemId: _, ...fields } = input;
    return this.discharge.addBarrierForPatient(access, fields, {
      operation: 'addRoundsBarrier',
      alsoOn: [Streams.rounds(item.sessionId)],
    });
  }

  /**
   * The streams of the sessions not yet finished that hold the patient, where their barriers are
   * shown: a barrier changed anywhere (the discharge page too) is told there, read in the barrier's write.
   */
  async openSessionStreamsOf(em: EntityManager, patientId: string): Promise<string[]> {
    const items = await em.find(RoundsAgendaItem, { patientId });
    if (items.length === 0) return [];
    const open = await em.find(RoundsSession, {
      id: { $in: items.map((item) => item.sessionId) },
      status: { $ne: 'FINISHED' },
    });
    return open.map((session) => Streams.rounds(session.id));
  }

  /** Edits (resolves, reassigns, re-dates) one of the agenda item's patient's discharge barriers. */
  async updateBarrier(caller: Caller, input: UpdateRoundsBarrierInput) {
    const { item } = await this.itemFor(caller, input.itemId, 'updateRoundsBarrier');
    const { itemId: _, ...edit } = input;
    return this.discharge.updateBarrier(caller, edit, {
      operation: 'updateRoundsBarrier',
      alsoOn: [Streams.rounds(item.sessionId)],
      patientId: item.patientId,
    });
  }

  // ── running rounds ───────────────────────────────────────────────────────────────────────

  /** The facilitator starts the session: the pointer goes to the first patient, the timer starts now. */
  async start(caller: Caller, input: RoundsSessionTransitionInput): Promise<RoundsSessionType> {
    const { session, viewer } = await this.sessionFor(caller, input.id);
    assertFacilitator(session, viewer);
    const started = await this.writes.run(
      stampOf(caller, viewer, 'startRounds'),
      async ({ em, record, expectVersion }) => {
        const current = await em.findOneOrFail(RoundsSession, { id: session.id });
        expectVersion(current, input.expectedVersion);
        if (current.status !== 'PLANNED') throw badInput('These rounds have already started.', 'id');
        const first = await em.findOne(RoundsAgendaItem, { sessionId: current.id }, { orderBy: { position: 'asc' } });
        if (!first) throw badInput('The agenda is empty: add a patient first.', 'id');
        const before = roundsSessionView(current);
        const now = new Date();
        Object.assign(current, { status: 'IN_PROGRESS', startedAt: now, currentItemId: first.id, currentSince: now });
        record({ kind: 'UPDATED', entity: current, before });
        return current;
      },
    );
    return roundsSessionView(started);
  }

  /**
   * The facilitator moves the "now discussing" pointer (next, previous or any patient): the time
   * spent on the patient left is added to it, and the new patient's timer starts at the server's
   * now. Only while the session is in progress.
   */
  async movePointer(caller: Caller, input: MoveRoundsPointerInput): Promise<RoundsSessionType> {
    const { session, viewer } = await this.sessionFor(caller, input.sessionId);
    assertFacilitator(session, viewer);
    if (input.to === 'ITEM' && !input.itemId) throw badInput('Moving to an item names the item.', 'itemId');
    const moved = await this.writes.run(stampOf(caller, viewer, 'moveRoundsPointer'), async ({ em, record }) => {
      const current = await em.findOneOrFail(RoundsSession, { id: session.id });
      assertRunning(current);
      const items = await em.find(RoundsAgendaItem, { sessionId: current.id }, { orderBy: { position: 'asc' } });
      const at = items.findIndex((i) => i.id === current.currentItemId);
      const step = input.to === 'NEXT' ? 1 : -1;
      const target = input.to === 'ITEM' ? items.find((i) => i.id === input.itemId) : items[at + step];
      if (!target) {
        if (input.to === 'ITEM') throw badInput('That patient is not on this agenda.', 'itemId');
        throw badInput(input.to === 'NEXT' ? 'This is the last patient.' : 'This is the first patient.', 'to');
      }
      if (target.id === current.currentItemId) return current;
      const now = new Date();
      addTimeSpent(items[at], current.currentSince, now, record);
      const before = roundsSessionView(current);
      Object.assign(current, { currentItemId: target.id, currentSince: now });
      record({ kind: 'UPDATED', entity: current, before });
      return current;
    });
    return roundsSessionView(moved);
  }

  /** The facilitator marks a patient discussed (or takes the mark back). */
  async markDiscussed(caller: Caller, input: MarkRoundsPatientDiscussedInput): Promise<RoundsAgendaItemType> {
    const { access, session } = await this.itemFor(caller, input.id, 'markRoundsPatientDiscussed');
    assertFacilitator(session, access.viewer);
    assertRunning(session);
    const updated = await this.writes.update(access.stamp, { entity: RoundsAgendaItem, ...input }, () => ({
      discussedAt: input.discussed ? new Date() : null,
    }));
    return agendaItemView(updated);
  }

  /** Anyone in the session records a decision about a patient. */
  async recordDecision(caller: Caller, input: RecordRoundsDecisionInput) {
    const { item, access } = await this.itemFor(caller, input.itemId, 'recordRoundsDecision');
    return decisionView(await this.decide(access, item, requireText(input.text, 'text'), input.clientMutationId));
  }

  /**
   * An action item in one step: a task on the unit's board (assignee, due date) and the decision
   * that names it, so the after-rounds summary lists the new task. Both are written in one
   * transaction — a card the board refuses leaves no decision, and a failed decision no card; the
   * task goes to the board's and the patient's streams, the decision to the session's.
   */
  async createActionItem(caller: Caller, input: CreateRoundsActionItemInput) {
    const { item, access, session } = await this.itemFor(caller, input.itemId, 'createRoundsActionItem');
    await this.checkStaff(input.assigneeId, 'assigneeId');
    const title = requireText(input.title, 'title');
    const card = await this.taskBoards.prepareTask(
      caller,
      {
        boardId: await this.taskBoards.unitBoardId(caller, session.unitId),
        patientId: item.patientId,
        title,
        assigneeId: input.assigneeId ?? null,
        dueAt: input.dueAt ?? null,
        labels: ['rounds'],
      },
      'createRoundsActionItem',
    );
    const decision = await this.taskBoards.createWithCard(
      access.stamp,
      card,
      RoundsDecision,
      (em, taskId) =>
        em.create(RoundsDecision, {
          sessionId: item.sessionId,
          itemId: item.id,
          patientId: item.patientId,
          text: title,
          authorId: access.viewer.userId,
          taskId,
        }),
      input.clientMutationId,
    );
    return { decision: decisionView(decision), taskId: decision.taskId as string };
  }

  /** Records a decision about an agenda item's patient. */
  private decide(
    access: PatientAccess,
    item: RoundsAgendaItem,
    text: string,
    clientMutationId: string | undefined,
  ): Promise<RoundsDecision> {
    return this.writes.create(
      access.stamp,
      RoundsDecision,
      ({ em }) =>
        em.create(RoundsDecision, {
          sessionId: item.sessionId,
          itemId: item.id,
          patientId: item.patientId,
          text,
          authorId: access.viewer.userId,
        }),
      clientMutationId,
    );
  }

  /** The facilitator finishes the session: the current patient's time is added and the pointer clears. */
  async finish(caller: Caller, input: RoundsSessionTransitionInput): Promise<RoundsSessionType> {
    const { session, viewer } = await this.sessionFor(caller, input.id);
    assertFacilitator(session, viewer);
    const finished = await this.writes.run(
      stampOf(caller, viewer, 'finishRounds'),
      async ({ em, record, expectVersion }) => {
        const current = await em.findOneOrFail(RoundsSession, { id: session.id });
        expectVersion(current, input.expectedVersion);
        assertRunning(current);
        const now = new Date();
        const leaving = current.currentItemId
          ? await em.findOne(RoundsAgendaItem, { id: current.currentItemId })
          : null;
        addTimeSpent(leaving, current.currentSince, now, record);
        const before = roundsSessionView(current);
        Object.assign(current, { status: 'FINISHED', finishedAt: now, currentItemId: null, currentSince: null });
        record({ kind: 'UPDATED', entity: current, before });
        return current;
      },
    );
    return roundsSessionView(finished);
  }

  // ── mechanics ────────────────────────────────────────────────────────────────────────────

  /** Loads a session the caller may take part in: on its unit's staff list. */
  private async sessionFor(caller: Caller, id: string): Promise<{ session: RoundsSession; viewer: Viewer }> {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    const session = await this.load(RoundsSession, id);
    await this.policy.assert(viewer, 'unit.read', { type: 'unit', unitId: session.unitId });
    return { session, viewer };
  }

  /**
   * Loads an agenda item whose patient the caller may document (the write is audited as
   * `operation`), in a session of the caller's unit that has not finished.
   */
  private async itemFor(
    caller: Caller,
    id: string,
    operation: string,
  ): Promise<{ item: RoundsAgendaItem; session: RoundsSession; access: PatientAccess }> {
    if (!caller.viewer) throw unauthenticated();
    const item = await this.load(RoundsAgendaItem, id);
    const { session } = await this.sessionFor(caller, item.sessionId);
    assertNotFinished(session);
    const access = await this.patientAccess.authorize(caller, item.patientId, 'patient.update', operation);
    return { item, session, access };
  }

  /** A patient for the session read (audited), or null when the caller may not read them. */
  private async readable(caller: Caller, patientId: string): Promise<PatientView | null> {
    try {
      return patientView(
        (await this.patientAccess.authorize(caller, patientId, 'patient.read', 'roundsSession')).patient,
      );
    } catch (error) {
      if (isCoded(error) && error.extensions.code === 'FORBIDDEN') return null;
      throw error;
    }
  }

  private async load<T extends RoundsEntity>(entity: EntityClass<T>, id: string): Promise<T> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(entity, { id } as FilterQuery<T>) : null;
    if (!item) throw notFound(entity.name, id);
    return item;
  }

  private async checkStaff(userId: string | null | undefined, field: string): Promise<void> {
    if (!userId) return;
    const user = await this.identity.userById(userId);
    if (user?.kind !== 'STAFF' || !user.active) throw badInput('Name an active staff member.', field);
  }
}

/** The key after `previous`: a new agenda is laid out in order without reading it back. */
function nextKey(previous: string | null): string {
  return generateKeyBetween(previous, null);
}

/** Adds the time since the pointer reached `item` to what was spent on it, as the pointer leaves it. */
function addTimeSpent(
  item: RoundsAgendaItem | null | undefined,
  since: Date | null,
  now: Date,
  record: WriteContext['record'],
): void {
  if (!item || !since) return;
  const before = agendaItemView(item);
  item.spentSeconds += Math.max(0, Math.round((now.getTime() - since.getTime()) / 1000));
  record({ kind: 'UPDATED', entity: item, before });
}

function assertFacilitator(session: RoundsSession, viewer: Viewer): void {
  if (session.facilitatorId !== viewer.userId)
    throw forbidden('Only the facilitator starts, drives and finishes rounds.');
}

function assertNotFinished(session: RoundsSession): void {
  if (session.status === 'FINISHED') throw badInput('These rounds are finished.', 'sessionId');
}

function assertRunning(session: RoundsSession): void {
  assertNotFinished(session);
  if (session.status !== 'IN_PROGRESS') throw badInput('These rounds have not started.', 'sessionId');
}
