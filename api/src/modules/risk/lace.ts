/**
 * The LACE index of early death or unplanned readmission within 30 days of discharge:
 * van Walraven C, Dhalla IA, Bell C, et al. "Derivation and validation of an index to predict
 * early death or unplanned readmission after discharge from hospital to the community."
 * CMAJ 2010;182(6):551-7. Total 0–19; ≥ 10 is the conventional high-risk threshold.
 *
 * Each component is computed only from what the record holds. A component whose input is not
 * recorded is reported as missing (named), and then there is no total: a missing input is never
 * taken as zero.
 */
import { type CharlsonCategory, type ComorbidityMatch, charlsonIndex } from './charlson.js';

export const LACE_HIGH_RISK = 10;

export type LaceLetter = 'L' | 'A' | 'C' | 'E';
export type RiskLevel = 'LOW' | 'MODERATE' | 'HIGH';

/** L: length of stay in whole days (van Walraven 2010, the LACE index box). */
export function lengthOfStayPoints(days: number): number {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`length of stay must be whole days ≥ 0, got ${days}`);
  if (days < 1) return 0;
  if (days <= 3) return days;
  if (days <= 6) return 4;
  if (days <= 13) return 5;
  return 7;
}

/** A: 3 points for an emergent (unplanned) admission. */
export const acuityPoints = (emergent: boolean) => (emergent ? 3 : 0);

/**
 * The comorbidity weights the LACE index gives the Charlson conditions (van Walraven 2010, the
 * LACE index box). Conditions the box does not list (peptic ulcer, hemiplegia, renal disease)
 * add nothing to LACE, though they count in the Charlson index itself.
 */
export const LACE_COMORBIDITY_WEIGHTS: Partial<Record<CharlsonCategory, number>> = {
  MYOCARDIAL_INFARCTION: 1,
  CEREBROVASCULAR_DISEASE: 1,
  PERIPHERAL_VASCULAR_DISEASE: 1,
  DIABETES_WITHOUT_COMPLICATIONS: 1,
  CONGESTIVE_HEART_FAILURE: 2,
  DIABETES_WITH_COMPLICATIONS: 2,
  CHRONIC_PULMONARY_DISEASE: 2,
  MILD_LIVER_DISEASE: 2,
  MALIGNANCY: 2,
  DEMENTIA: 3,
  RHEUMATIC_DISEASE: 3,
  AIDS_HIV: 4,
  MODERATE_OR_SEVERE_LIVER_DISEASE: 4,
  METASTATIC_SOLID_TUMOR: 6,
};

/** The comorbidity score LACE's C reads: the weights above, summed. */
export const laceComorbidityScore = (matches: readonly ComorbidityMatch[]) =>
  matches.reduce((sum, m) => sum + (LACE_COMORBIDITY_WEIGHTS[m.category] ?? 0), 0);

/** C: the comorbidity score as is up to 3; 5 points from 4 upwards. */
export function comorbidityPoints(score: number): number {
  if (!Number.isInteger(score) || score < 0) throw new RangeError(`comorbidity score must be ≥ 0, got ${score}`);
  return score >= 4 ? 5 : score;
}

/** E: emergency department visits in the six months before admission, up to 4 points. */
export function emergencyVisitPoints(visits: number): number {
  if (!Number.isInteger(visits) || visits < 0) throw new RangeError(`visits must be ≥ 0, got ${visits}`);
  return Math.min(visits, 4);
}

export const riskLevelOf = (score: number): RiskLevel =>
  score >= LACE_HIGH_RISK ? 'HIGH' : score >= 5 ? 'MODERATE' : 'LOW';

/** What the record holds for each input; null is "not recorded". */
export interface LaceInputs {
  lengthOfStayDays: number;
  /** Whether the admission was emergent; null when the admission's acuity is not recorded. */
  emergent: boolean | null;
  /** Charlson conditions from the record's ICD-10 codes; null when no condition is coded in ICD-10. */
  comorbidities: ComorbidityMatch[] | null;
  /** Emergency visits in the six months before admission; null when the history was not reviewed for this stay. */
  emergencyVisits: number | null;
}

export interface LaceComponent {
  letter: LaceLetter;
  label: string;
  /** The input as read from the record, e.g. "4 days"; null when missing. */
  value: string | null;
  points: number | null;
  /** Why the component cannot be computed; null when it can. */
  missing: string | null;
}

export interface LaceResult {
  components: LaceComponent[];
  /** Null when any input is missing. */
  score: number | null;
  level: RiskLevel | null;
  /** The missing inputs, named. */
  missing: string[];
  charlsonIndex: number | null;
  comorbidityScore: number | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The LACE index of a stay, with each component's input and points, or the inputs it lacks. */
export function lace(inputs: LaceInputs): LaceResult {
  const { comorbidities } = inputs;
  const comorbidityScore = comorbidities ? laceComorbidityScore(comorbidities) : null;
  const components: LaceComponent[] = [
    {
      letter: 'L',
      label: 'Length of stay',
      value: plural(inputs.lengthOfStayDays, 'day', 'days'),
      points: lengthOfStayPoints(inputs.lengthOfStayDays),
      missing: null,
    },
    inputs.emergent === null
      ? {
          letter: 'A',
          label: 'Acuity of admission',
          value: null,
          points: null,
          missing: 'Admission acuity (emergent or elective) is not recorded for this stay.',
        }
      : {
          letter: 'A',
          label: 'Acuity of admission',
          value: inputs.emergent ? 'Emergent' : 'Elective',
          points: acuityPoints(inputs.emergent),
          missing: null,
        },
    comorbidityScore === null
      ? {
          letter: 'C',
          label: 'Comorbidity',
          value: null,
          points: null,
          missing: 'No condition on the record is coded in ICD-10.',
        }
      : {
          letter: 'C',
          label: 'Comorbidity',
          value: `Comorbidity score ${comorbidityScore}`,
          points: comorbidityPoints(comorbidityScore),
          missing: null,
        },
    inputs.emergencyVisits === null
      ? {
          letter: 'E',
          label: 'Emergency department visits (6 months before admission)',
          value: null,
          points: null,
          missing: 'Emergency department visits in the six months before admission are not reviewed for this stay.',
        }
      : {
          letter: 'E',
          label: 'Emergency department visits (6 months before admission)',
          value: plural(inputs.emergencyVisits, 'visit', 'visits'),
          points: emergencyVisitPoints(inputs.emergencyVisits),
          missing: null,
        },
  ];
  const missing = components.flatMap((c) => (c.missing ? [c.missing] : []));
  const score = missing.length ? null : components.reduce((sum, c) => sum + (c.points ?? 0), 0);
  return {
    components,
    score,
    level: score === null ? null : riskLevelOf(score),
    missing,
    charlsonIndex: comorbidities ? charlsonIndex(comorbidities) : null,
    comorbidityScore,
  };
}
