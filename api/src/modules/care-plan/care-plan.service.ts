import type { EntityClass, FilterQuery, MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound, unauthenticated } from '../../platform/errors.js';
import type { EventLog } from '../../platform/events/event-log.js';
import { positionAtEnd } from '../../platform/events/ordering.js';
import { Streams } from '../../platform/events/streams.js';
import type { Patch, WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccess, PatientAccessService } from '../patient/patient-access.service.js';
import {
  CarePlan,
  carePlanView,
  Goal,
  goalView,
  Intervention,
  type InterventionSchedule,
  interventionView,
  PlanSignOff,
  Problem,
  ProgressNote,
  problemView,
  progressNoteView,
  signOffView,
} from './care-plan.entity.js';
import type {
  AddProgressNoteInput,
  CarePlanType,
  CreateCarePlanInput,
  CreateGoalInput,
  CreateInterventionInput,
  CreateProblemInput,
  InterventionScheduleInput,
  ItemChangeType,
  MovePlanItemInput,
  UpdateCarePlanInput,
  UpdateGoalInput,
  UpdateInterventionInput,
  UpdateProblemInput,
} from './care-plan.types.js';

type PlanEntity = CarePlan | Problem | Goal | Intervention | ProgressNote | PlanSignOff;
type OrderedItem = Problem | Goal | Intervention;

/** Plan item types whose history can be read, by GraphQL type name. */
const HISTORY_TYPES: Record<string, EntityClass<PlanEntity>> = {
  CarePlan,
  Problem,
  Goal,
  Intervention,
  ProgressNote,
};

/**
 * The shared care plan: problems → goals → interventions, progress notes and discipline
 * sign-offs. Every edit goes through the write path with `expectedVersion` (creates with
 * `clientMutationId`) and is published on the patient's stream; reordering writes one row.
 */
export class CarePlanService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly events: EventLog,
    private readonly patients: PatientAccessService,
    private readonly identity: IdentityService,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────────────────────

  async plan(caller: Caller, id: string): Promise<CarePlanType> {
    const plan = await this.load(CarePlan, id);
    await this.patients.authorize(caller, plan.patientId, 'patient.read', 'carePlan');
    return this.tree(plan);
  }

  /** The patient a plan belongs to (it never changes); NOT_FOUND for an unknown plan. Shows no plan data. */
  async patientIdOfPlan(id: string): Promise<string> {
    return (await this.load(CarePlan, id)).patientId;
  }

  /**
   * The patient (and, for an intervention, the goal) a goal or intervention belongs to, or null for
   * an unknown id: for other modules linking to the plan. Shows no plan data.
   */
  async planItemOf(
    entityType: 'Goal' | 'Intervention',
    id: string,
  ): Promise<{ patientId: string; goalId: string } | null> {
    if (!isUuid(id)) return null;
    const em = this.orm.em.fork();
    if (entityType === 'Goal') {
      const goal = await em.findOne(Goal, { id });
      return goal && { patientId: goal.patientId, goalId: goal.id };
    }
    const intervention = await em.findOne(Intervention, { id });
    return intervention && { patientId: intervention.patientId, goalId: intervention.goalId };
  }

  /** Interventions with a schedule that are still planned or in progress, on open plans. */
  async scheduledInterventions(): Promise<ScheduledIntervention[]> {
    const em = this.orm.em.fork();
    const openPlans = await em.find(CarePlan, { status: { $in: ['DRAFT', 'ACTIVE'] } }, { fields: ['id'] });
    if (openPlans.length === 0) return [];
    const rows = await em.find(Intervention, {
      carePlanId: { $in: openPlans.map((p) => p.id) },
      status: { $in: ['PLANNED', 'IN_PROGRESS'] },
      schedule: { $ne: null },
    });
    return rows.flatMap((i) => (i.schedule ? [{ ...i, schedule: i.schedule }] : []));
  }

  /** The patient a problem or goal belongs to (for links from other modules); NOT_FOUND for an unknown one. Shows no plan data. */
  async patientIdOfItem(entityType: 'Problem' | 'Goal', id: string): Promise<string> {
    const item = entityType === 'Problem' ? await this.load(Problem, id) : await this.load(Goal, id);
    return item.patientId;
  }

  /** The patient's open (draft or active) plan, else the latest one, for a caller who may read the patient now. */
  async currentPlan(caller: Caller, patientId: string): Promise<CarePlanType | null> {
    await this.patients.assertMayRead(caller, patientId, 'carePlan');
    const em = this.orm.em.fork();
    const plan =
      (await em.findOne(CarePlan, { patientId, status: { $in: ['DRAFT', 'ACTIVE'] } })) ??
      (await em.findOne(CarePlan, { patientId }, { orderBy: { createdAt: 'desc' } }));
    return plan ? this.tree(plan) : null;
  }

  /** Who changed an item, when, and which fields, from the event log. */
  async history(caller: Caller, entityType: string, id: string): Promise<ItemChangeType[]> {
    const entity = HISTORY_TYPES[entityType];
    if (!entity) throw badInput(`entityType must be one of ${Object.keys(HISTORY_TYPES).join(', ')}.`, 'entityType');
    const item = await this.load(entity, id);
    await this.patients.authorize(caller, item.patientId, 'patient.read', 'itemHistory');
    const rows = await this.events.ofItem(Streams.patient(item.patientId), entityType, id);
    return rows.map((r) => ({
      eventId: String(r.id),
      at: r.at.toISOString(),
      actorName: r.actorName,
      kind: r.kind,
      version: r.version,
      changes: r.changes ?? null,
    }));
  }

  // ── the plan ─────────────────────────────────────────────────────────────────────────────

  async createPlan(caller: Caller, input: CreateCarePlanInput): Promise<CarePlanType> {
    const access = await this.patients.authorize(caller, input.patientId, 'patient.update', 'createCarePlan');
    checkPeriod(input.periodStart, input.periodEnd ?? null);
    const plan = await this.writes.create(
      access.stamp,
      CarePlan,
      async ({ em }) => {
        if (await em.count(CarePlan, { patientId: input.patientId, status: { $in: ['DRAFT', 'ACTIVE'] } })) {
          throw badInput('This patient already has an open care plan.', 'patientId');
        }
        return em.create(CarePlan, {
          patientId: input.patientId,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd ?? null,
        });
      },
      input.clientMutationId,
    );
    return this.tree(plan);
  }

  async updatePlan(caller: Caller, input: UpdateCarePlanInput): Promise<CarePlanType> {
    const { access } = await this.editable(caller, CarePlan, input.id, 'updateCarePlan', {
      allowCompleted: true,
    });
    const plan = await this.change(access, CarePlan, input, (p) => {
      const periodStart = input.periodStart ?? p.periodStart;
      const periodEnd = input.periodEnd !== undefined ? input.periodEnd : p.periodEnd;
      checkPeriod(periodStart, periodEnd);
      return {
        periodStart,
        periodEnd,
        ...(input.status && { status: input.status }),
        ...(input.visibility && { visibility: input.visibility }),
      };
    });
    return this.tree(plan);
  }

  /** The caller's discipline reviewed the plan as it is now; a later edit makes the sign-off stale. */
  async signOff(caller: Caller, carePlanId: string): Promise<CarePlanType> {
    const { item: plan, access } = await this.editable(caller, CarePlan, carePlanId, 'signOffCarePlan');
    const discipline = access.viewer.discipline;
    if (!discipline) throw badInput('Only a clinical discipline can sign off a care plan.', 'carePlanId');
    await this.writes.create(access.stamp, PlanSignOff, ({ em }) =>
      em.create(PlanSignOff, {
        patientId: plan.patientId,
        carePlanId: plan.id,
        discipline,
        userId: access.viewer.userId,
      }),
    );
    return this.tree(await this.load(CarePlan, carePlanId));
  }

  // ── problems, goals, interventions ─────────────────────────────────────────────────────────

  async createProblem(caller: Caller, input: CreateProblemInput) {
    const { item: plan, access } = await this.editable(caller, CarePlan, input.carePlanId, 'createProblem');
    return this.createOrdered(access, input.clientMutationId, Problem, { carePlanId: plan.id }, () => ({
      patientId: plan.patientId,
      carePlanId: plan.id,
      statement: requireText(input.statement, 'statement'),
      discipline: input.discipline,
      priority: input.priority ?? 'MEDIUM',
      onsetDate: input.onsetDate ?? null,
      visibility: input.visibility ?? 'TEAM',
    })).then(problemView);
  }

  async updateProblem(caller: Caller, input: UpdateProblemInput) {
    const { access } = await this.editable(caller, Problem, input.id, 'updateProblem');
    return this.change(access, Problem, input, () => ({
      ...(input.statement != null && { statement: requireText(input.statement, 'statement') }),
      ...(input.discipline && { discipline: input.discipline }),
      ...(input.priority && { priority: input.priority }),
      ...(input.status && { status: input.status }),
      ...(input.onsetDate !== undefined && { onsetDate: input.onsetDate }),
      ...(input.visibility && { visibility: input.visibility }),
    })).then(problemView);
  }

  async createGoal(caller: Caller, input: CreateGoalInput) {
    const { item: plan, access } = await this.editable(caller, CarePlan, input.carePlanId, 'createGoal');
    const problem = await this.load(Problem, input.problemId);
    if (problem.carePlanId !== plan.id) throw badInput('That problem belongs to another care plan.', 'problemId');
    checkTarget(plan, input.targetDate ?? null);
    return this.createOrdered(access, input.clientMutationId, Goal, { problemId: problem.id }, () => ({
      patientId: plan.patientId,
      carePlanId: plan.id,
      problemId: problem.id,
      description: requireText(input.description, 'description'),
      targetValue: blankToNull(input.targetValue),
      targetDate: input.targetDate ?? null,
      visibility: input.visibility ?? 'TEAM',
      history: [
        {
          status: 'PROPOSED' as const,
          at: new Date().toISOString(),
          byId: access.viewer.userId,
          byName: access.viewer.name,
        },
      ],
    })).then(goalView);
  }

  /** Status changes (achieved, not achieved, cancelled…) are added to the goal's achievement history. */
  async updateGoal(caller: Caller, input: UpdateGoalInput) {
    const { item, access } = await this.editable(caller, Goal, input.id, 'updateGoal');
    const plan = await this.load(CarePlan, item.carePlanId);
    return this.change(access, Goal, input, (goal) => {
      if (input.targetDate !== undefined) checkTarget(plan, input.targetDate);
      const statusChanged = input.status && input.status !== goal.status;
      return {
        ...(input.description != null && { description: requireText(input.description, 'description') }),
        ...(input.targetValue !== undefined && { targetValue: blankToNull(input.targetValue) }),
        ...(input.targetDate !== undefined && { targetDate: input.targetDate }),
        ...(input.visibility && { visibility: input.visibility }),
        ...(statusChanged &&
          input.status && {
            status: input.status,
            history: [
              ...goal.history,
              {
                status: input.status,
                at: new Date().toISOString(),
                byId: access.viewer.userId,
                byName: access.viewer.name,
              },
            ],
          }),
      };
    }).then(goalView);
  }

  async createIntervention(caller: Caller, input: CreateInterventionInput) {
    const { item: plan, access } = await this.editable(caller, CarePlan, input.carePlanId, 'createIntervention');
    const goal = await this.load(Goal, input.goalId);
    if (goal.carePlanId !== plan.id) throw badInput('That goal belongs to another care plan.', 'goalId');
    await this.checkOwner(input.ownerId);
    return this.createOrdered(access, input.clientMutationId, Intervention, { goalId: goal.id }, () => ({
      patientId: plan.patientId,
      carePlanId: plan.id,
      goalId: goal.id,
      action: requireText(input.action, 'action'),
      ownerDiscipline: input.ownerDiscipline,
      ownerId: input.ownerId ?? null,
      frequency: blankToNull(input.frequency),
      schedule: checkSchedule(input.schedule),
      visibility: input.visibility ?? 'TEAM',
    })).then(interventionView);
  }

  async updateIntervention(caller: Caller, input: UpdateInterventionInput) {
    const { access } = await this.editable(caller, Intervention, input.id, 'updateIntervention');
    if (input.ownerId) await this.checkOwner(input.ownerId);
    return this.change(access, Intervention, input, () => ({
      ...(input.action != null && { action: requireText(input.action, 'action') }),
      ...(input.ownerDiscipline && { ownerDiscipline: input.ownerDiscipline }),
      ...(input.ownerId !== undefined && { ownerId: input.ownerId }),
      ...(input.frequency !== undefined && { frequency: blankToNull(input.frequency) }),
      ...(input.schedule !== undefined && { schedule: checkSchedule(input.schedule) }),
      ...(input.status && { status: input.status }),
      ...(input.visibility && { visibility: input.visibility }),
    })).then(interventionView);
  }

  moveProblem = (caller: Caller, input: MovePlanItemInput) =>
    this.move(caller, Problem, 'carePlanId', 'moveProblem', input).then(problemView);
  moveGoal = (caller: Caller, input: MovePlanItemInput) =>
    this.move(caller, Goal, 'problemId', 'moveGoal', input).then(goalView);
  moveIntervention = (caller: Caller, input: MovePlanItemInput) =>
    this.move(caller, Intervention, 'goalId', 'moveIntervention', input).then(interventionView);

  async addNote(caller: Caller, input: AddProgressNoteInput) {
    const { item: plan, access } = await this.editable(caller, CarePlan, input.carePlanId, 'addProgressNote');
    if (input.goalId) {
      const goal = await this.load(Goal, input.goalId);
      if (goal.carePlanId !== plan.id) throw badInput('That goal belongs to another care plan.', 'goalId');
    }
    const note = await this.writes.create(
      access.stamp,
      ProgressNote,
      ({ em }) =>
        em.create(ProgressNote, {
          patientId: plan.patientId,
          carePlanId: plan.id,
          goalId: input.goalId ?? null,
          authorId: access.viewer.userId,
          text: requireText(input.text, 'text'),
          visibility: input.visibility ?? 'TEAM',
        }),
      input.clientMutationId,
    );
    return progressNoteView(note);
  }

  // ── mechanics ────────────────────────────────────────────────────────────────────────────

  /** Loads an item and checks the caller may edit its patient; a completed plan takes no edits. */
  private async editable<T extends PlanEntity>(
    caller: Caller,
    entity: EntityClass<T>,
    id: string,
    operation: string,
    options: { allowCompleted?: boolean } = {},
  ): Promise<{ item: T; access: PatientAccess }> {
    if (!caller.viewer) throw unauthenticated();
    const editable = await this.patients.authorizeItem(caller, { entity, id }, 'patient.update', operation);
    if (!options.allowCompleted) {
      const { item } = editable;
      const plan =
        item instanceof CarePlan ? item : await this.load(CarePlan, (item as { carePlanId: string }).carePlanId);
      if (plan.status === 'COMPLETED') throw badInput('This care plan is completed; reopen it to edit.', 'carePlanId');
    }
    return editable;
  }

  private async load<T extends PlanEntity>(entity: EntityClass<T>, id: string): Promise<T> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(entity, { id } as FilterQuery<T>) : null;
    if (!item) throw notFound(entity.name, id);
    return item;
  }

  /** A versioned edit of a plan item the caller was allowed to edit. */
  private change<T extends PlanEntity>(
    access: PatientAccess,
    entity: EntityClass<T>,
    input: { id: string; expectedVersion: number },
    patch: (current: T) => Patch<T>,
  ): Promise<T> {
    return this.writes.update(access.stamp, { entity, id: input.id, expectedVersion: input.expectedVersion }, patch);
  }

  /** Creates an ordered item at the end of its siblings. */
  private createOrdered<T extends OrderedItem>(
    access: PatientAccess,
    clientMutationId: string | undefined,
    entity: EntityClass<T>,
    siblings: FilterQuery<T>,
    data: () => Record<string, unknown>,
  ): Promise<T> {
    return this.writes.create(
      access.stamp,
      entity,
      async ({ em }) => {
        const values = data();
        return em.create(entity, { ...values, position: await positionAtEnd(em, entity, siblings) } as never);
      },
      clientMutationId,
    );
  }

  /** Moves an item after a sibling (or first): one row is written, whatever the list's length. */
  private async move<T extends OrderedItem>(
    caller: Caller,
    entity: EntityClass<T>,
    parentKey: 'carePlanId' | 'problemId' | 'goalId',
    operation: string,
    input: MovePlanItemInput,
  ): Promise<T> {
    const { access } = await this.editable(caller, entity, input.id, operation);
    return this.writes.move(
      access.stamp,
      { entity, ...input },
      (item) =>
        ({
          [parentKey]: (item as unknown as Record<string, string>)[parentKey],
        }) as FilterQuery<T>,
    );
  }

  private async checkOwner(ownerId: string | null | undefined): Promise<void> {
    if (!ownerId) return;
    const owner = await this.identity.userById(ownerId);
    if (owner?.kind !== 'STAFF') throw notFound('User', ownerId);
  }

  /** The whole plan, ordered, with each discipline's latest sign-off and whether it went stale. */
  private async tree(plan: CarePlan): Promise<CarePlanType> {
    const em = this.orm.em.fork();
    const where = { carePlanId: plan.id };
    const [problems, goals, interventions, notes, signOffs] = await Promise.all([
      em.find(Problem, where, { orderBy: { position: 'asc' } }),
      em.find(Goal, where, { orderBy: { position: 'asc' } }),
      em.find(Intervention, where, { orderBy: { position: 'asc' } }),
      em.find(ProgressNote, where, { orderBy: { createdAt: 'desc' }, limit: 100 }),
      em.find(PlanSignOff, where, { orderBy: { createdAt: 'desc' } }),
    ]);
    const lastEdit = Math.max(
      plan.updatedAt.getTime(),
      ...problems.map((p) => p.updatedAt.getTime()),
      ...goals.map((g) => g.updatedAt.getTime()),
      ...interventions.map((i) => i.updatedAt.getTime()),
    );
    const latest = new Map<string, PlanSignOff>();
    for (const s of signOffs) if (!latest.has(s.discipline)) latest.set(s.discipline, s);
    return {
      ...carePlanView(plan),
      lastReviewedAt: signOffs[0]?.createdAt.toISOString() ?? null,
      problems: problems.map((p) => ({
        ...problemView(p),
        goals: goals
          .filter((g) => g.problemId === p.id)
          .map((g) => ({
            ...goalView(g),
            interventions: interventions.filter((i) => i.goalId === g.id).map(interventionView),
          })),
      })),
      notes: notes.map((n) => ({ ...progressNoteView(n) })),
      signOffs: [...latest.values()].map((s) => ({ ...signOffView(s), stale: lastEdit > s.createdAt.getTime() })),
    };
  }
}

/** A schedule names what its kind needs: DAILY a time of day, EVERY_N_HOURS a number of hours. */
function checkSchedule(schedule: InterventionScheduleInput | null | undefined): InterventionSchedule | null {
  if (!schedule) return null;
  if (schedule.kind === 'DAILY' && !schedule.at) throw badInput('A daily schedule needs its time (at).', 'schedule');
  if (schedule.kind === 'EVERY_N_HOURS' && !schedule.everyHours) {
    throw badInput('An every-N-hours schedule needs everyHours.', 'schedule');
  }
  return {
    kind: schedule.kind,
    at: schedule.kind === 'DAILY' ? (schedule.at ?? null) : null,
    everyHours: schedule.kind === 'EVERY_N_HOURS' ? (schedule.everyHours ?? null) : null,
  };
}

/** Interventions that recur on a schedule and are not done or cancelled, for the task board's generator. */
export type ScheduledIntervention = Pick<
  Intervention,
  'id' | 'patientId' | 'goalId' | 'action' | 'ownerDiscipline' | 'ownerId' | 'visibility'
> & { schedule: InterventionSchedule };

function checkPeriod(start: string, end: string | null): void {
  if (end && end < start) throw badInput('periodEnd cannot be before periodStart.', 'periodEnd');
}

function checkTarget(plan: CarePlan, targetDate: string | null): void {
  if (targetDate && targetDate < plan.periodStart) {
    throw badInput(`targetDate cannot be before the plan starts (${plan.periodStart}).`, 'targetDate');
  }
}
