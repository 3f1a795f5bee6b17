import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, conflict, unauthenticated } from '../../platform/errors.js';
import type { WritePath } from '../../platform/events/write-path.js';
import { blankToNull } from '../../platform/text.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import { type PatientView, patientView } from '../patient/patient.entity.js';
import { lengthOfStayDays, type PatientService } from '../patient/patient.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { CHARLSON_LABELS, CHARLSON_WEIGHTS, comorbiditiesOf, isIcd10 } from './charlson.js';
import { LACE_COMORBIDITY_WEIGHTS, LACE_HIGH_RISK, lace } from './lace.js';
import { type EmergencyVisit, EmergencyVisitHistory, emergencyVisitHistoryView } from './risk.entity.js';
import type { ReadmissionRiskType, RecordEmergencyVisitsInput } from './risk.types.js';

/** The record fields LACE reads. */
export type RiskRecord = Pick<
  PatientView,
  'id' | 'admittedAt' | 'dischargedAt' | 'admissionAcuity' | 'conditions' | 'dateOfBirth'
>;

/** What LACE needs of the ED history: when it was reviewed and the visits. */
export type VisitHistory = Pick<EmergencyVisitHistory, 'visits'> & { reviewedAt: Date | string };

const day = (iso: string) => iso.slice(0, 10);

/** The calendar day six months before `isoDay` (clamped to the month's last day). */
export function sixMonthsBefore(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - 6;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Visits LACE's E counts: within the six months before the admission day, not the one that led to it. */
export function visitsCounted(visits: readonly EmergencyVisit[], admittedAt: string): number {
  const admissionDay = day(admittedAt);
  const from = sixMonthsBefore(admissionDay);
  return visits.filter((v) => !v.ledToAdmission && v.date >= from && v.date <= admissionDay).length;
}

/**
 * The readmission risk of a patient's current (or last) stay from the record alone: LOS from the
 * stay's dates, A from the recorded acuity, C from the ICD-10-coded conditions, E from the ED
 * history reviewed since admission. Anything not recorded is named as missing.
 */
export function readmissionRisk(
  patient: RiskRecord,
  history: VisitHistory | null,
  now = new Date(),
): ReadmissionRiskType {
  const coded = patient.conditions.filter((c) => c.code && isIcd10(c.codeSystem)).map((c) => c.code as string);
  const comorbidities = coded.length ? comorbiditiesOf(coded) : null;
  const reviewedAt = history ? new Date(history.reviewedAt).getTime() : null;
  const reviewedThisStay = reviewedAt !== null && reviewedAt >= Date.parse(patient.admittedAt);
  const result = lace({
    lengthOfStayDays: lengthOfStayDays(patient, now.getTime()),
    emergent: patient.admissionAcuity === null ? null : patient.admissionAcuity === 'EMERGENT',
    comorbidities,
    emergencyVisits: history && reviewedThisStay ? visitsCounted(history.visits, patient.admittedAt) : null,
  });
  return {
    id: patient.id,
    patientId: patient.id,
    score: result.score,
    level: result.level,
    components: result.components,
    missing: result.missing,
    comorbidities: (comorbidities ?? []).map((m) => ({
      category: m.category,
      label: CHARLSON_LABELS[m.category],
      codes: m.codes,
      charlsonWeight: CHARLSON_WEIGHTS[m.category],
      laceWeight: LACE_COMORBIDITY_WEIGHTS[m.category] ?? 0,
    })),
    charlsonIndex: result.charlsonIndex,
    computedAt: now.toISOString(),
  };
}

/**
 * Readmission risk (LACE) for a patient and across a caseload, and the reviewed ED history that
 * its E reads. The score is computed when read, from the record as it is, so every change to an
 * input (a Patient or EmergencyVisitHistory event on the patient's and unit's streams) carries the
 * recomputed risk to whoever selects it.
 */
export class RiskService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
    private readonly patients: PatientService,
    private readonly careTeam: CareTeamService,
  ) {}

  /** Batch loader: each patient's ED history (or null), in the keys' order. */
  readonly historiesOf = async (patientIds: readonly string[]): Promise<(EmergencyVisitHistory | null)[]> => {
    const rows = await this.orm.em.fork().find(EmergencyVisitHistory, { patientId: { $in: [...patientIds] } });
    const byPatient = new Map(rows.map((r) => [r.patientId, r]));
    return patientIds.map((id) => byPatient.get(id) ?? null);
  };

  /** The risk of a patient the caller may read now (checked, and audited per the read rules). */
  async riskOf(
    caller: Caller,
    patient: RiskRecord,
    history: (ids: string) => Promise<EmergencyVisitHistory | null>,
  ): Promise<ReadmissionRiskType> {
    await this.access.assertMayRead(caller, patient.id, 'readmissionRisk');
    return readmissionRisk(patient, await history(patient.id));
  }

  /** The risk of a patient known by id (for an ED history delivered on a stream). */
  async riskOfPatient(caller: Caller, patientId: string): Promise<ReadmissionRiskType> {
    const { patient } = await this.access.authorize(caller, patientId, 'patient.read', 'readmissionRisk');
    const [history] = await this.historiesOf([patientId]);
    return readmissionRisk(patientView(patient), history ?? null);
  }

  async historyOf(caller: Caller, patientId: string): Promise<EmergencyVisitHistory | null> {
    await this.access.assertMayRead(caller, patientId, 'emergencyVisitHistory');
    const [history] = await this.historiesOf([patientId]);
    return history ?? null;
  }

  /**
   * Records the team's review of the ED history (the whole list): the first review creates it,
   * later ones need the version they were based on (CONFLICT otherwise).
   */
  async recordVisits(caller: Caller, input: RecordEmergencyVisitsInput) {
    const access = await this.access.authorize(caller, input.patientId, 'patient.update', 'recordEmergencyVisits');
    const patient = access.patient;
    const visits = input.visits
      .map((v) => ({ date: v.date, facility: blankToNull(v.facility), ledToAdmission: v.ledToAdmission }))
      .sort((a, b) => b.date.localeCompare(a.date));
    const today = new Date().toISOString().slice(0, 10);
    const admissionDay = day(patient.admittedAt.toISOString());
    for (const v of visits) {
      if (v.date > today) throw badInput(`An emergency visit on ${v.date} is in the future.`, 'visits');
      if (v.date < patient.dateOfBirth) throw badInput(`An emergency visit on ${v.date} is before birth.`, 'visits');
    }
    const leading = visits.filter((v) => v.ledToAdmission);
    if (leading.length > 1) throw badInput('Only one visit can have led to this admission.', 'visits');
    const lead = leading[0];
    if (lead && (lead.date > admissionDay || lead.date < sixMonthsBefore(admissionDay))) {
      throw badInput('The visit that led to this admission must be on or before the admission day.', 'visits');
    }
    const [existing] = await this.historiesOf([patient.id]);
    const reviewedAt = new Date();
    if (!existing) {
      if (input.expectedVersion != null) throw badInput('This patient has no ED history yet.', 'expectedVersion');
      const created = await this.writes.create(access.stamp, EmergencyVisitHistory, ({ em }) =>
        em.create(EmergencyVisitHistory, { patientId: patient.id, unitId: patient.unitId, visits, reviewedAt }),
      );
      return emergencyVisitHistoryView(created);
    }
    if (input.expectedVersion == null) throw conflict('EmergencyVisitHistory', emergencyVisitHistoryView(existing));
    const updated = await this.writes.update(
      access.stamp,
      { entity: EmergencyVisitHistory, id: existing.id, expectedVersion: input.expectedVersion },
      () => ({ visits, reviewedAt, unitId: patient.unitId }),
    );
    return emergencyVisitHistoryView(updated);
  }

  /** My caseload's patients at high readmission risk (LACE ≥ 10), highest first, then by name. */
  async highRiskWorklist(caller: Caller): Promise<PatientView[]> {
    if (!caller.viewer) throw unauthenticated();
    const ids = await this.careTeam.patientIdsOf(caller.viewer.userId);
    const patients = await this.patients.caseload(caller, ids);
    const histories = await this.historiesOf(patients.map((p) => p.id));
    const now = new Date();
    return patients
      .map((p, i) => ({ p, score: readmissionRisk(p, histories[i] ?? null, now).score }))
      .filter((x): x is { p: PatientView; score: number } => x.score !== null && x.score >= LACE_HIGH_RISK)
      .sort((a, b) => b.score - a.score || a.p.name.localeCompare(b.p.name))
      .map((x) => x.p);
  }
}
