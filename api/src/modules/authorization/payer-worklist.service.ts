import type { Caller } from '../../platform/auth/caller.js';
import { forbidden, unauthenticated } from '../../platform/errors.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { PatientView } from '../patient/patient.entity.js';
import type { PatientService } from '../patient/patient.service.js';
import { localDate } from '../task-board/task-board.time.js';
import type { UnitService } from '../unit/unit.service.js';
import type { UtilizationReviewView } from '../utilization-review/utilization-review.entity.js';
import type { UtilizationReviewService } from '../utilization-review/utilization-review.service.js';
import type { AuthorizationView } from './authorization.entity.js';
import type { AuthorizationService } from './authorization.service.js';
import { PAYER_WORK_KINDS, type PayerWorkKind, type PayerWorklistSortEnum } from './authorization.types.js';

export interface PayerWorkItem {
  id: string;
  kind: PayerWorkKind;
  dueDate: string;
  overdue: boolean;
  dueToday: boolean;
  summary: string;
  patientId: string;
  patientName: string;
  authorization: AuthorizationView | null;
  utilizationReview: UtilizationReviewView | null;
}

export interface WorklistQuery {
  unitId?: string | null;
  withinDays: number;
  sort: keyof typeof PayerWorklistSortEnum;
}

const words = (code: string) => code.toLowerCase().replaceAll('_', ' ');

/**
 * What is due with payers across the caller's caseload (or one unit they work on): next reviews,
 * appeal deadlines, authorizations waiting on the payer and scheduled peer-to-peers — everything
 * overdue, and what falls due within `withinDays` on the unit's clock.
 */
export class PayerWorklistService {
  constructor(
    private readonly patients: PatientService,
    private readonly careTeam: CareTeamService,
    private readonly reviews: UtilizationReviewService,
    private readonly authorizations: AuthorizationService,
    private readonly units: UnitService,
  ) {}

  async worklist(caller: Caller, query: WorklistQuery): Promise<PayerWorkItem[]> {
    if (!caller.viewer) throw unauthenticated();
    // Payer work is the team's: family reach no part of it.
    if (caller.viewer.kind !== 'STAFF') throw forbidden();
    // Both reads check access and put every patient shown on the audit trail.
    const patients = query.unitId
      ? await this.patients.list(caller, { unitId: query.unitId })
      : await this.patients.caseload(caller, await this.careTeam.patientIdsOf(caller.viewer.userId));
    const admitted = patients.filter((p) => p.status === 'ADMITTED');
    const byId = new Map(admitted.map((p) => [p.id, p]));
    const [reviews, open] = await Promise.all([
      this.reviews.latestOfStays(admitted),
      this.authorizations.openOf(admitted.map((p) => p.id)),
    ]);
    const items: PayerWorkItem[] = [];
    const add = (
      patient: PatientView,
      entry: Omit<PayerWorkItem, 'overdue' | 'dueToday' | 'patientId' | 'patientName'>,
    ) => {
      const today = localDate(new Date(), this.units.timeZoneOf(patient.unitId));
      const horizon = addDays(today, query.withinDays);
      if (entry.dueDate > horizon) return;
      items.push({
        ...entry,
        patientId: patient.id,
        patientName: patient.name,
        overdue: entry.dueDate < today,
        dueToday: entry.dueDate === today,
      });
    };
    for (const review of reviews) {
      const patient = byId.get(review.patientId);
      if (!patient || !review.nextReviewDate) continue;
      add(patient, {
        id: `NEXT_REVIEW:${review.id}`,
        kind: 'NEXT_REVIEW',
        dueDate: review.nextReviewDate,
        summary: `Next utilization review (${words(review.levelOfCare)}, ${review.criteriaSet})`,
        authorization: null,
        utilizationReview: review,
      });
    }
    for (const auth of open) {
      const patient = byId.get(auth.patientId);
      if (!patient) continue;
      const about = `${auth.payer}: ${words(auth.service)}${auth.payerReference ? ` (ref ${auth.payerReference})` : ''}`;
      const entry = { authorization: auth, utilizationReview: null };
      if ((auth.status === 'DENIED' || auth.status === 'PARTIALLY_APPROVED') && auth.appealDeadline) {
        add(patient, {
          ...entry,
          id: `APPEAL_DEADLINE:${auth.id}`,
          kind: 'APPEAL_DEADLINE',
          dueDate: auth.appealDeadline,
          summary: `Appeal deadline — ${about}`,
        });
      }
      if (auth.status === 'SUBMITTED' || auth.status === 'PENDING' || auth.status === 'APPEALED') {
        add(patient, {
          ...entry,
          id: `PENDING_AUTHORIZATION:${auth.id}`,
          kind: 'PENDING_AUTHORIZATION',
          dueDate: auth.requestedFrom,
          summary: `${auth.status === 'APPEALED' ? 'Appeal decision awaited' : 'Decision awaited'} — ${about}`,
        });
      }
      if (auth.peerToPeer) {
        const day = localDate(new Date(auth.peerToPeer.scheduledAt), this.units.timeZoneOf(patient.unitId));
        const today = localDate(new Date(), this.units.timeZoneOf(patient.unitId));
        // A call whose day has passed was held (or missed): it is no longer something to prepare.
        if (day >= today) {
          add(patient, {
            ...entry,
            id: `PEER_TO_PEER:${auth.id}`,
            kind: 'PEER_TO_PEER',
            dueDate: day,
            summary: `Peer-to-peer — ${about}`,
          });
        }
      }
    }
    return items.sort(ORDER[query.sort]);
  }
}

const kindRank = (k: PayerWorkKind) => PAYER_WORK_KINDS.indexOf(k);
const byDue = (a: PayerWorkItem, b: PayerWorkItem) => a.dueDate.localeCompare(b.dueDate);
const byPatient = (a: PayerWorkItem, b: PayerWorkItem) => a.patientName.localeCompare(b.patientName);
const byKind = (a: PayerWorkItem, b: PayerWorkItem) => kindRank(a.kind) - kindRank(b.kind);
const byId = (a: PayerWorkItem, b: PayerWorkItem) => a.id.localeCompare(b.id);

/** Each sort, with the others as tie-breakers so the order is stable. */
const ORDER: Record<WorklistQuery['sort'], (a: PayerWorkItem, b: PayerWorkItem) => number> = {
  DUE_DATE: (a, b) => byDue(a, b) || byKind(a, b) || byPatient(a, b) || byId(a, b),
  PATIENT: (a, b) => byPatient(a, b) || byDue(a, b) || byKind(a, b) || byId(a, b),
  KIND: (a, b) => byKind(a, b) || byDue(a, b) || byPatient(a, b) || byId(a, b),
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
