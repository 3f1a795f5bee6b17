import type { EntityClass, EntityManager, FilterQuery, MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound } from '../../platform/errors.js';
import { patientItemRoute } from '../../platform/events/streams.js';
import type { WriteContext, WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { Patient } from '../patient/patient.entity.js';
import type { PatientAccess, PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import type { TaskForItemInput } from '../task-board/task-board.types.js';
import {
  type BarrierView,
  barrierView,
  type ChecklistDetails,
  checklistItemView,
  DischargeBarrier,
  DischargeChecklistItem,
  DischargePlan,
  dischargePlanView,
  EducationRecord,
  educationView,
  readinessOf,
} from './discharge.entity.js';
import type {
  AddDischargeBarrierInput,
  AddDischargeChecklistItemInput,
  BarrierFields,
  ChecklistFields,
  CreateDischargePlanInput,
  RecordEducationInput,
  UpdateDischargeBarrierInput,
  UpdateDischargeChecklistItemInput,
  UpdateDischargePlanInput,
} from './discharge.types.js';

type DischargeEntity = DischargePlan | DischargeChecklistItem | DischargeBarrier;

/**
 * Where a barrier change is told besides the patient's stream: another module that shows the
 * patient's barriers (rounds) names its own stream, so screens following it see the change live.
 */
export interface BarrierAudience {
  operation: string;
  alsoOn: string[];
}

/**
 * The streams of other modules that show a patient's barriers right now (an open rounds session
 * with the patient on its agenda), looked up inside the barrier's write: a module registers one
 * with `showBarriersOn`, so every barrier change, whichever screen made it, reaches those screens
 * live without discharge knowing about them.
 */
export type BarrierStreamsOf = (em: EntityManager, patientId: string) => Promise<string[]>;

const admissionDay = (patient: Patient) => patient.admittedAt.toISOString().slice(0, 10);

/**
 * Discharge planning for a patient's current stay — expected date, planned disposition, a
 * checklist with a readiness figure, barriers with owners and due dates — and education records
 * with their teach-back result. Items are checked to belong to the plan's own patient; every edit
 * is versioned and goes to the patient's stream (family-visible items to the portal as well).
 */
export class DischargeService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
    private readonly identity: IdentityService,
    private readonly taskBoards: TaskBoardService,
  ) {}

  private readonly barrierShownOn: BarrierStreamsOf[] = [];

  /** Another module that shows patients' barriers names where, so barrier changes are told there too. */
  showBarriersOn(streamsOf: BarrierStreamsOf): void {
    this.barrierShownOn.push(streamsOf);
  }

  /** The plan of the patient's latest stay; null when none. */
  async currentPlan(caller: Caller, patientId: string) {
    await this.access.assertMayRead(caller, patientId, 'dischargePlan');
    const plan = await this.orm.em
      .fork()
      .findOne(DischargePlan, { patientId }, { orderBy: { stayAdmittedAt: 'desc' } });
    return plan && dischargePlanView(plan);
  }

  /** A plan's checklist (in the order added) and how ready it is. */
  async checklistOf(caller: Caller, plan: { id: string; patientId: string }) {
    await this.access.assertMayRead(caller, plan.patientId, 'dischargePlan');
    const items = await this.orm.em
      .fork()
      .find(DischargeChecklistItem, { planId: plan.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return { items: items.map(checklistItemView), readiness: readinessOf(items) };
  }

  async barriersOf(caller: Caller, plan: { id: string; patientId: string }) {
    await this.access.assertMayRead(caller, plan.patientId, 'dischargePlan');
    const rows = await this.orm.em
      .fork()
      .find(DischargeBarrier, { planId: plan.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return rows.map(barrierView);
  }

  /**
   * The barriers of each patient's latest discharge plan, by patient (oldest first; none when the
   * patient has no plan). Checks no access: for a caller that has already read each patient.
   */
  async barriersOfPatients(patientIds: readonly string[]): Promise<Map<string, BarrierView[]>> {
    const em = this.orm.em.fork();
    const plans = patientIds.length
      ? await em.find(DischargePlan, { patientId: { $in: [...patientIds] } }, { orderBy: { stayAdmittedAt: 'asc' } })
      : [];
    const latest = new Map(plans.map((p) => [p.patientId, p.id]));
    const rows = latest.size
      ? await em.find(
          DischargeBarrier,
          { planId: { $in: [...latest.values()] } },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        )
      : [];
    const out = new Map<string, BarrierView[]>(patientIds.map((id) => [id, []]));
    for (const row of rows) out.get(row.patientId)?.push(barrierView(row));
    return out;
  }

  async education(caller: Caller, patientId: string) {
    await this.access.assertMayRead(caller, patientId, 'educationRecords');
    const rows = await this.orm.em
      .fork()
      .find(EducationRecord, { patientId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    return rows.map(educationView);
  }

  async createPlan(caller: Caller, input: CreateDischargePlanInput) {
    const access = await this.access.authorize(caller, input.patientId, 'patient.update', 'createDischargePlan');
    const { patient } = access;
    if (patient.status !== 'ADMITTED') throw badInput('The patient has no current stay to plan.', 'patientId');
    checkExpectedDate(patient, input.expectedDate ?? null);
    const plan = await this.writes.create(
      access.stamp,
      DischargePlan,
      async ({ em }) => {
        if (await em.count(DischargePlan, { patientId: patient.id, stayAdmittedAt: patient.admittedAt })) {
          throw badInput('This stay already has a discharge plan.', 'patientId');
        }
        return em.create(DischargePlan, {
          patientId: patient.id,
          stayAdmittedAt: patient.admittedAt,
          expectedDate: input.expectedDate ?? null,
          disposition: input.disposition ?? null,
        });
      },
      input.clientMutationId,
    );
    return dischargePlanView(plan);
  }

  async updatePlan(caller: Caller, input: UpdateDischargePlanInput) {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: DischargePlan, id: input.id },
      'patient.update',
      'updateDischargePlan',
    );
    if (input.expectedDate !== undefined) checkExpectedDate(access.patient, input.expectedDate);
    const plan = await this.writes.update(
      access.stamp,
      { entity: DischargePlan, id: input.id, expectedVersion: input.expectedVersion },
      () => ({
        ...(input.expectedDate !== undefined && { expectedDate: input.expectedDate }),
        ...(input.disposition !== undefined && { disposition: input.disposition }),
        ...(input.visibility && { visibility: input.visibility }),
      }),
    );
    return dischargePlanView(plan);
  }

  async addChecklistItem(caller: Caller, input: AddDischargeChecklistItemInput) {
    const { item: plan, access } = await this.access.authorizeItem(
      caller,
      { entity: DischargePlan, id: input.planId },
      'patient.update',
      'addDischargeChecklistItem',
    );
    const details = detailsOf({ ...EMPTY_DETAILS }, input);
    checkDetails(input.kind, details);
    checkShared(input.kind, input.visibility);
    const item = await this.writes.create(
      access.stamp,
      DischargeChecklistItem,
      ({ em }) =>
        em.create(DischargeChecklistItem, {
          patientId: plan.patientId,
          planId: plan.id,
          kind: input.kind,
          details,
          visibility: input.visibility ?? 'TEAM',
        }),
      input.clientMutationId,
    );
    return checklistItemView(item);
  }

  async updateChecklistItem(caller: Caller, input: UpdateDischargeChecklistItemInput) {
    const { item: current, access } = await this.access.authorizeItem(
      caller,
      { entity: DischargeChecklistItem, id: input.id },
      'patient.update',
      'updateDischargeChecklistItem',
    );
    const details = detailsOf({ ...current.details }, input);
    checkDetails(current.kind, details);
    checkShared(current.kind, input.visibility);
    const item = await this.writes.update(
      access.stamp,
      { entity: DischargeChecklistItem, id: input.id, expectedVersion: input.expectedVersion },
      () => ({
        details,
        ...(input.status && { status: input.status }),
        ...(input.visibility && { visibility: input.visibility }),
      }),
    );
    return checklistItemView(item);
  }

  /**
   * Makes a checklist item a card on the patient's task board (labelled `discharge`), linked from
   * the item. Completing the card does not mark the item done (see `DischargeChecklistItem.taskId`).
   */
  async createTaskForChecklistItem(caller: Caller, input: TaskForItemInput) {
    const linked = await this.taskBoards.createTaskFor(
      caller,
      { entity: DischargeChecklistItem, view: checklistItemView, operation: 'createTaskForDischargeChecklistItem' },
      input,
      (item) => ({
        title: `Discharge: ${item.kind.toLowerCase().replaceAll('_', ' ')}`,
        description: item.details.note,
        label: 'discharge',
      }),
    );
    return checklistItemView(linked);
  }

  async addBarrier(caller: Caller, input: AddDischargeBarrierInput) {
    const { item: plan, access } = await this.access.authorizeItem(
      caller,
      { entity: DischargePlan, id: input.planId },
      'patient.update',
      'addDischargeBarrier',
    );
    await this.checkOwner(input.ownerId);
    const barrier = await this.writes.run(access.stamp, async (tx) => this.newBarrier(tx, plan, input, []), {
      clientMutationId: input.clientMutationId,
      replay: (em, id) => em.findOneOrFail(DischargeBarrier, { id }),
    });
    return barrierView(barrier);
  }

  /**
   * A barrier to the patient's discharge from another module (rounds): on the plan of the current
   * stay, which the barrier starts when there is none yet (in the same transaction). The caller has
   * checked the patient may be changed (`access`).
   */
  async addBarrierForPatient(
    access: PatientAccess,
    input: BarrierFields & { clientMutationId?: string | null },
    audience: BarrierAudience,
  ) {
    const { patient } = access;
    if (patient.status !== 'ADMITTED') throw badInput('The patient has no current stay to plan.', 'patientId');
    await this.checkOwner(input.ownerId);
    const stamp = { ...access.stamp, operation: audience.operation };
    const barrier = await this.writes.run(
      stamp,
      async (tx) => {
        let plan = await tx.em.findOne(DischargePlan, { patientId: patient.id, stayAdmittedAt: patient.admittedAt });
        if (!plan) {
          plan = tx.em.create(DischargePlan, { patientId: patient.id, stayAdmittedAt: patient.admittedAt });
          tx.record({ kind: 'CREATED', entity: plan });
        }
        return this.newBarrier(tx, plan, input, audience.alsoOn);
      },
      { clientMutationId: input.clientMutationId, replay: (em, id) => em.findOneOrFail(DischargeBarrier, { id }) },
    );
    return barrierView(barrier);
  }

  /**
   * Edits a barrier (owner, due date, resolving it). With an `audience`, the change is also told on
   * its streams, and `patientId` (when given) must be the barrier's patient.
   */
  async updateBarrier(
    caller: Caller,
    input: UpdateDischargeBarrierInput,
    audience?: BarrierAudience & { patientId: string },
  ) {
    const { item, access } = await this.access.authorizeItem(
      caller,
      { entity: DischargeBarrier, id: input.id },
      'patient.update',
      audience?.operation ?? 'updateDischargeBarrier',
    );
    if (audience && item.patientId !== audience.patientId) {
      throw badInput('That barrier is about another patient.', 'id');
    }
    await this.checkOwner(input.ownerId);
    const barrier = await this.writes.run(access.stamp, async (tx) => {
      const current = await tx.em.findOneOrFail(DischargeBarrier, { id: input.id });
      tx.expectVersion(current, input.expectedVersion);
      const before = barrierView(current);
      tx.em.assign(current, {
        ...(input.description != null && { description: requireText(input.description, 'description') }),
        ...(input.ownerId !== undefined && { ownerId: input.ownerId }),
        ...(input.dueDate !== undefined && { dueDate: input.dueDate }),
        ...(input.status && { status: input.status }),
      });
      const route = await this.barrierRoute(tx, current, audience?.alsoOn ?? []);
      tx.record({ kind: 'UPDATED', entity: current, before, ...route });
      return current;
    });
    return barrierView(barrier);
  }

  private async newBarrier(
    tx: WriteContext,
    plan: DischargePlan,
    input: BarrierFields,
    alsoOn: readonly string[],
  ): Promise<DischargeBarrier> {
    const barrier = tx.em.create(DischargeBarrier, {
      patientId: plan.patientId,
      planId: plan.id,
      description: requireText(input.description, 'description'),
      ownerId: input.ownerId ?? null,
      dueDate: input.dueDate ?? null,
    });
    tx.record({ kind: 'CREATED', entity: barrier, ...(await this.barrierRoute(tx, barrier, alsoOn)) });
    return barrier;
  }

  /** A barrier's patient stream, the streams its writer named, and those other modules show it on now. */
  private async barrierRoute(tx: WriteContext, barrier: DischargeBarrier, alsoOn: readonly string[]) {
    const route = patientItemRoute(barrier);
    const shown = await Promise.all(this.barrierShownOn.map((streamsOf) => streamsOf(tx.em, barrier.patientId)));
    return { ...route, streams: [...new Set([...route.streams, ...alsoOn, ...shown.flat()])] };
  }

  /** An education record, linked (optionally) to an education item of the same patient's discharge checklist. */
  async recordEducation(caller: Caller, input: RecordEducationInput) {
    const access = await this.access.authorize(caller, input.patientId, 'patient.update', 'recordEducation');
    if (input.taughtTo !== 'PATIENT' && !blankToNull(input.learnerName)) {
      throw badInput('Name the family member or caregiver who was taught.', 'learnerName');
    }
    if (input.checklistItemId) {
      const item = await this.load(DischargeChecklistItem, input.checklistItemId);
      if (item.patientId !== input.patientId) {
        throw badInput('That checklist item belongs to another patient.', 'checklistItemId');
      }
      if (item.kind !== 'PATIENT_FAMILY_EDUCATION') {
        throw badInput('Education links to the checklist’s patient and family education item.', 'checklistItemId');
      }
    }
    const record = await this.writes.create(
      access.stamp,
      EducationRecord,
      ({ em }) =>
        em.create(EducationRecord, {
          patientId: input.patientId,
          checklistItemId: input.checklistItemId ?? null,
          topic: requireText(input.topic, 'topic'),
          taughtTo: input.taughtTo,
          learnerName: blankToNull(input.learnerName),
          method: input.method,
          teachBack: input.teachBack,
          followUpNeeded: input.followUpNeeded,
          taughtById: access.viewer.userId,
        }),
      input.clientMutationId,
    );
    return educationView(record);
  }

  private async checkOwner(ownerId: string | null | undefined): Promise<void> {
    if (!ownerId) return;
    const owner = await this.identity.userById(ownerId);
    if (owner?.kind !== 'STAFF' || !owner.active)
      throw badInput('Name an active staff member as the owner.', 'ownerId');
  }

  private async load<T extends DischargeEntity>(entity: EntityClass<T>, id: string): Promise<T> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(entity, { id } as FilterQuery<T>) : null;
    if (!item) throw notFound(entity.name, id);
    return item;
  }
}

const EMPTY_DETAILS: ChecklistDetails = {
  appointmentAt: null,
  provider: null,
  equipment: null,
  vendor: null,
  equipmentStatus: null,
  note: null,
};

/** The details with the input's given fields applied (null clears one, left out keeps it). */
function detailsOf(current: ChecklistDetails, input: ChecklistFields): ChecklistDetails {
  return {
    appointmentAt:
      input.appointmentAt !== undefined ? (input.appointmentAt?.toISOString() ?? null) : current.appointmentAt,
    provider: input.provider !== undefined ? blankToNull(input.provider) : current.provider,
    equipment: input.equipment !== undefined ? blankToNull(input.equipment) : current.equipment,
    vendor: input.vendor !== undefined ? blankToNull(input.vendor) : current.vendor,
    equipmentStatus: input.equipmentStatus !== undefined ? input.equipmentStatus : current.equipmentStatus,
    note: input.note !== undefined ? blankToNull(input.note) : current.note,
  };
}

/** Appointment fields belong to follow-up appointments, equipment fields to durable medical equipment. */
function checkDetails(kind: DischargeChecklistItem['kind'], d: ChecklistDetails): void {
  if (kind !== 'FOLLOW_UP_APPOINTMENT' && (d.appointmentAt || d.provider)) {
    throw badInput('Appointment date and provider are for follow-up appointments.', 'appointmentAt');
  }
  if (kind !== 'DURABLE_MEDICAL_EQUIPMENT' && (d.equipment || d.vendor || d.equipmentStatus)) {
    throw badInput('Equipment, vendor and status are for durable medical equipment.', 'equipment');
  }
}

/** Family see the plan's date and disposition and the follow-up appointments; the rest of the checklist is the team's. */
function checkShared(kind: DischargeChecklistItem['kind'], visibility: string | undefined): void {
  if (visibility === 'FAMILY' && kind !== 'FOLLOW_UP_APPOINTMENT') {
    throw badInput('Only follow-up appointments of the checklist are shared with family.', 'visibility');
  }
}

function checkExpectedDate(patient: Patient, date: string | null): void {
  if (date && date < admissionDay(patient)) {
    throw badInput('The expected discharge date cannot be before the admission.', 'expectedDate');
  }
}
