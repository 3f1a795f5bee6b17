/** The figures of the outcomes dashboard, each computed on its own so a change recomputes only what it touches. */
export const OUTCOME_FIGURES = [
  'CASELOAD',
  'LACE_BANDS',
  'GOALS',
  'LENGTH_OF_STAY',
  'AVOIDABLE_DAYS',
  'AUTHORIZATIONS',
  'REFERRALS',
  'OVERDUE_TASKS',
  'READMISSIONS',
] as const;
export type OutcomeFigure = (typeof OUTCOME_FIGURES)[number];

/** Which figures a change to an item of each type can move (the live dashboard recomputes only these). */
export const FIGURES_OF_ENTITY: Record<string, readonly OutcomeFigure[]> = {
  Patient: ['CASELOAD', 'LACE_BANDS', 'LENGTH_OF_STAY', 'READMISSIONS', 'OVERDUE_TASKS', 'REFERRALS', 'GOALS'],
  CareTeamMember: ['CASELOAD'],
  EmergencyVisitHistory: ['LACE_BANDS'],
  Goal: ['GOALS'],
  UtilizationReview: ['AVOIDABLE_DAYS'],
  Authorization: ['AUTHORIZATIONS'],
  Referral: ['REFERRALS'],
  Task: ['OVERDUE_TASKS'],
};

export const DAY_MS = 86_400_000;
/** A readmission counts within this many days of the discharge. */
export const READMISSION_WINDOW_DAYS = 30;
/** The longest range the dashboard computes at once. */
export const MAX_RANGE_DAYS = 400;

/** A stay on the unit: the current one (a patient row) or a past one (an encounter). */
export interface Stay {
  patientId: string;
  admittedAt: Date;
  dischargedAt: Date | null;
}

/**
 * Stays discharged in [from, to) and how many of them were followed by another admission of the
 * same patient within 30 days of the discharge (a readmission, wherever on the hospital's units).
 */
export function readmissionsOf(discharged: readonly Stay[], admissions: readonly Stay[]) {
  let readmitted = 0;
  for (const stay of discharged) {
    const out = stay.dischargedAt?.getTime() ?? 0;
    const back = admissions.some(
      (a) =>
        a.patientId === stay.patientId &&
        a.admittedAt.getTime() > out &&
        a.admittedAt.getTime() <= out + READMISSION_WINDOW_DAYS * DAY_MS,
    );
    if (back) readmitted += 1;
  }
  return { discharged: discharged.length, readmitted, rate: ratio(readmitted, discharged.length) };
}

/** A share rounded to three decimals, or null when there is nothing to share. */
export const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** A mean rounded to one decimal, or null for no values. */
export const mean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
