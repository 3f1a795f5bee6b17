/**
 * The demo hospital unit: deterministic, so screenshots, tests and the README agree.
 * Dates are relative to the moment of seeding (days before now), so the demo never ages.
 */

export const DEMO_PASSWORD = 'carehub-demo';

export type DemoDiscipline = 'RN' | 'LPN' | 'SW' | 'MD' | 'PT' | 'OT' | 'SLP' | 'PHARM' | 'RD' | 'CM';

export interface DemoStaff {
  email: string;
  name: string;
  discipline: DemoDiscipline | null;
  role: 'MEMBER' | 'LEAD' | 'ADMIN';
  /** What the README says of the account. */
  note: string;
}

export type DemoTeamRole =
  | 'LEAD_CASE_MANAGER'
  | 'ATTENDING'
  | 'PRIMARY_NURSE'
  | 'NURSE'
  | 'SOCIAL_WORKER'
  | 'THERAPIST'
  | 'PHARMACIST'
  | 'DIETITIAN'
  | 'CONSULTING';

export interface DemoPatient {
  mrn: string;
  name: string;
  dateOfBirth: string;
  bed: string;
  admittedDaysAgo: number;
  /** Days from now; negative means the expected date has passed. */
  expectedDischargeInDays: number;
  admittingDiagnosis: string;
  conditions: { code: string; description: string }[];
  allergies: string | null;
  primaryLanguage: string;
  interpreterNeeded: boolean;
  coverage: {
    type: 'MEDICARE' | 'MEDICAID' | 'COMMERCIAL' | 'SELF_PAY';
    payer: string;
    plan: string | null;
    memberId: string;
  };
  emergencyContact: { name: string; relationship: string; phone: string; isLegalRepresentative: boolean };
  /** Care team beyond the lead case manager and attending, who are on every demo team: email → role. */
  team: Record<string, DemoTeamRole>;
}

export interface DemoFamilyMember {
  email: string;
  name: string;
  relationship: string;
  patientMrn: string;
  consentScope: string;
  /** The consent as the sharing rules read it (FamilyShareScope values). */
  shares: ('UPDATES' | 'CARE_PLAN' | 'CONTACTS' | 'DISCHARGE' | 'CONFERENCES' | 'EDUCATION')[];
}

export const demoUnit = { code: '4W', name: '4 West Medical-Surgical' } as const;

export const demoStaff: DemoStaff[] = [
  {
    email: 'casey.morgan@demo.carehub.test',
    name: 'Casey Morgan',
    discipline: 'CM',
    role: 'LEAD',
    note: 'lead case manager',
  },
  {
    email: 'riley.chen@demo.carehub.test',
    name: 'Riley Chen',
    discipline: 'RN',
    role: 'LEAD',
    note: 'charge nurse (RN)',
  },
  {
    email: 'sam.okafor@demo.carehub.test',
    name: 'Sam Okafor',
    discipline: 'RN',
    role: 'MEMBER',
    note: 'registered nurse',
  },
  {
    email: 'jamie.ortiz@demo.carehub.test',
    name: 'Jamie Ortiz',
    discipline: 'LPN',
    role: 'MEMBER',
    note: 'licensed practical nurse',
  },
  {
    email: 'avery.patel@demo.carehub.test',
    name: 'Avery Patel',
    discipline: 'SW',
    role: 'MEMBER',
    note: 'social worker',
  },
  {
    email: 'dr.nguyen@demo.carehub.test',
    name: 'Dr. Minh Nguyen',
    discipline: 'MD',
    role: 'MEMBER',
    note: 'attending physician',
  },
  {
    email: 'taylor.brooks@demo.carehub.test',
    name: 'Taylor Brooks',
    discipline: 'PT',
    role: 'MEMBER',
    note: 'physical therapist',
  },
  {
    email: 'morgan.lee@demo.carehub.test',
    name: 'Morgan Lee',
    discipline: 'OT',
    role: 'MEMBER',
    note: 'occupational therapist',
  },
  {
    email: 'alex.kim@demo.carehub.test',
    name: 'Alex Kim',
    discipline: 'SLP',
    role: 'MEMBER',
    note: 'speech-language pathologist',
  },
  {
    email: 'jordan.reyes@demo.carehub.test',
    name: 'Jordan Reyes',
    discipline: 'PHARM',
    role: 'MEMBER',
    note: 'clinical pharmacist',
  },
  {
    email: 'quinn.harper@demo.carehub.test',
    name: 'Quinn Harper',
    discipline: 'RD',
    role: 'MEMBER',
    note: 'registered dietitian',
  },
  {
    email: 'admin@demo.carehub.test',
    name: 'Pat Admin',
    discipline: null,
    role: 'ADMIN',
    note: 'administrator (manages users; not on the unit)',
  },
];

const RILEY = 'riley.chen@demo.carehub.test';
const SAM = 'sam.okafor@demo.carehub.test';
const JAMIE = 'jamie.ortiz@demo.carehub.test';
const AVERY = 'avery.patel@demo.carehub.test';
const TAYLOR = 'taylor.brooks@demo.carehub.test';
const MORGAN = 'morgan.lee@demo.carehub.test';
const ALEX = 'alex.kim@demo.carehub.test';
const JORDAN = 'jordan.reyes@demo.carehub.test';
const QUINN = 'quinn.harper@demo.carehub.test';

/** On every demo patient's team. */
export const demoLeadCaseManager = 'casey.morgan@demo.carehub.test';
export const demoAttending = 'dr.nguyen@demo.carehub.test';

export const demoPatients: DemoPatient[] = [
  {
    mrn: 'MRN-100231',
    name: 'Eleanor Whitfield',
    dateOfBirth: '1941-03-14',
    bed: '401A',
    admittedDaysAgo: 4,
    expectedDischargeInDays: 2,
    admittingDiagnosis: 'Acute on chronic systolic heart failure',
    conditions: [
      { code: 'I50.23', description: 'Acute on chronic systolic heart failure' },
      { code: 'N18.3', description: 'Chronic kidney disease, stage 3' },
      { code: 'E11.9', description: 'Type 2 diabetes mellitus' },
    ],
    allergies: 'Penicillin (rash)',
    primaryLanguage: 'English',
    interpreterNeeded: false,
    coverage: { type: 'MEDICARE', payer: 'Medicare', plan: 'Part A/B', memberId: '1EG4-TE5-MK72' },
    emergencyContact: {
      name: 'Jordan Whitfield',
      relationship: 'Daughter',
      phone: '+1 555 0142',
      isLegalRepresentative: true,
    },
    team: { [RILEY]: 'PRIMARY_NURSE', [AVERY]: 'SOCIAL_WORKER', [QUINN]: 'DIETITIAN', [JORDAN]: 'PHARMACIST' },
  },
  {
    mrn: 'MRN-100232',
    name: 'Harold Jensen',
    dateOfBirth: '1948-11-02',
    bed: '401B',
    admittedDaysAgo: 2,
    expectedDischargeInDays: 3,
    admittingDiagnosis: 'Left MCA ischemic stroke with right hemiparesis',
    conditions: [
      { code: 'I63.512', description: 'Cerebral infarction, left middle cerebral artery' },
      { code: 'I10', description: 'Essential hypertension' },
    ],
    allergies: null,
    primaryLanguage: 'English',
    interpreterNeeded: false,
    coverage: { type: 'MEDICARE', payer: 'Humana', plan: 'Medicare Advantage HMO', memberId: 'H1036-2231' },
    emergencyContact: { name: 'Chris Jensen', relationship: 'Son', phone: '+1 555 0177', isLegalRepresentative: false },
    team: { [RILEY]: 'PRIMARY_NURSE', [TAYLOR]: 'THERAPIST', [MORGAN]: 'THERAPIST', [ALEX]: 'THERAPIST' },
  },
  {
    mrn: 'MRN-100233',
    name: 'Maria Alvarez',
    dateOfBirth: '1956-07-21',
    bed: '402A',
    admittedDaysAgo: 6,
    expectedDischargeInDays: -1,
    admittingDiagnosis: 'Cellulitis of left lower leg; unstable housing',
    conditions: [
      { code: 'L03.116', description: 'Cellulitis of left lower limb' },
      { code: 'Z59.01', description: 'Sheltered homelessness' },
    ],
    allergies: 'Sulfa drugs',
    primaryLanguage: 'Spanish',
    interpreterNeeded: true,
    coverage: { type: 'MEDICAID', payer: 'State Medicaid', plan: 'Managed care', memberId: 'MCD-884210' },
    emergencyContact: {
      name: 'Lucia Alvarez',
      relationship: 'Sister',
      phone: '+1 555 0119',
      isLegalRepresentative: false,
    },
    team: { [SAM]: 'PRIMARY_NURSE', [AVERY]: 'SOCIAL_WORKER' },
  },
  {
    mrn: 'MRN-100234',
    name: 'Thomas Greene',
    dateOfBirth: '1937-01-30',
    bed: '402B',
    admittedDaysAgo: 9,
    expectedDischargeInDays: 1,
    admittingDiagnosis: 'Community-acquired pneumonia; deconditioning',
    conditions: [
      { code: 'J18.9', description: 'Pneumonia, unspecified organism' },
      { code: 'R53.81', description: 'Physical deconditioning' },
    ],
    allergies: null,
    primaryLanguage: 'English',
    interpreterNeeded: false,
    coverage: { type: 'MEDICARE', payer: 'Medicare', plan: 'Part A/B', memberId: '3KT9-QW2-PL44' },
    emergencyContact: { name: 'Ruth Greene', relationship: 'Wife', phone: '+1 555 0163', isLegalRepresentative: true },
    team: { [SAM]: 'PRIMARY_NURSE', [TAYLOR]: 'THERAPIST', [AVERY]: 'SOCIAL_WORKER' },
  },
  {
    mrn: 'MRN-100235',
    name: 'Aisha Bello',
    dateOfBirth: '1969-05-08',
    bed: '403A',
    admittedDaysAgo: 1,
    expectedDischargeInDays: 2,
    admittingDiagnosis: 'Diabetic ketoacidosis',
    conditions: [{ code: 'E10.10', description: 'Type 1 diabetes mellitus with ketoacidosis' }],
    allergies: null,
    primaryLanguage: 'English',
    interpreterNeeded: false,
    coverage: { type: 'COMMERCIAL', payer: 'Blue Cross', plan: 'PPO', memberId: 'XQB882019' },
    emergencyContact: {
      name: 'Tunde Bello',
      relationship: 'Husband',
      phone: '+1 555 0108',
      isLegalRepresentative: false,
    },
    team: { [RILEY]: 'PRIMARY_NURSE', [QUINN]: 'DIETITIAN' },
  },
  {
    mrn: 'MRN-100236',
    name: 'Walter Kowalski',
    dateOfBirth: '1944-09-17',
    bed: '403B',
    admittedDaysAgo: 3,
    expectedDischargeInDays: 3,
    admittingDiagnosis: 'COPD exacerbation',
    conditions: [
      { code: 'J44.1', description: 'COPD with acute exacerbation' },
      { code: 'F17.210', description: 'Nicotine dependence, cigarettes' },
    ],
    allergies: 'Codeine (nausea)',
    primaryLanguage: 'Polish',
    interpreterNeeded: true,
    coverage: { type: 'MEDICARE', payer: 'Medicare', plan: 'Part A/B', memberId: '7RD2-HH8-KK10' },
    emergencyContact: {
      name: 'Anna Kowalski',
      relationship: 'Daughter',
      phone: '+1 555 0155',
      isLegalRepresentative: false,
    },
    team: { [JAMIE]: 'NURSE', [SAM]: 'PRIMARY_NURSE', [JORDAN]: 'PHARMACIST' },
  },
  {
    mrn: 'MRN-100237',
    name: 'Grace Liu',
    dateOfBirth: '1952-12-05',
    bed: '404A',
    admittedDaysAgo: 5,
    expectedDischargeInDays: 2,
    admittingDiagnosis: 'Right hip fracture, status post ORIF',
    conditions: [
      { code: 'S72.001A', description: 'Fracture of right femoral neck' },
      { code: 'M81.0', description: 'Age-related osteoporosis' },
    ],
    allergies: null,
    primaryLanguage: 'Mandarin',
    interpreterNeeded: true,
    coverage: { type: 'MEDICARE', payer: 'Medicare', plan: 'Part A/B', memberId: '5MN1-AB3-CD56' },
    emergencyContact: { name: 'David Liu', relationship: 'Son', phone: '+1 555 0131', isLegalRepresentative: false },
    team: { [RILEY]: 'PRIMARY_NURSE', [TAYLOR]: 'THERAPIST', [MORGAN]: 'THERAPIST' },
  },
  {
    mrn: 'MRN-100238',
    name: 'Dennis Moore',
    dateOfBirth: '1960-02-27',
    bed: '404B',
    admittedDaysAgo: 7,
    expectedDischargeInDays: 0,
    admittingDiagnosis: 'Alcohol withdrawal; pancreatitis',
    conditions: [
      { code: 'F10.230', description: 'Alcohol dependence with withdrawal' },
      { code: 'K85.20', description: 'Alcohol-induced acute pancreatitis' },
    ],
    allergies: null,
    primaryLanguage: 'English',
    interpreterNeeded: false,
    coverage: { type: 'SELF_PAY', payer: 'Self-pay', plan: null, memberId: 'n/a' },
    emergencyContact: {
      name: 'Karen Moore',
      relationship: 'Ex-wife',
      phone: '+1 555 0190',
      isLegalRepresentative: false,
    },
    team: { [SAM]: 'PRIMARY_NURSE', [AVERY]: 'SOCIAL_WORKER' },
  },
  {
    mrn: 'MRN-100239',
    name: 'Rosa Delgado',
    dateOfBirth: '1939-08-11',
    bed: '405A',
    admittedDaysAgo: 11,
    expectedDischargeInDays: -2,
    admittingDiagnosis: 'Urinary tract infection with delirium; awaiting SNF bed',
    conditions: [
      { code: 'N39.0', description: 'Urinary tract infection' },
      { code: 'F05', description: 'Delirium due to known physiological condition' },
      { code: 'G30.9', description: "Alzheimer's disease" },
    ],
    allergies: 'Latex',
    primaryLanguage: 'Spanish',
    interpreterNeeded: true,
    coverage: { type: 'MEDICARE', payer: 'Medicare', plan: 'Part A/B', memberId: '2PL8-ZX4-RT90' },
    emergencyContact: {
      name: 'Miguel Delgado',
      relationship: 'Son',
      phone: '+1 555 0124',
      isLegalRepresentative: true,
    },
    team: { [JAMIE]: 'NURSE', [RILEY]: 'PRIMARY_NURSE', [AVERY]: 'SOCIAL_WORKER', [ALEX]: 'THERAPIST' },
  },
  {
    mrn: 'MRN-100240',
    name: 'Samuel Osei',
    dateOfBirth: '1975-04-19',
    bed: '405B',
    admittedDaysAgo: 2,
    expectedDischargeInDays: 1,
    admittingDiagnosis: 'Sickle cell pain crisis',
    conditions: [{ code: 'D57.00', description: 'Hb-SS disease with crisis' }],
    allergies: 'Morphine (itching)',
    primaryLanguage: 'English',
    interpreterNeeded: false,
    coverage: { type: 'COMMERCIAL', payer: 'Aetna', plan: 'HMO', memberId: 'W2218840' },
    emergencyContact: { name: 'Ama Osei', relationship: 'Wife', phone: '+1 555 0186', isLegalRepresentative: false },
    team: { [SAM]: 'PRIMARY_NURSE', [JORDAN]: 'PHARMACIST' },
  },
  {
    mrn: 'MRN-100241',
    name: 'Beatrice Novak',
    dateOfBirth: '1946-10-23',
    bed: '406A',
    admittedDaysAgo: 8,
    expectedDischargeInDays: 4,
    admittingDiagnosis: 'Dysphagia after stroke; aspiration risk',
    conditions: [
      { code: 'I69.391', description: 'Dysphagia following cerebral infarction' },
      { code: 'E44.0', description: 'Moderate protein-calorie malnutrition' },
    ],
    allergies: null,
    primaryLanguage: 'English',
    interpreterNeeded: false,
    coverage: { type: 'MEDICARE', payer: 'Medicare', plan: 'Part A/B', memberId: '9WE3-NM7-UY21' },
    emergencyContact: {
      name: 'Petra Novak',
      relationship: 'Niece',
      phone: '+1 555 0150',
      isLegalRepresentative: false,
    },
    team: { [RILEY]: 'PRIMARY_NURSE', [ALEX]: 'THERAPIST', [QUINN]: 'DIETITIAN', [MORGAN]: 'THERAPIST' },
  },
  {
    mrn: 'MRN-100242',
    name: 'Frank Dubois',
    dateOfBirth: '1958-06-02',
    bed: '406B',
    admittedDaysAgo: 1,
    expectedDischargeInDays: 2,
    admittingDiagnosis: 'Chest pain, rule out acute coronary syndrome',
    conditions: [{ code: 'R07.9', description: 'Chest pain, unspecified' }],
    allergies: null,
    primaryLanguage: 'French',
    interpreterNeeded: false,
    coverage: { type: 'COMMERCIAL', payer: 'UnitedHealthcare', plan: 'Choice Plus', memberId: 'U7730041' },
    emergencyContact: {
      name: 'Claire Dubois',
      relationship: 'Wife',
      phone: '+1 555 0197',
      isLegalRepresentative: false,
    },
    team: { [JAMIE]: 'NURSE', [SAM]: 'PRIMARY_NURSE' },
  },
];

/** Family members with the patient's recorded consent; they sign in with the demo password. */
export const demoFamily: DemoFamilyMember[] = [
  {
    email: 'jordan.family@demo.carehub.test',
    name: 'Jordan Whitfield',
    relationship: 'Daughter',
    patientMrn: 'MRN-100231',
    consentScope: 'Care plan updates, conference summaries and the discharge plan',
    shares: ['UPDATES', 'CARE_PLAN', 'CONTACTS', 'DISCHARGE', 'CONFERENCES'],
  },
  {
    email: 'chris.family@demo.carehub.test',
    name: 'Chris Jensen',
    relationship: 'Son',
    patientMrn: 'MRN-100232',
    consentScope: 'Care plan updates and the discharge plan',
    shares: ['UPDATES', 'CARE_PLAN', 'DISCHARGE'],
  },
];
