/** One discipline's prepared update on one patient for today's rounds. */
export interface DemoRoundsUpdate {
  author: string;
  statusSinceLast: string;
  concerns: string | null;
  planForToday: string;
}

export interface DemoRoundsPatient {
  patientMrn: string;
  updates: DemoRoundsUpdate[];
}

const RILEY = 'riley.chen@demo.carehub.test';
const SAM = 'sam.okafor@demo.carehub.test';
const AVERY = 'avery.patel@demo.carehub.test';
const CASEY = 'casey.morgan@demo.carehub.test';
const MINH = 'dr.nguyen@demo.carehub.test';
const TAYLOR = 'taylor.brooks@demo.carehub.test';
const QUINN = 'quinn.harper@demo.carehub.test';

/**
 * Today's interdisciplinary rounds on 4W: planned, facilitated by the lead case manager, with updates
 * prepared. The barriers rounds show are the patients' discharge barriers (`demoDischargePlans`).
 */
export const demoRounds = {
  facilitator: CASEY,
  timeBoxSeconds: 180,
  patients: [
    {
      patientMrn: 'MRN-100231',
      updates: [
        {
          author: RILEY,
          statusSinceLast: 'Diuresed 1.4 L overnight; weight down 1.1 kg. Off oxygen since 06:00.',
          concerns: 'Orthostatic on standing this morning (BP 96/58).',
          planForToday: 'Hold evening furosemide if SBP < 100; daily weight; ambulate with PT.',
        },
        {
          author: AVERY,
          statusSinceLast: 'Met daughter Jordan; lives alone, daughter 20 minutes away.',
          concerns: 'Daughter unsure she can help daily the first week.',
          planForToday: 'Home health referral; confirm meals-on-wheels start date.',
        },
        {
          author: QUINN,
          statusSinceLast: '2 g sodium diet started; eating about half of meals.',
          concerns: null,
          planForToday: 'Teach low-sodium label reading with daughter present.',
        },
      ],
    },
    {
      patientMrn: 'MRN-100232',
      updates: [
        {
          author: SAM,
          statusSinceLast: 'Passed bedside swallow; right arm strength 3/5.',
          concerns: 'Two near-falls overnight getting to the bathroom.',
          planForToday: 'Bed alarm; toileting schedule every 2 hours.',
        },
        {
          author: TAYLOR,
          statusSinceLast: 'Walks 30 m with a hemi-walker and moderate assist.',
          concerns: 'Not safe for home yet.',
          planForToday: 'Inpatient rehab evaluation; family training session.',
        },
      ],
    },
    {
      patientMrn: 'MRN-100233',
      updates: [
        {
          author: MINH,
          statusSinceLast: 'Cultures negative at 48 h; afebrile.',
          concerns: null,
          planForToday: 'Switch to oral antibiotics; discharge if tolerating.',
        },
      ],
    },
  ] satisfies DemoRoundsPatient[],
} as const;

/** A care conference tomorrow about the heart-failure patient, the daughter joining by video. */
export const demoConference = {
  patientMrn: 'MRN-100231',
  title: 'Family meeting: plan for going home',
  inDays: 1,
  /** On the unit's clock. */
  hour: 14,
  location: '4W family room; video link sent to the daughter',
  organizer: CASEY,
  agenda: ['How the heart failure treatment is going', 'What help is needed at home', 'Questions from the family'],
  staff: [
    { email: CASEY, mode: 'IN_PERSON' },
    { email: AVERY, mode: 'IN_PERSON' },
    { email: MINH, mode: 'REMOTE' },
  ],
  family: [{ email: 'jordan.family@demo.carehub.test', relationship: 'Daughter', mode: 'REMOTE' }],
} as const;
