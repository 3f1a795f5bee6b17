import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, invalidTransition, notFound } from '../../platform/errors.js';
import type { WritePath, WriteStamp } from '../../platform/events/write-path.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { Coverage } from '../patient/patient.entity.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { Task } from '../task-board/task-board.entity.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { localDate } from '../task-board/task-board.time.js';
import type { UnitService } from '../unit/unit.service.js';
import {
  AUTHORIZATION_TRANSITIONS,
  Authorization,
  type AuthorizationStatus,
  type AuthorizationStep,
  authorizationView,
} from './authorization.entity.js';
import type {
  ChangeAuthorizationStatusInput,
  CreateAuthorizationInput,
  ScheduleAuthorizationPeerToPeerInput,
  UpdateAuthorizationInput,
} from './authorization.types.js';

/** The hour of the unit's clock an appeal-deadline card falls due on the deadline's day. */
export const APPEAL_CARD_HOUR = '09:00';

const DECISIONS: ReadonlySet<AuthorizationStatus> = new Set(['APPROVED', 'PARTIALLY_APPROVED', 'DENIED']);
/** Where a peer-to-peer call still makes sense: the payer has not settled the request for good. */
const PEER_TO_PEER_STATUSES: ReadonlySet<AuthorizationStatus> = new Set([
  'SUBMITTED',
  'PENDING',
  'PARTIALLY_APPROVED',
  'DENIED',
  'APPEALED',
]);

/** Where an authorization may go from `status`. */
export const nextStatusesOf = (status: AuthorizationStatus) => AUTHORIZATION_TRANSITIONS[status];

/** The patient's coverage an authorization names: by payer (case and spacing aside) and, when given, member id. */
export function coverageNamed(
  coverages: readonly Coverage[],
  payer: string,
  memberId: string | null | undefined,
): Coverage | null {
  const norm = (v: string) => v.trim().replace(/\s+/g, ' ').toLowerCase();
  const matches = coverages.filter(
    (c) => norm(c.payer) === norm(payer) && (!memberId || (c.memberId ?? '').trim() === memberId.trim()),
  );
  return matches.find((c) => c.primary) ?? matches[0] ?? null;
}

/**
 * Payer authorizations: a request against one of the patient's coverages, moved along its status
 * machine (a step it does not allow is INVALID_STATUS_TRANSITION and nothing changes) with a dated
 * history. A denial's appeal deadline puts a card on the patient's board in the same write; filing
 * the appeal completes that card. Team only: never shared with family.
 */
export class AuthorizationService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
    private readonly taskBoards: TaskBoardService,
    private readonly units: UnitService,
    private readonly identity: IdentityService,
  ) {}

  /** The patient's authorizations, newest first. */
  async authorizationsOf(caller: Caller, patientId: string) {
    await this.access.assertMayRead(caller, patientId, 'authorizations');
    const rows = await this.orm.em
      .fork()
      .find(Authorization, { patientId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    return rows.map(authorizationView);
  }

  /** The open authorizations of these patients (not approved or settled), for the payer worklist. */
  async openOf(patientIds: readonly string[]) {
    if (patientIds.length === 0) return [];
    const rows = await this.orm.em.fork().find(
      Authorization,
      {
        patientId: { $in: [...patientIds] },
        status: { $in: ['SUBMITTED', 'PENDING', 'PARTIALLY_APPROVED', 'DENIED', 'APPEALED'] },
      },
      { orderBy: { createdAt: 'asc' } },
    );
    return rows.map(authorizationView);
  }

  async create(caller: Caller, input: CreateAuthorizationInput) {
    const access = await this.access.authorize(caller, input.patientId, 'patient.update', 'createAuthorization');
    const { patient } = access;
    const coverage = coverageNamed(patient.coverages, input.payer, input.memberId);
    if (!coverage) throw badInput('That payer is not one of this patient’s coverages.', 'payer');
    checkRange(input.requestedFrom, input.requestedTo, 'requestedTo');
    const now = new Date();
    const created = await this.writes.create(
      access.stamp,
      Authorization,
      ({ em }) =>
        em.create(Authorization, {
          patientId: patient.id,
          unitId: patient.unitId,
          payer: coverage.payer,
          memberId: coverage.memberId,
          coverageType: coverage.type,
          service: input.service,
          serviceDetail: blankToNull(input.serviceDetail),
          unitOfService: input.unitOfService,
          requestedUnits: input.requestedUnits,
          requestedFrom: input.requestedFrom,
          requestedTo: input.requestedTo,
          payerReference: blankToNull(input.payerReference),
          createdById: access.viewer.userId,
          history: [step('DRAFT', now, access.viewer.userId, null)],
        }),
      input.clientMutationId,
    );
    return authorizationView(created);
  }

  async update(caller: Caller, input: UpdateAuthorizationInput) {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: Authorization, id: input.id },
      'patient.update',
      'updateAuthorization',
    );
    const changesRequest = input.requestedUnits != null || input.requestedFrom != null || input.requestedTo != null;
    const updated = await this.writes.update(
      access.stamp,
      { entity: Authorization, id: input.id, expectedVersion: input.expectedVersion },
      (current) => {
        if (changesRequest && current.decidedAt) {
          throw badInput('The request cannot change once the payer has decided on it.', 'requestedUnits');
        }
        checkRange(
          input.requestedFrom ?? current.requestedFrom,
          input.requestedTo ?? current.requestedTo,
          'requestedTo',
        );
        return {
          unitId: access.patient.unitId,
          ...(input.serviceDetail !== undefined && { serviceDetail: blankToNull(input.serviceDetail) }),
          ...(input.requestedUnits != null && { requestedUnits: input.requestedUnits }),
          ...(input.requestedFrom != null && { requestedFrom: input.requestedFrom }),
          ...(input.requestedTo != null && { requestedTo: input.requestedTo }),
          ...(input.payerReference !== undefined && { payerReference: blankToNull(input.payerReference) }),
        };
      },
    );
    return authorizationView(updated);
  }

  /**
   * One step of the status machine, with its checks: a decision's approved units and dates, a
   * denial's reason and appeal deadline (and its card), the appeal completing that card.
   */
  async changeStatus(caller: Caller, input: ChangeAuthorizationStatusInput) {
    const { item, access } = await this.access.authorizeItem(
      caller,
      { entity: Authorization, id: input.id },
      'patient.update',
      'changeAuthorizationStatus',
    );
    const to = input.status;
    checkTransition(item.status, to);
    const today = localDate(new Date(), this.units.timeZoneOf(access.patient.unitId));
    const decision = decisionOf(item, input, today);
    const card =
      decision.appealDeadline && decision.appealDeadline !== item.appealDeadline
        ? await this.appealCard(caller, item, decision.appealDeadline, decision.denialReason ?? null)
        : null;
    const now = new Date();
    const updated = await this.writes.update(
      card?.stamp ?? access.stamp,
      { entity: Authorization, id: input.id, expectedVersion: input.expectedVersion },
      async (current, tx) => {
        // Checked again on the row being written: a concurrent step may have moved it on.
        checkTransition(current.status, to);
        const task = card && (await card.build(tx.em));
        if (task) tx.record({ kind: 'CREATED', entity: task });
        if (to === 'APPEALED' && current.appealTaskId) {
          await this.taskBoards.completeWithin(tx, current.appealTaskId, access.stamp);
        }
        return {
          unitId: access.patient.unitId,
          status: to,
          ...decision,
          ...(task && { appealTaskId: task.id }),
          ...(to === 'SUBMITTED' && { submittedAt: now }),
          ...(DECISIONS.has(to) && !current.decidedAt && { decidedAt: now }),
          ...(input.payerReference !== undefined && { payerReference: blankToNull(input.payerReference) }),
          history: [...current.history, step(to, now, access.viewer.userId, blankToNull(input.note))],
        };
      },
    );
    return authorizationView(updated);
  }

  async schedulePeerToPeer(caller: Caller, input: ScheduleAuthorizationPeerToPeerInput) {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: Authorization, id: input.id },
      'patient.update',
      'scheduleAuthorizationPeerToPeer',
    );
    if (input.physicianId) {
      const physician = await this.identity.userById(input.physicianId);
      if (physician?.kind !== 'STAFF') throw notFound('User', input.physicianId);
    }
    const scheduledAt = input.scheduledAt;
    if (Number.isNaN(scheduledAt.getTime())) throw badInput('scheduledAt is not a valid time.', 'scheduledAt');
    if (scheduledAt.getTime() < Date.now() - 24 * 3600_000) {
      throw badInput(
        'A peer-to-peer is scheduled from now on (record one held earlier in the step note).',
        'scheduledAt',
      );
    }
    const updated = await this.writes.update(
      access.stamp,
      { entity: Authorization, id: input.id, expectedVersion: input.expectedVersion },
      (current) => {
        if (!PEER_TO_PEER_STATUSES.has(current.status)) {
          throw badInput(
            `A peer-to-peer is for a request the payer has not settled (this one is ${current.status}).`,
            'id',
          );
        }
        return {
          unitId: access.patient.unitId,
          peerToPeer: {
            scheduledAt: scheduledAt.toISOString(),
            physicianId: input.physicianId ?? null,
            payerContact: blankToNull(input.payerContact),
            note: blankToNull(input.note),
          },
        };
      },
    );
    return authorizationView(updated);
  }

  /** The appeal-deadline card, checked now and built inside the status change's write. */
  private appealCard(
    caller: Caller,
    item: Authorization,
    deadline: string,
    reason: string | null,
  ): Promise<{ stamp: WriteStamp; build: (em: EntityManager) => Promise<Task> }> {
    return this.taskBoards.prepareTask(
      caller,
      {
        patientId: item.patientId,
        title: `Appeal deadline: ${item.payer} ${serviceName(item.service)}`,
        description: [reason && `Denied: ${reason}`, item.payerReference && `Payer reference ${item.payerReference}`]
          .filter(Boolean)
          .join('\n'),
        discipline: 'CM',
        dueAt: `${deadline}T${APPEAL_CARD_HOUR}`,
        priority: 'HIGH',
        labels: ['appeal'],
      },
      'changeAuthorizationStatus',
    );
  }
}

const serviceName = (service: Authorization['service']) => service.toLowerCase().replaceAll('_', ' ');

const step = (status: AuthorizationStatus, at: Date, byId: string, note: string | null): AuthorizationStep => ({
  status,
  at: at.toISOString(),
  byId,
  note,
});

function checkTransition(from: AuthorizationStatus, to: AuthorizationStatus): void {
  const allowed = AUTHORIZATION_TRANSITIONS[from];
  if (!allowed.includes(to)) throw invalidTransition('An authorization', from, to, allowed);
}

function checkRange(from: string, to: string, field: string): void {
  if (to < from) throw badInput('The end date cannot be before the start date.', field);
}

/** The fields a step sets, checked against the item: approval figures, denial reason and appeal deadline. */
function decisionOf(
  item: Authorization,
  input: ChangeAuthorizationStatusInput,
  today: string,
): Partial<Pick<Authorization, 'approvedUnits' | 'approvedFrom' | 'approvedTo' | 'denialReason' | 'appealDeadline'>> {
  const to = input.status;
  const approves = to === 'APPROVED' || to === 'PARTIALLY_APPROVED' || to === 'APPEAL_WON';
  const gives = (f: keyof ChangeAuthorizationStatusInput) => input[f] != null;
  if (!approves && (gives('approvedUnits') || gives('approvedFrom') || gives('approvedTo'))) {
    throw badInput('Approved units and dates go with an approval.', 'approvedUnits');
  }
  const denies = to === 'DENIED';
  if (!denies && gives('denialReason')) throw badInput('A denial reason goes with a denial.', 'denialReason');
  if (!denies && to !== 'PARTIALLY_APPROVED' && gives('appealDeadline')) {
    throw badInput('An appeal deadline goes with a denial or a partial approval.', 'appealDeadline');
  }
  if (input.appealDeadline && input.appealDeadline < today) {
    throw badInput('The appeal deadline has already passed.', 'appealDeadline');
  }
  if (denies) {
    if (!input.denialReason?.trim()) throw badInput('Give the payer’s reason for the denial.', 'denialReason');
    if (!input.appealDeadline) throw badInput('Give the appeal deadline the payer set.', 'appealDeadline');
    return {
      denialReason: requireText(input.denialReason, 'denialReason'),
      appealDeadline: input.appealDeadline,
      approvedUnits: 0,
      approvedFrom: null,
      approvedTo: null,
    };
  }
  if (!approves) return {};
  const units = input.approvedUnits ?? (to === 'PARTIALLY_APPROVED' ? null : item.requestedUnits);
  if (units == null) throw badInput('A partial approval says how many units were approved.', 'approvedUnits');
  if (units > item.requestedUnits) throw badInput('More units than requested cannot be approved.', 'approvedUnits');
  if (to === 'PARTIALLY_APPROVED' && units >= item.requestedUnits) {
    throw badInput('A partial approval approves fewer units than requested.', 'approvedUnits');
  }
  const approvedFrom = input.approvedFrom ?? item.requestedFrom;
  const approvedTo = input.approvedTo ?? item.requestedTo;
  checkRange(approvedFrom, approvedTo, 'approvedTo');
  return {
    approvedUnits: units,
    approvedFrom,
    approvedTo,
    ...(to === 'PARTIALLY_APPROVED' && { appealDeadline: input.appealDeadline ?? null }),
    ...(to === 'APPEAL_WON' && { denialReason: item.denialReason }),
  };
}
