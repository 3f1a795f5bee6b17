import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput } from '../../platform/errors.js';
import type { WritePath, WriteStamp } from '../../platform/events/write-path.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { Patient } from '../patient/patient.entity.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { Task } from '../task-board/task-board.entity.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { localDate } from '../task-board/task-board.time.js';
import type { UnitService } from '../unit/unit.service.js';
import {
  type AdvisorReferral,
  type AvoidableDay,
  type UtilizationReview as Review,
  UtilizationReview,
  utilizationReviewView,
} from './utilization-review.entity.js';
import type {
  AdvisorReferralInput,
  AvoidableDayInput,
  RecordUtilizationReviewInput,
  UpdateUtilizationReviewInput,
} from './utilization-review.types.js';

/** The hour of the unit's clock a next-review card falls due on its day. */
export const REVIEW_CARD_HOUR = '09:00';

type CardBuilder = (em: EntityManager) => Promise<Task>;

/**
 * Utilization reviews of a patient's stay: the criteria set by name and its result, level of care,
 * reviewer notes, a physician-advisor referral and avoidable days with reason codes. A next review
 * date puts a card on the patient's task board in the review's own write (both or neither). Team
 * only: never shared with family.
 */
export class UtilizationReviewService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
    private readonly taskBoards: TaskBoardService,
    private readonly units: UnitService,
  ) {}

  /** The patient's reviews, newest review date first. */
  async reviewsOf(caller: Caller, patientId: string) {
    await this.access.assertMayRead(caller, patientId, 'utilizationReviews');
    const rows = await this.orm.em
      .fork()
      .find(UtilizationReview, { patientId }, { orderBy: { reviewDate: 'desc', createdAt: 'desc', id: 'asc' } });
    return rows.map(utilizationReviewView);
  }

  /** The latest review of each patient's current stay (the one whose next review date counts). */
  async latestOfStays(patients: readonly { id: string; admittedAt: string }[]) {
    if (patients.length === 0) return [];
    const rows = await this.orm.em
      .fork()
      .find(
        UtilizationReview,
        { patientId: { $in: patients.map((p) => p.id) } },
        { orderBy: { reviewDate: 'desc', createdAt: 'desc' } },
      );
    const latest = new Map<string, Review>();
    for (const p of patients) {
      const row = rows.find((r) => r.patientId === p.id && r.stayAdmittedAt.toISOString() === p.admittedAt);
      if (row) latest.set(p.id, row);
    }
    return [...latest.values()].map(utilizationReviewView);
  }

  async record(caller: Caller, input: RecordUtilizationReviewInput) {
    const access = await this.access.authorize(caller, input.patientId, 'patient.update', 'recordUtilizationReview');
    const { patient } = access;
    const today = this.today(patient.unitId);
    const reviewDate = input.reviewDate ?? today;
    checkWithinStay(patient, reviewDate, today, 'reviewDate');
    if (input.reviewType !== 'RETROSPECTIVE' && patient.status !== 'ADMITTED') {
      throw badInput(
        'Admission and continued-stay reviews are for a current stay; use a retrospective review.',
        'reviewType',
      );
    }
    const criteriaSet = requireText(input.criteriaSet, 'criteriaSet');
    const nextReviewDate = checkNextReview(input.nextReviewDate ?? null, reviewDate);
    const avoidableDays = avoidableDaysOf(input.avoidableDays ?? [], patient, today);
    const advisorReferral = input.advisorReferral ? referralOf(input.advisorReferral, null) : null;
    const card = nextReviewDate
      ? await this.reviewCard(
          caller,
          patient.id,
          input.reviewType,
          criteriaSet,
          nextReviewDate,
          'recordUtilizationReview',
        )
      : null;
    // The review is recorded first: its event carries the clientMutationId a retry is answered by.
    const stamp = card?.stamp ?? access.stamp;
    const review = await this.writes.run(
      stamp,
      async (tx) => {
        const { em, record } = tx;
        const created = em.create(UtilizationReview, {
          patientId: patient.id,
          unitId: patient.unitId,
          stayAdmittedAt: patient.admittedAt,
          reviewType: input.reviewType,
          reviewDate,
          criteriaSet,
          levelOfCare: input.levelOfCare,
          criteriaMet: input.criteriaMet,
          notes: blankToNull(input.notes),
          nextReviewDate,
          advisorReferral,
          avoidableDays,
          reviewerId: access.viewer.userId,
        });
        record({ kind: 'CREATED', entity: created });
        // This review is the one the stay's earlier reviews asked for: their next-review cards are done.
        if (input.reviewType !== 'RETROSPECTIVE') {
          const earlier = await em.find(UtilizationReview, {
            patientId: patient.id,
            stayAdmittedAt: patient.admittedAt,
            nextReviewTaskId: { $ne: null },
            id: { $ne: created.id },
          });
          for (const review of earlier) {
            if (review.nextReviewTaskId) await this.taskBoards.completeWithin(tx, review.nextReviewTaskId, stamp);
          }
        }
        const task = card && (await card.build(em));
        if (task) {
          record({ kind: 'CREATED', entity: task });
          created.nextReviewTaskId = task.id;
        }
        return created;
      },
      {
        clientMutationId: input.clientMutationId,
        replay: (em, id) => em.findOneOrFail(UtilizationReview, { id }),
      },
    );
    return utilizationReviewView(review);
  }

  async update(caller: Caller, input: UpdateUtilizationReviewInput) {
    const { item, access } = await this.access.authorizeItem(
      caller,
      { entity: UtilizationReview, id: input.id },
      'patient.update',
      'updateUtilizationReview',
    );
    const { patient } = access;
    const today = this.today(patient.unitId);
    const nextReviewDate =
      input.nextReviewDate === undefined ? undefined : checkNextReview(input.nextReviewDate, item.reviewDate);
    const avoidableDays = input.avoidableDays && avoidableDaysOf(input.avoidableDays, patient, today);
    const advisorReferral =
      input.advisorReferral === undefined
        ? undefined
        : input.advisorReferral && referralOf(input.advisorReferral, item.advisorReferral);
    const card =
      nextReviewDate && nextReviewDate !== item.nextReviewDate
        ? await this.reviewCard(
            caller,
            patient.id,
            item.reviewType,
            item.criteriaSet,
            nextReviewDate,
            'updateUtilizationReview',
          )
        : null;
    const stamp = card?.stamp ?? access.stamp;
    const review = await this.writes.update(
      stamp,
      { entity: UtilizationReview, id: input.id, expectedVersion: input.expectedVersion },
      async (current, tx) => {
        // A rescheduled (or cancelled) next review settles the old date's card in the same write,
        // so the board never shows a review due on a date the team has moved away from.
        const rescheduled = nextReviewDate !== undefined && nextReviewDate !== current.nextReviewDate;
        if (rescheduled && current.nextReviewTaskId) {
          await this.taskBoards.completeWithin(tx, current.nextReviewTaskId, stamp);
        }
        const task = card && (await card.build(tx.em));
        if (task) tx.record({ kind: 'CREATED', entity: task });
        return {
          unitId: patient.unitId,
          ...(input.levelOfCare && { levelOfCare: input.levelOfCare }),
          ...(input.criteriaMet != null && { criteriaMet: input.criteriaMet }),
          ...(input.notes !== undefined && { notes: blankToNull(input.notes) }),
          ...(nextReviewDate !== undefined && { nextReviewDate }),
          ...(rescheduled && { nextReviewTaskId: task?.id ?? null }),
          ...(advisorReferral !== undefined && { advisorReferral }),
          ...(avoidableDays && { avoidableDays }),
        };
      },
    );
    return utilizationReviewView(review);
  }

  /** The next-review card, checked now and built inside the review's write. */
  private async reviewCard(
    caller: Caller,
    patientId: string,
    reviewType: Review['reviewType'],
    criteriaSet: string,
    date: string,
    operation: string,
  ): Promise<{ stamp: WriteStamp; build: CardBuilder }> {
    const kind = reviewType === 'ADMISSION' ? 'continued-stay' : 'next';
    return this.taskBoards.prepareTask(
      caller,
      {
        patientId,
        title: `Utilization review: ${kind} review due`,
        description: `Review against ${criteriaSet}; record the result in the patient's utilization review.`,
        discipline: 'CM',
        dueAt: `${date}T${REVIEW_CARD_HOUR}`,
        priority: 'HIGH',
        labels: ['utilization-review'],
      },
      operation,
    );
  }

  private today(unitId: string): string {
    return localDate(new Date(), this.units.timeZoneOf(unitId));
  }
}

const admissionDay = (patient: Pick<Patient, 'admittedAt'>) => patient.admittedAt.toISOString().slice(0, 10);

function checkWithinStay(patient: Patient, date: string, today: string, field: string): void {
  if (date < admissionDay(patient)) throw badInput(`${field} cannot be before the admission.`, field);
  if (date > today) throw badInput(`${field} cannot be in the future.`, field);
}

function checkNextReview(date: string | null, reviewDate: string): string | null {
  if (date && date <= reviewDate) throw badInput('The next review must come after the review date.', 'nextReviewDate');
  return date;
}

/** One avoidable day per date, within the stay and not in the future, in date order. */
function avoidableDaysOf(days: readonly AvoidableDayInput[], patient: Patient, today: string): AvoidableDay[] {
  const seen = new Set<string>();
  for (const d of days) {
    checkWithinStay(patient, d.date, today, 'avoidableDays');
    if (seen.has(d.date)) throw badInput(`${d.date} is listed twice as an avoidable day.`, 'avoidableDays');
    seen.add(d.date);
  }
  return days
    .map((d) => ({ date: d.date, reason: d.reason, note: blankToNull(d.note) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** A referral keeps the date it was first made; its outcome starts PENDING. */
function referralOf(input: AdvisorReferralInput, current: AdvisorReferral | null): AdvisorReferral {
  return {
    referredAt: current?.referredAt ?? new Date().toISOString(),
    reason: requireText(input.reason, 'advisorReferral.reason'),
    outcome: input.outcome ?? 'PENDING',
    advisorName: blankToNull(input.advisorName),
  };
}
