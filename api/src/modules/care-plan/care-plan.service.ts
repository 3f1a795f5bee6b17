import type { EntityClass, MikroORM } from '@mikro-orm/core';
import { generateKeyBetween } from 'fractional-indexing';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound, unauthenticated } from '../../platform/errors.js';
import { ChangeEventRecord } from '../../platform/events/change-event.entity.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccess, PatientService } from '../patient/patient.service.js';
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
import type {
  AddProgressNoteInput,
  CarePlanType,
  CreateCarePlanInput,
  CreateGoalInput,
  CreateInterventionInput,
  CreateProblemInput,
  ItemChangeType,
  MovePlanItemInput,
  UpdateCarePlanInput,
  UpdateGoalInput,
  UpdateInterventionInput,
  UpdateProblemInput,
} from './care-plan.types.js';

type PlanEntity = CarePlan | Problem | Goal | Intervention | ProgressNote | PlanSignOff;
type Ordered = Problem | Goal | Intervention;

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
    private readonly patients: PatientService,
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
    const rows = await this.orm.em
      .fork()
      .find(
        ChangeEventRecord,
        { entityType, entityId: id, stream: Streams.patient(item.patientId) },
        { orderBy: { id: 'asc' } },
      );
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
    const plan = await this.writes.run(
      stampOf(caller, access.viewer, 'createCarePlan', access.breakGlass),
      async ({ em, record }) => {
        if (await em.count(CarePlan, { patientId: input.patientId, status: { $in: ['DRAFT', 'ACTIVE'] } })) {
          throw badInput('This patient already has an open care plan.', 'patientId');
        }
        const created = em.create(CarePlan, {
          patientId: input.patientId,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd ?? null,
        });
        record({
          kind: 'CREATED',
          entity: created,
          patientId: input.patientId,
          streams: [Streams.patient(input.patientId)],
        });
        return created;
      },
      { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(CarePlan, { id }) },
    );
    return this.tree(plan);
  }

  async updatePlan(caller: Caller, input: UpdateCarePlanInput): Promise<CarePlanType> {
    const { item, access } = await this.editable(caller, CarePlan, input.id, 'updateCarePlan', {
      allowCompleted: true,
    });
    const plan = await this.change(caller, access, 'updateCarePlan', CarePlan, item.id, input.expectedVersion, (p) => {
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
    await this.writes.run(
      stampOf(caller, access.viewer, 'signOffCarePlan', access.breakGlass),
      async ({ em, record }) => {
        const signOff = em.create(PlanSignOff, {
          patientId: plan.patientId,
          carePlanId: plan.id,
          discipline,
          userId: access.viewer.userId,
        });
        record({
          kind: 'CREATED',
          entity: signOff,
          patientId: plan.patientId,
          streams: [Streams.patient(plan.patientId)],
        });
      },
    );
    return this.tree(await this.load(CarePlan, carePlanId));
  }

  // ── problems, goals, interventions ─────────────────────────────────────────────────────────

  async createProblem(caller: Caller, input: CreateProblemInput) {
    const { item: plan, access } = await this.editable(caller, CarePlan, input.carePlanId, 'createProblem');
    return this.createOrdered(
      caller,
      access,
      'createProblem',
      input.clientMutationId,
      Problem,
      { carePlanId: plan.id },
      () => ({
        patientId: plan.patientId,
        carePlanId: plan.id,
        statement: requireText(input.statement, 'statement'),
        discipline: input.discipline,
        priority: input.priority ?? 'MEDIUM',
        onsetDate: input.onsetDate ?? null,
        visibility: input.visibility ?? 'TEAM',
      }),
    ).then(problemView);
  }

  async updateProblem(caller: Caller, input: UpdateProblemInput) {
    const { item, access } = await this.editable(caller, Problem, input.id, 'updateProblem');
    return this.change(caller, access, 'updateProblem', Problem, item.id, input.expectedVersion, () => ({
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
    return this.createOrdered(
      caller,
      access,
      'createGoal',
      input.clientMutationId,
      Goal,
      { problemId: problem.id },
      () => ({
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
      }),
    ).then(goalView);
  }

  /** Status changes (achieved, not achieved, cancelled…) are added to the goal's achievement history. */
  async updateGoal(caller: Caller, input: UpdateGoalInput) {
    const { item, access } = await this.editable(caller, Goal, input.id, 'updateGoal');
    const plan = await this.load(CarePlan, item.carePlanId);
    return this.change(caller, access, 'updateGoal', Goal, item.id, input.expectedVersion, (goal) => {
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
    return this.createOrdered(
      caller,
      access,
      'createIntervention',
      input.clientMutationId,
      Intervention,
      { goalId: goal.id },
      () => ({
        patientId: plan.patientId,
        carePlanId: plan.id,
        goalId: goal.id,
        action: requireText(input.action, 'action'),
        ownerDiscipline: input.ownerDiscipline,
        ownerId: input.ownerId ?? null,
        frequency: blankToNull(input.frequency),
        visibility: input.visibility ?? 'TEAM',
      }),
    ).then(interventionView);
  }

  async updateIntervention(caller: Caller, input: UpdateInterventionInput) {
    const { item, access } = await this.editable(caller, Intervention, input.id, 'updateIntervention');
    if (input.ownerId) await this.checkOwner(input.ownerId);
    return this.change(caller, access, 'updateIntervention', Intervention, item.id, input.expectedVersion, () => ({
      ...(input.action != null && { action: requireText(input.action, 'action') }),
      ...(input.ownerDiscipline && { ownerDiscipline: input.ownerDiscipline }),
      ...(input.ownerId !== undefined && { ownerId: input.ownerId }),
      ...(input.frequency !== undefined && { frequency: blankToNull(input.frequency) }),
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
    const note = await this.writes.run(
      stampOf(caller, access.viewer, 'addProgressNote', access.breakGlass),
      async ({ em, record }) => {
        const created = em.create(ProgressNote, {
          patientId: plan.patientId,
          carePlanId: plan.id,
          goalId: input.goalId ?? null,
          authorId: access.viewer.userId,
          text: requireText(input.text, 'text'),
          visibility: input.visibility ?? 'TEAM',
        });
        record({
          kind: 'CREATED',
          entity: created,
          patientId: plan.patientId,
          visibility: created.visibility,
          streams: [Streams.patient(plan.patientId)],
        });
        return created;
      },
      { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(ProgressNote, { id }) },
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
    const item = await this.load(entity, id);
    const access = await this.patients.authorize(caller, item.patientId, 'patient.update', operation);
    if (!options.allowCompleted) {
      const planId = item instanceof CarePlan ? item.id : (item as { carePlanId: string }).carePlanId;
      const plan = item instanceof CarePlan ? item : await this.load(CarePlan, planId);
      if (plan.status === 'COMPLETED') throw badInput('This care plan is completed; reopen it to edit.', 'carePlanId');
    }
    return { item, access };
  }

  private async load<T extends PlanEntity>(entity: EntityClass<T>, id: string): Promise<T> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(entity, { id } as never) : null;
    if (!item) throw notFound(entity.name === 'CarePlan' ? 'CarePlan' : entity.name, id);
    return item as T;
  }

  private async change<T extends PlanEntity>(
    caller: Caller,
    access: PatientAccess,
    operation: string,
    entity: EntityClass<T>,
    id: string,
    expectedVersion: number,
    patch: (current: T) => Partial<T>,
  ): Promise<T> {
    return this.writes.run(
      stampOf(caller, access.viewer, operation, access.breakGlass),
      async ({ em, record, expectVersion }) => {
        const current = (await em.findOneOrFail(entity, { id } as never)) as T;
        expectVersion(current, expectedVersion);
        const before = viewFor(current);
        em.assign(current, patch(current) as never);
        record({
          kind: 'UPDATED',
          entity: current,
          before,
          patientId: current.patientId,
          visibility: current.visibility,
          streams: [Streams.patient(current.patientId)],
        });
        return current;
      },
    );
  }

  /** Creates an ordered item at the end of its siblings. */
  private async createOrdered<T extends Ordered>(
    caller: Caller,
    access: PatientAccess,
    operation: string,
    clientMutationId: string | undefined,
    entity: EntityClass<T>,
    siblings: Record<string, string>,
    data: () => Record<string, unknown>,
  ): Promise<T> {
    return this.writes.run(
      stampOf(caller, access.viewer, operation, access.breakGlass),
      async ({ em, record }) => {
        const values = data();
        const last = (await em.findOne(entity, siblings as never, {
          orderBy: { position: 'desc' } as never,
        })) as T | null;
        const created = em.create(entity, {
          ...values,
          position: generateKeyBetween(last?.position ?? null, null),
        } as never) as T;
        record({
          kind: 'CREATED',
          entity: created,
          patientId: created.patientId,
          visibility: created.visibility,
          streams: [Streams.patient(created.patientId)],
        });
        return created;
      },
      { clientMutationId, replay: async (em, id) => (await em.findOneOrFail(entity, { id } as never)) as T },
    );
  }

  /** Moves an item after a sibling (or first): one row is written, whatever the list's length. */
  private async move<T extends Ordered>(
    caller: Caller,
    entity: EntityClass<T>,
    parentKey: 'carePlanId' | 'problemId' | 'goalId',
    operation: string,
    input: MovePlanItemInput,
  ): Promise<T> {
    const { item, access } = await this.editable(caller, entity, input.id, operation);
    const parent = (item as unknown as Record<string, string>)[parentKey] ?? '';
    return this.writes.run(
      stampOf(caller, access.viewer, operation, access.breakGlass),
      async ({ em, record, expectVersion }) => {
        const current = (await em.findOneOrFail(entity, { id: input.id } as never)) as T;
        expectVersion(current, input.expectedVersion);
        const siblings = (
          (await em.find(entity, { [parentKey]: parent } as never, { orderBy: { position: 'asc' } as never })) as T[]
        ).filter((s) => s.id !== current.id);
        let index = 0;
        if (input.afterId) {
          index = siblings.findIndex((s) => s.id === input.afterId) + 1;
          if (index === 0) throw badInput('afterId must be another item in the same list.', 'afterId');
        }
        const before = viewFor(current);
        current.position = generateKeyBetween(siblings[index - 1]?.position ?? null, siblings[index]?.position ?? null);
        record({
          kind: 'MOVED',
          entity: current,
          before,
          patientId: current.patientId,
          visibility: current.visibility,
          streams: [Streams.patient(current.patientId)],
        });
        return current;
      },
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

function viewFor(item: PlanEntity) {
  if (item instanceof CarePlan) return carePlanView(item);
  if (item instanceof Problem) return problemView(item);
  if (item instanceof Goal) return goalView(item);
  if (item instanceof Intervention) return interventionView(item);
  if (item instanceof ProgressNote) return progressNoteView(item);
  return signOffView(item);
}

function checkPeriod(start: string, end: string | null): void {
  if (end && end < start) throw badInput('periodEnd cannot be before periodStart.', 'periodEnd');
}

function checkTarget(plan: CarePlan, targetDate: string | null): void {
  if (targetDate && targetDate < plan.periodStart) {
    throw badInput(`targetDate cannot be before the plan starts (${plan.periodStart}).`, 'targetDate');
  }
}
