import { type MikroORM, raw } from '@mikro-orm/core';
// Both drivers are SQL drivers: their entity manager builds aggregate (group by) queries.
import type { SqlEntityManager as EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../platform/auth/caller.js';
import type { Bus } from '../../platform/bus/bus.js';
import { badInput } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import { Authorization } from '../authorization/authorization.entity.js';
import { CarePlan, Goal } from '../care-plan/care-plan.entity.js';
import { CareTeamMember } from '../care-team/care-team.entity.js';
import type { IdentityService } from '../identity/identity.service.js';
import { Encounter, Patient, patientView } from '../patient/patient.entity.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { CLOSED_STATUSES } from '../referrals/referral-rules.js';
import { Referral } from '../referrals/referrals.entity.js';
import type { RiskService } from '../risk/risk.service.js';
import { readmissionRisk } from '../risk/risk.service.js';
import { Task, TaskBoard } from '../task-board/task-board.entity.js';
import { UtilizationReview } from '../utilization-review/utilization-review.entity.js';
import {
  DAY_MS,
  MAX_RANGE_DAYS,
  mean,
  OUTCOME_FIGURES,
  type OutcomeFigure,
  ratio,
  readmissionsOf,
  type Stay,
} from './outcomes.figures.js';
import { OutcomesLive } from './outcomes.live.js';

export interface OutcomesRange {
  unitId: string;
  from: Date;
  to: Date;
}

export interface CountRow {
  key: string;
  label: string;
  value: number;
}

/** The dashboard's figures; a figure left out was not asked for (a live update carries only what changed). */
export interface OutcomesView {
  unitId: string;
  from: string;
  to: string;
  computedAt: string;
  figures: OutcomeFigure[];
  caseload?: CountRow[];
  laceBands?: CountRow[];
  goals?: CountRow[];
  lengthOfStay?: {
    discharged: number;
    averageDays: number | null;
    averageExpectedDays: number | null;
    overExpected: number;
  };
  avoidableDays?: CountRow[];
  authorizations?: {
    decided: number;
    denied: number;
    denialRate: number | null;
    averageTurnaroundHours: number | null;
  };
  referrals?: { sent: number; closed: number; closureRate: number | null };
  overdueTasks?: CountRow[];
  readmissions?: { discharged: number; readmitted: number; rate: number | null };
}

/** The statuses of an authorization the payer has decided on (the first decision and what follows it). */
const DECIDED = ['APPROVED', 'PARTIALLY_APPROVED', 'DENIED', 'APPEALED', 'APPEAL_WON', 'APPEAL_LOST'];
const LACE_BANDS = ['LOW', 'MODERATE', 'HIGH'] as const;

/**
 * The outcomes of a unit over a date range, for staff of the unit. Each figure is one aggregate
 * read over the unit's stays in the range (patients on the unit at some moment of [from, to)), so a
 * live update recomputes only the figures a change can move. Reading the dashboard is on the
 * audit trail: one READ row per patient whose data the figures summarise.
 */
export class OutcomesService {
  private readonly live: OutcomesLive;

  constructor(
    private readonly orm: MikroORM,
    bus: Bus,
    private readonly policy: Policy,
    private readonly access: PatientAccessService,
    private readonly identity: IdentityService,
    private readonly risk: RiskService,
  ) {
    this.live = new OutcomesLive(bus, (unitId) => this.recentPatientsOf(unitId));
  }

  /**
   * The dashboard, live: every figure first, then — each time changes on the unit settle — only the
   * figures those changes can move, recomputed for this range. Each answer is a read (checked and
   * audited like the query); the feed ends when the session ends or the caller leaves the unit.
   */
  async follow(caller: Caller, range: OutcomesRange): Promise<AsyncIterableIterator<OutcomesView>> {
    const viewer = await this.authorize(caller, range);
    let pending = new Set<OutcomeFigure>(OUTCOME_FIGURES);
    let closed = false;
    let wake: (() => void) | null = null;
    const stop = await this.live.watch(range.unitId, (figures) => {
      for (const figure of figures) pending.add(figure);
      wake?.();
    });
    const end = () => {
      closed = true;
      stop();
      wake?.();
      return Promise.resolve({ done: true as const, value: undefined });
    };
    const iterator: AsyncIterableIterator<OutcomesView> = {
      next: async () => {
        while (!closed && pending.size === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (closed) return { done: true, value: undefined };
        const stillAllowed =
          (await this.identity.sessionIsLive(viewer.sessionId)) &&
          (await this.policy.can(viewer, 'unit.read', { type: 'unit', unitId: range.unitId }));
        if (!stillAllowed) return end();
        const figures = OUTCOME_FIGURES.filter((f) => pending.has(f));
        pending = new Set();
        return { done: false, value: await this.outcomes(caller, range, figures) };
      },
      return: end,
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** Patients on the unit now or within the longest range the dashboard shows (whose changes can move a figure). */
  private async recentPatientsOf(unitId: string): Promise<string[]> {
    const since = new Date(Date.now() - MAX_RANGE_DAYS * DAY_MS);
    const rows = await this.orm.em
      .fork()
      .find(Patient, { unitId, $or: [{ dischargedAt: null }, { dischargedAt: { $gte: since } }] }, { fields: ['id'] });
    return rows.map((r) => r.id);
  }

  /** Checks the caller may see the unit and the range is sound; returns the viewer. */
  async authorize(caller: Caller, range: OutcomesRange) {
    if (!isUuid(range.unitId)) throw badInput('unitId must be a unit id.', 'unitId');
    const viewer = await this.policy.assert(caller.viewer, 'unit.read', { type: 'unit', unitId: range.unitId });
    if (!(range.from.getTime() < range.to.getTime())) throw badInput('The range must end after it starts.', 'to');
    if (range.to.getTime() - range.from.getTime() > MAX_RANGE_DAYS * DAY_MS) {
      throw badInput(`The range can span at most ${MAX_RANGE_DAYS} days.`, 'from');
    }
    return viewer;
  }

  /** The figures asked for (all by default), computed now, the read audited. */
  async outcomes(
    caller: Caller,
    range: OutcomesRange,
    figures: readonly OutcomeFigure[] = OUTCOME_FIGURES,
    now = new Date(),
  ): Promise<OutcomesView> {
    const viewer = await this.authorize(caller, range);
    const em = this.orm.em.fork() as unknown as EntityManager;
    const patients = await this.patientsInRange(em, range);
    const ids = patients.map((p) => p.id);
    const view: OutcomesView = {
      unitId: range.unitId,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      computedAt: now.toISOString(),
      figures: [...figures],
    };
    for (const figure of figures) {
      switch (figure) {
        case 'CASELOAD':
          view.caseload = await this.caseload(em, ids);
          break;
        case 'LACE_BANDS':
          view.laceBands = await this.laceBands(patients, now);
          break;
        case 'GOALS':
          view.goals = await this.goals(em, ids);
          break;
        case 'LENGTH_OF_STAY':
          view.lengthOfStay = lengthOfStay(patients, range);
          break;
        case 'AVOIDABLE_DAYS':
          view.avoidableDays = await this.avoidableDays(em, range);
          break;
        case 'AUTHORIZATIONS':
          view.authorizations = await this.authorizations(em, range);
          break;
        case 'REFERRALS':
          view.referrals = await this.referrals(em, ids, range);
          break;
        case 'OVERDUE_TASKS':
          view.overdueTasks = await this.overdueTasks(em, range.unitId, ids, now);
          break;
        case 'READMISSIONS':
          view.readmissions = await this.readmissions(em, range);
          break;
      }
    }
    await this.access.recordListRead(caller, viewer, patients, 'outcomes');
    return view;
  }

  /** Patients on the unit at some moment of the range (admitted before its end, not discharged before its start). */
  private patientsInRange(em: EntityManager, { unitId, from, to }: OutcomesRange) {
    return em.find(
      Patient,
      { unitId, admittedAt: { $lt: to }, $or: [{ dischargedAt: null }, { dischargedAt: { $gte: from } }] },
      { orderBy: { id: 'asc' } },
    );
  }

  /** Patients per lead case manager (the current lead of each patient's team). */
  private async caseload(em: EntityManager, patientIds: string[]): Promise<CountRow[]> {
    if (patientIds.length === 0) return [];
    const rows: { user_id: string; patients: string | number }[] = await em
      .createQueryBuilder(CareTeamMember, 'm')
      .select(['m.user_id', raw('count(*) as patients')])
      .where({ role: 'LEAD_CASE_MANAGER', endedAt: null, patientId: { $in: patientIds } })
      .groupBy('m.user_id')
      .execute('all', false);
    const users = await this.identity.usersByIds(rows.map((r) => r.user_id));
    return rows
      .map((r, i) => ({ key: r.user_id, label: users[i]?.name ?? 'Unknown', value: Number(r.patients) }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  }

  /** Patients by LACE band of their stay; a score with an input missing is INCOMPLETE (never guessed). */
  private async laceBands(patients: Patient[], now: Date): Promise<CountRow[]> {
    const histories = await this.risk.historiesOf(patients.map((p) => p.id));
    const counts = new Map<string, number>([...LACE_BANDS, 'INCOMPLETE'].map((b) => [b, 0]));
    patients.forEach((p, i) => {
      const level = readmissionRisk(patientView(p), histories[i] ?? null, p.dischargedAt ?? now).level ?? 'INCOMPLETE';
      counts.set(level, (counts.get(level) ?? 0) + 1);
    });
    return [...counts].map(([key, value]) => ({ key, label: labelOf(key), value }));
  }

  /** Goals of the patients' care plans: achieved, not achieved, and still open (cancelled ones left out). */
  private async goals(em: EntityManager, patientIds: string[]): Promise<CountRow[]> {
    const out = { ACHIEVED: 0, NOT_ACHIEVED: 0, OPEN: 0 };
    if (patientIds.length) {
      const plans = await em.find(CarePlan, { patientId: { $in: patientIds } }, { fields: ['id'] });
      const rows: { status: string; goals: string | number }[] = plans.length
        ? await em
            .createQueryBuilder(Goal, 'g')
            .select(['g.status', raw('count(*) as goals')])
            .where({ carePlanId: { $in: plans.map((p) => p.id) }, status: { $ne: 'CANCELLED' } })
            .groupBy('g.status')
            .execute('all', false)
        : [];
      for (const r of rows) {
        const key = r.status === 'ACHIEVED' || r.status === 'NOT_ACHIEVED' ? r.status : 'OPEN';
        out[key] += Number(r.goals);
      }
    }
    return Object.entries(out).map(([key, value]) => ({ key, label: labelOf(key), value }));
  }

  /** Avoidable days recorded by utilization reviews dated in the range, by reason. */
  private async avoidableDays(em: EntityManager, { unitId, from, to }: OutcomesRange): Promise<CountRow[]> {
    const reviews = await em.find(
      UtilizationReview,
      { unitId, reviewDate: { $gte: isoDay(from), $lt: isoDay(to) } },
      { fields: ['avoidableDays'] },
    );
    const counts = new Map<string, number>();
    for (const day of reviews.flatMap((r) => r.avoidableDays))
      counts.set(day.reason, (counts.get(day.reason) ?? 0) + 1);
    return [...counts]
      .map(([key, value]) => ({ key, label: labelOf(key), value }))
      .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  }

  /** Payer decisions made in the range: how many were denials, and the mean hours from submission to decision. */
  private async authorizations(em: EntityManager, { unitId, from, to }: OutcomesRange) {
    const decided = await em.find(
      Authorization,
      { unitId, status: { $in: DECIDED as never[] }, decidedAt: { $gte: from, $lt: to } },
      { fields: ['status', 'submittedAt', 'decidedAt', 'history'] },
    );
    // A denial is a DENIED step in the history, not the status: an appealed partial approval is no denial.
    const denied = decided.filter((a) => a.history.some((s) => s.status === 'DENIED')).length;
    const hours = decided
      .filter((a) => a.submittedAt && a.decidedAt)
      .map((a) => ((a.decidedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0)) / 3_600_000);
    return {
      decided: decided.length,
      denied,
      denialRate: ratio(denied, decided.length),
      averageTurnaroundHours: mean(hours),
    };
  }

  /** Referrals sent in the range, and how many of them closed the loop (completed or declined by the agency). */
  private async referrals(em: EntityManager, patientIds: string[], { from, to }: OutcomesRange) {
    if (patientIds.length === 0) return { sent: 0, closed: 0, closureRate: null };
    const where = { patientId: { $in: patientIds }, sentAt: { $gte: from, $lt: to } };
    const [sent, closed] = await Promise.all([
      em.count(Referral, where),
      em.count(Referral, { ...where, status: { $in: [...CLOSED_STATUSES] } }),
    ]);
    return { sent, closed, closureRate: ratio(closed, sent) };
  }

  /** Open cards past due now, by discipline: on the unit's board and the boards of its patients. */
  private async overdueTasks(em: EntityManager, unitId: string, patientIds: string[], now: Date): Promise<CountRow[]> {
    const boards = await em.find(
      TaskBoard,
      { $or: [{ unitId, kind: 'UNIT' }, ...(patientIds.length ? [{ patientId: { $in: patientIds } }] : [])] },
      { fields: ['id'] },
    );
    if (boards.length === 0) return [];
    const rows: { discipline: string | null; tasks: string | number }[] = await em
      .createQueryBuilder(Task, 't')
      .select(['t.discipline', raw('count(*) as tasks')])
      .where({ boardId: { $in: boards.map((b) => b.id) }, dueAt: { $lt: now }, completedAt: null, archivedAt: null })
      .groupBy('t.discipline')
      .execute('all', false);
    return rows
      .map((r) => ({ key: r.discipline ?? 'NONE', label: r.discipline ?? 'No discipline', value: Number(r.tasks) }))
      .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  }

  /** Stays on the unit discharged in the range, and those followed by an admission within 30 days. */
  private async readmissions(em: EntityManager, { unitId, from, to }: OutcomesRange) {
    const inRange = { $gte: from, $lt: to };
    const [pastStays, currentStays] = await Promise.all([
      em.find(Encounter, { unitId, dischargedAt: inRange }),
      em.find(Patient, { unitId, dischargedAt: inRange }),
    ]);
    const discharged: Stay[] = [...pastStays, ...currentStays].map(stayOf);
    const patientIds = [...new Set(discharged.map((s) => s.patientId))];
    if (patientIds.length === 0) return readmissionsOf([], []);
    const [encounters, patients] = await Promise.all([
      em.find(Encounter, { patientId: { $in: patientIds } }),
      em.find(Patient, { id: { $in: patientIds } }),
    ]);
    return readmissionsOf(discharged, [
      ...encounters.map(stayOf),
      ...patients.map((p) => ({ ...stayOf(p), patientId: p.id })),
    ]);
  }
}

/** Stays discharged in the range with an expected date: mean actual and expected days, and how many ran over. */
function lengthOfStay(patients: Patient[], { from, to }: OutcomesRange) {
  const stays = patients.filter(
    (p) => p.dischargedAt && p.dischargedAt >= from && p.dischargedAt < to && p.expectedDischargeDate,
  );
  const actual = stays.map((p) => ((p.dischargedAt?.getTime() ?? 0) - p.admittedAt.getTime()) / DAY_MS);
  const expected = stays.map(
    (p) => (Date.parse(`${p.expectedDischargeDate}T00:00:00Z`) - startOfDay(p.admittedAt)) / DAY_MS,
  );
  return {
    discharged: stays.length,
    averageDays: mean(actual),
    averageExpectedDays: mean(expected),
    overExpected: stays.filter((p) => isoDay(p.dischargedAt as Date) > (p.expectedDischargeDate as string)).length,
  };
}

const stayOf = (s: { patientId?: string; id?: string; admittedAt: Date; dischargedAt: Date | null }): Stay => ({
  patientId: s.patientId ?? s.id ?? '',
  admittedAt: s.admittedAt,
  dischargedAt: s.dischargedAt,
});
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const startOfDay = (d: Date) => Date.parse(`${isoDay(d)}T00:00:00Z`);
const labelOf = (key: string) => key.charAt(0) + key.slice(1).toLowerCase().replaceAll('_', ' ');
