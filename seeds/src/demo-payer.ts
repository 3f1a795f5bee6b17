/**
 * The demo unit's utilization reviews and payer authorizations, every status at least once:
 * Eleanor (Medicare) with an admission review and a continued-stay review that failed criteria and
 * went to the physician advisor; home health approved, equipment pending, cardiac rehab submitted,
 * a denied day whose appeal was lost. Harold (Humana Medicare Advantage) with a skilled-nursing
 * placement denied, its appeal deadline in two days; home health under appeal; the inpatient stay
 * partially approved; speech therapy won on appeal; a walker still a draft. Offsets are days from
 * seeding.
 */

export interface DemoUtilizationReview {
  patientMrn: string;
  reviewType: 'ADMISSION' | 'CONTINUED_STAY' | 'RETROSPECTIVE';
  reviewInDays: number;
  criteriaSet: string;
  levelOfCare: 'INPATIENT' | 'OBSERVATION' | 'SKILLED_NURSING';
  criteriaMet: boolean;
  notes: string;
  /** Days from seeding; a card for it goes on the patient's board. */
  nextReviewInDays: number | null;
  advisor?: { reason: string; outcome: 'PENDING' | 'SUPPORTS_LEVEL_OF_CARE'; advisorName: string };
  avoidableDays?: { inDays: number; reason: string; note: string | null }[];
}

export interface DemoAuthorization {
  patientMrn: string;
  service: 'INPATIENT_STAY' | 'POST_ACUTE_PLACEMENT' | 'HOME_HEALTH' | 'DURABLE_MEDICAL_EQUIPMENT' | 'THERAPY';
  serviceDetail: string;
  unitOfService: 'DAYS' | 'VISITS' | 'ITEMS' | 'SESSIONS';
  requestedUnits: number;
  requestedFromDays: number;
  requestedToDays: number;
  payerReference: string | null;
  /** The statuses it went through after DRAFT, with days from seeding, oldest first. */
  steps: { status: string; inDays: number; note?: string }[];
  approvedUnits?: number;
  denialReason?: string;
  /** Days from seeding; a card for it goes on the patient's board while the denial is not appealed. */
  appealDeadlineInDays?: number;
  peerToPeerInDays?: number;
}

export const demoUtilizationReviews: DemoUtilizationReview[] = [
  {
    patientMrn: 'MRN-100231',
    reviewType: 'ADMISSION',
    reviewInDays: -3,
    criteriaSet: 'InterQual 2026 Acute Adult — Heart failure',
    levelOfCare: 'INPATIENT',
    criteriaMet: true,
    notes: 'IV diuresis with daily labs; meets intensity of service.',
    nextReviewInDays: null,
  },
  {
    patientMrn: 'MRN-100231',
    reviewType: 'CONTINUED_STAY',
    reviewInDays: -1,
    criteriaSet: 'InterQual 2026 Acute Adult — Heart failure',
    levelOfCare: 'INPATIENT',
    criteriaMet: false,
    notes: 'Transitioned to oral diuretics; discharge criteria met apart from the home scale.',
    nextReviewInDays: 1,
    advisor: {
      reason: 'Continued stay criteria not met; attending requests second review.',
      outcome: 'PENDING',
      advisorName: 'Dr. Okafor',
    },
    avoidableDays: [{ inDays: -1, reason: 'HOME_SERVICES_UNAVAILABLE', note: 'Digital scale not delivered' }],
  },
  {
    patientMrn: 'MRN-100232',
    reviewType: 'ADMISSION',
    reviewInDays: -4,
    criteriaSet: 'MCG 28th edition — Stroke, ischemic',
    levelOfCare: 'INPATIENT',
    criteriaMet: true,
    notes: 'Acute ischemic stroke with dysphagia screening; meets inpatient criteria.',
    nextReviewInDays: -1,
    avoidableDays: [{ inDays: -2, reason: 'POST_ACUTE_BED_UNAVAILABLE', note: 'Awaiting SNF authorization' }],
  },
];

export const demoAuthorizations: DemoAuthorization[] = [
  {
    patientMrn: 'MRN-100231',
    service: 'INPATIENT_STAY',
    serviceDetail: 'Acute stay, heart failure: day 4',
    unitOfService: 'DAYS',
    requestedUnits: 1,
    requestedFromDays: -1,
    requestedToDays: -1,
    payerReference: 'MCR-IP-40417',
    steps: [
      { status: 'SUBMITTED', inDays: -2 },
      { status: 'DENIED', inDays: -2, note: 'Day 4 judged avoidable' },
      { status: 'APPEALED', inDays: -1 },
      { status: 'APPEAL_LOST', inDays: 0, note: 'Upheld by the QIO' },
    ],
    denialReason: 'Continued stay criteria not met on day 4.',
  },
  {
    patientMrn: 'MRN-100231',
    service: 'THERAPY',
    serviceDetail: 'Outpatient cardiac rehabilitation',
    unitOfService: 'SESSIONS',
    requestedUnits: 36,
    requestedFromDays: 7,
    requestedToDays: 90,
    payerReference: null,
    steps: [{ status: 'SUBMITTED', inDays: 0 }],
  },
  {
    patientMrn: 'MRN-100231',
    service: 'HOME_HEALTH',
    serviceDetail: 'Bayada home health: skilled nursing and PT',
    unitOfService: 'VISITS',
    requestedUnits: 8,
    requestedFromDays: 2,
    requestedToDays: 30,
    payerReference: 'MCR-HH-55102',
    steps: [
      { status: 'SUBMITTED', inDays: -2 },
      { status: 'APPROVED', inDays: -1, note: 'Approved by phone' },
    ],
  },
  {
    patientMrn: 'MRN-100231',
    service: 'DURABLE_MEDICAL_EQUIPMENT',
    serviceDetail: 'Digital scale (Apria)',
    unitOfService: 'ITEMS',
    requestedUnits: 1,
    requestedFromDays: 1,
    requestedToDays: 1,
    payerReference: null,
    steps: [
      { status: 'SUBMITTED', inDays: -1 },
      { status: 'PENDING', inDays: 0 },
    ],
  },
  {
    patientMrn: 'MRN-100232',
    service: 'POST_ACUTE_PLACEMENT',
    serviceDetail: 'Maple Grove skilled nursing facility',
    unitOfService: 'DAYS',
    requestedUnits: 21,
    requestedFromDays: 1,
    requestedToDays: 21,
    payerReference: 'HUM-SNF-77812',
    steps: [
      { status: 'SUBMITTED', inDays: -3 },
      { status: 'PENDING', inDays: -2 },
      { status: 'DENIED', inDays: -1, note: 'Denial letter faxed' },
    ],
    denialReason: 'Does not meet skilled need: able to participate in therapy at home.',
    appealDeadlineInDays: 2,
    peerToPeerInDays: 1,
  },
  {
    patientMrn: 'MRN-100232',
    service: 'INPATIENT_STAY',
    serviceDetail: 'Acute stay, stroke',
    unitOfService: 'DAYS',
    requestedUnits: 6,
    requestedFromDays: -4,
    requestedToDays: 1,
    payerReference: 'HUM-IP-66020',
    steps: [
      { status: 'SUBMITTED', inDays: -4 },
      { status: 'PARTIALLY_APPROVED', inDays: -3 },
    ],
    approvedUnits: 4,
  },
  {
    patientMrn: 'MRN-100232',
    service: 'THERAPY',
    serviceDetail: 'Outpatient speech therapy',
    unitOfService: 'SESSIONS',
    requestedUnits: 12,
    requestedFromDays: 3,
    requestedToDays: 45,
    payerReference: 'HUM-ST-11890',
    steps: [
      { status: 'SUBMITTED', inDays: -3 },
      { status: 'DENIED', inDays: -3 },
      { status: 'APPEALED', inDays: -2, note: 'SLP evaluation attached' },
      { status: 'APPEAL_WON', inDays: -1 },
    ],
    denialReason: 'Documentation of deficits missing.',
  },
  {
    patientMrn: 'MRN-100232',
    service: 'HOME_HEALTH',
    serviceDetail: 'Home health aide, as a fallback to the SNF',
    unitOfService: 'VISITS',
    requestedUnits: 10,
    requestedFromDays: 2,
    requestedToDays: 30,
    payerReference: 'HUM-HH-30221',
    steps: [
      { status: 'SUBMITTED', inDays: -3 },
      { status: 'DENIED', inDays: -2 },
      { status: 'APPEALED', inDays: -1, note: 'Expedited appeal filed' },
    ],
    denialReason: 'Aide services alone are not a skilled need.',
  },
  {
    patientMrn: 'MRN-100232',
    service: 'DURABLE_MEDICAL_EQUIPMENT',
    serviceDetail: 'Hemi-walker',
    unitOfService: 'ITEMS',
    requestedUnits: 1,
    requestedFromDays: 2,
    requestedToDays: 2,
    payerReference: null,
    steps: [],
  },
];
