/**
 * The demo unit's readmission-risk inputs, social-needs screenings and holistic assessments:
 * LACE scores across the range (low to high, and two left incomplete so the missing input shows),
 * screenings in English and Spanish whose positive domains raise needs, and a signed assessment
 * with a signed reassessment that changed.
 */

export type DemoAcuity = 'EMERGENT' | 'ELECTIVE';

export interface DemoRiskInputs {
  patientMrn: string;
  /** Null leaves the admission's acuity unrecorded. */
  acuity: DemoAcuity | null;
  /** Days before now of each ED visit in the six months before admission; null leaves the history unreviewed. */
  emergencyVisitsDaysAgo: number[] | null;
}

/**
 * With the demo conditions (ICD-10-CM) and stays, at seeding time: Eleanor 12, Dennis 12, Rosa 12,
 * Maria 11, Walter 10 (high); Thomas 9, Samuel 9, Harold 6, Frank 4… (moderate to low); Aisha 2
 * (low); Grace (acuity missing) and Beatrice (ED history not reviewed) incomplete.
 */
export const demoRiskInputs: DemoRiskInputs[] = [
  { patientMrn: 'MRN-100231', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [35, 90] },
  { patientMrn: 'MRN-100232', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [] },
  { patientMrn: 'MRN-100233', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [20, 41, 77, 120, 150] },
  { patientMrn: 'MRN-100234', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [60] },
  { patientMrn: 'MRN-100235', acuity: 'ELECTIVE', emergencyVisitsDaysAgo: [] },
  { patientMrn: 'MRN-100236', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [30, 100] },
  { patientMrn: 'MRN-100237', acuity: null, emergencyVisitsDaysAgo: [] },
  { patientMrn: 'MRN-100238', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [12, 33, 58, 91, 130, 170] },
  { patientMrn: 'MRN-100239', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [45] },
  { patientMrn: 'MRN-100240', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [14, 40, 66, 101] },
  { patientMrn: 'MRN-100241', acuity: 'ELECTIVE', emergencyVisitsDaysAgo: null },
  { patientMrn: 'MRN-100242', acuity: 'EMERGENT', emergencyVisitsDaysAgo: [] },
];

export interface DemoScreening {
  patientMrn: string;
  language: 'ENGLISH' | 'SPANISH';
  interpreterUsed: boolean;
  screenedBy: string;
  /** Question id → chosen option values. */
  answers: Record<string, string[]>;
  completed: boolean;
  /** How the needs it raises stand now, by domain (IDENTIFIED when left out). */
  needStatus?: Record<string, 'ADDRESSED' | 'DECLINED'>;
}

const SW = 'avery.patel@demo.carehub.test';
const NONE: Record<string, string[]> = {
  LIVING_SITUATION: ['STEADY'],
  HOUSING_PROBLEMS: ['NONE'],
  FOOD_WORRY: ['NEVER_TRUE'],
  FOOD_DID_NOT_LAST: ['NEVER_TRUE'],
  TRANSPORTATION: ['NO'],
  UTILITIES: ['NO'],
  SAFETY_PHYSICALLY_HURT: ['NEVER'],
  SAFETY_INSULT: ['NEVER'],
  SAFETY_THREATEN: ['NEVER'],
  SAFETY_SCREAM: ['NEVER'],
};

export const demoScreenings: DemoScreening[] = [
  {
    // Housing, food and transportation positive; screened in Spanish with an interpreter.
    patientMrn: 'MRN-100233',
    language: 'SPANISH',
    interpreterUsed: true,
    screenedBy: SW,
    completed: true,
    answers: {
      ...NONE,
      LIVING_SITUATION: ['NOT_STEADY'],
      FOOD_WORRY: ['OFTEN_TRUE'],
      FOOD_DID_NOT_LAST: ['SOMETIMES_TRUE'],
      TRANSPORTATION: ['YES'],
    },
    needStatus: { TRANSPORTATION: 'ADDRESSED' },
  },
  {
    // Utilities shut off; interpersonal safety 3 + 3 + 3 + 2 = 11, positive.
    patientMrn: 'MRN-100238',
    language: 'ENGLISH',
    interpreterUsed: false,
    screenedBy: SW,
    completed: true,
    answers: {
      ...NONE,
      UTILITIES: ['ALREADY_SHUT_OFF'],
      SAFETY_PHYSICALLY_HURT: ['SOMETIMES'],
      SAFETY_INSULT: ['SOMETIMES'],
      SAFETY_THREATEN: ['SOMETIMES'],
      SAFETY_SCREAM: ['RARELY'],
    },
    needStatus: { SAFETY: 'DECLINED' },
  },
  {
    // No need found.
    patientMrn: 'MRN-100234',
    language: 'ENGLISH',
    interpreterUsed: false,
    screenedBy: SW,
    completed: true,
    answers: NONE,
  },
  {
    // In progress: the first three questions answered.
    patientMrn: 'MRN-100239',
    language: 'SPANISH',
    interpreterUsed: true,
    screenedBy: SW,
    completed: false,
    answers: {
      LIVING_SITUATION: ['WORRIED_ABOUT_LOSING'],
      HOUSING_PROBLEMS: ['NONE'],
      FOOD_WORRY: ['NEVER_TRUE'],
    },
  },
];

export interface DemoAssessmentVersion {
  by: string;
  clinical: Record<string, unknown>;
  psychosocial: Record<string, unknown>;
  financial: Record<string, unknown>;
  environmental: Record<string, unknown>;
  signed: boolean;
}

export interface DemoAssessment {
  patientMrn: string;
  /** Oldest first; each later one is a reassessment of the one before. */
  versions: DemoAssessmentVersion[];
}

const walterFirst: DemoAssessmentVersion = {
  by: 'casey.morgan@demo.carehub.test',
  signed: true,
  clinical: {
    cognition: 'INTACT',
    medicationCount: 11,
    fallsInPastYear: true,
    painConcern: false,
    narrative: 'COPD exacerbation; uses home oxygen 2 L at night; inhaler technique poor.',
  },
  psychosocial: {
    supportSystem: 'LIMITED',
    moodConcern: true,
    substanceUseConcern: true,
    narrative: 'Still smoking half a pack a day; wife has early dementia.',
  },
  financial: {
    coverageAdequate: true,
    medicationCostConcern: true,
    incomeConcern: false,
    narrative: 'Part D gap reached; inhalers costly.',
  },
  environmental: {
    livingArrangement: 'WITH_FAMILY',
    homeAccessBarriers: true,
    caregiver: 'PART_TIME',
    functionalStatus: 'NEEDS_ASSISTANCE',
    narrative: 'Third-floor walk-up; son visits on weekends.',
  },
};

export const demoAssessments: DemoAssessment[] = [
  {
    patientMrn: 'MRN-100236',
    versions: [
      walterFirst,
      {
        ...walterFirst,
        by: SW,
        psychosocial: { ...walterFirst.psychosocial, moodConcern: false },
        environmental: {
          ...walterFirst.environmental,
          caregiver: 'AVAILABLE',
          narrative: 'Son moving in for a month after discharge; stairlift quote requested.',
        },
      },
    ],
  },
  {
    patientMrn: 'MRN-100234',
    versions: [
      {
        by: 'casey.morgan@demo.carehub.test',
        signed: false,
        clinical: {
          cognition: 'INTACT',
          medicationCount: 6,
          fallsInPastYear: null,
          painConcern: null,
          narrative: null,
        },
        psychosocial: { supportSystem: null, moodConcern: null, substanceUseConcern: null, narrative: null },
        financial: { coverageAdequate: null, medicationCostConcern: null, incomeConcern: null, narrative: null },
        environmental: {
          livingArrangement: 'ALONE',
          homeAccessBarriers: null,
          caregiver: null,
          functionalStatus: null,
          narrative: null,
        },
      },
    ],
  },
];

export interface DemoDischargePlan {
  patientMrn: string;
  disposition: string | null;
  /** Days from now. */
  expectedInDays: number | null;
  checklist: { kind: string; status: 'OPEN' | 'DONE' | 'NOT_NEEDED'; details?: Record<string, string> }[];
  barriers: { description: string; owner: string; dueInDays: number }[];
}

/** Discharge plans at different stages: nearly ready, half way, just started. */
export const demoDischargePlans: DemoDischargePlan[] = [
  {
    patientMrn: 'MRN-100231',
    disposition: 'HOME_WITH_HOME_HEALTH',
    expectedInDays: 2,
    checklist: [
      { kind: 'FOLLOW_UP_APPOINTMENT', status: 'DONE', details: { provider: 'Heart failure clinic, Dr. Osei' } },
      {
        kind: 'HOME_HEALTH_REFERRAL',
        status: 'DONE',
        details: { note: 'Bayada accepted; first visit day after discharge' },
      },
      {
        kind: 'DURABLE_MEDICAL_EQUIPMENT',
        status: 'OPEN',
        details: { equipment: 'Digital scale', vendor: 'Apria', equipmentStatus: 'ORDERED' },
      },
      { kind: 'MEDICATION_RECONCILIATION', status: 'DONE' },
      { kind: 'PATIENT_FAMILY_EDUCATION', status: 'OPEN' },
      { kind: 'TRANSPORTATION', status: 'NOT_NEEDED', details: { note: 'Daughter drives' } },
    ],
    barriers: [{ description: 'Scale not delivered yet', owner: 'casey.morgan@demo.carehub.test', dueInDays: 1 }],
  },
  {
    patientMrn: 'MRN-100233',
    disposition: 'OTHER',
    expectedInDays: 4,
    checklist: [
      { kind: 'COMMUNITY_SUPPORTS', status: 'OPEN', details: { note: 'Medical respite bed requested' } },
      { kind: 'TRANSPORTATION', status: 'OPEN' },
      { kind: 'MEDICATION_RECONCILIATION', status: 'DONE' },
    ],
    barriers: [
      { description: 'No stable housing for wound care', owner: 'avery.patel@demo.carehub.test', dueInDays: 2 },
      { description: 'Ride home: family works until 18:00', owner: 'avery.patel@demo.carehub.test', dueInDays: 0 },
    ],
  },
  {
    patientMrn: 'MRN-100232',
    disposition: 'INPATIENT_REHAB',
    expectedInDays: 3,
    checklist: [{ kind: 'MEDICATION_RECONCILIATION', status: 'OPEN' }],
    barriers: [
      {
        description: 'Inpatient rehab bed and insurance authorization',
        owner: 'casey.morgan@demo.carehub.test',
        dueInDays: 2,
      },
    ],
  },
  {
    patientMrn: 'MRN-100236',
    disposition: null,
    expectedInDays: null,
    checklist: [],
    barriers: [],
  },
];
