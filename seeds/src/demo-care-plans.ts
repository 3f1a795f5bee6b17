/** Care plans for three demo patients: heart failure, recovery after stroke, housing instability. */

export interface DemoPlan {
  patientMrn: string;
  problems: {
    statement: string;
    discipline: 'RN' | 'SW' | 'MD' | 'PT' | 'OT' | 'SLP' | 'RD' | 'CM' | 'PHARM' | 'LPN';
    priority: 'HIGH' | 'MEDIUM' | 'LOW';
    goals: {
      description: string;
      targetValue: string | null;
      /** Days from the plan's start. */
      targetInDays: number;
      status: 'PROPOSED' | 'ACTIVE';
      interventions: {
        action: string;
        ownerDiscipline: DemoPlan['problems'][number]['discipline'];
        frequency: string | null;
        /** The frequency in structured form, when it recurs: the task board makes a card per occurrence. */
        schedule?: { kind: 'DAILY' | 'EACH_SHIFT' | 'EVERY_N_HOURS'; at?: string; everyHours?: number };
      }[];
    }[];
  }[];
}

export const demoCarePlans: DemoPlan[] = [
  {
    patientMrn: 'MRN-100231',
    problems: [
      {
        statement: 'Fluid volume excess related to decompensated heart failure',
        discipline: 'RN',
        priority: 'HIGH',
        goals: [
          {
            description: 'Daily weight back within 1 kg of dry weight',
            targetValue: '68 kg',
            targetInDays: 5,
            status: 'ACTIVE',
            interventions: [
              {
                action: 'Weigh before breakfast on the same scale; report a gain over 1 kg',
                ownerDiscipline: 'RN',
                frequency: 'Daily',
                schedule: { kind: 'DAILY', at: '06:00' },
              },
              {
                action: 'Strict intake and output',
                ownerDiscipline: 'RN',
                frequency: 'Every shift',
                schedule: { kind: 'EACH_SHIFT' },
              },
              {
                action: 'Review diuretic dose against weight and creatinine',
                ownerDiscipline: 'PHARM',
                frequency: 'Daily',
                schedule: { kind: 'DAILY', at: '10:00' },
              },
            ],
          },
          {
            description: 'No crackles at lung bases and able to lie flat',
            targetValue: null,
            targetInDays: 4,
            status: 'ACTIVE',
            interventions: [
              {
                action: 'Lung sounds and orthopnoea check',
                ownerDiscipline: 'RN',
                frequency: 'Every 4 hours',
                schedule: { kind: 'EVERY_N_HOURS', everyHours: 4 },
              },
            ],
          },
        ],
      },
      {
        statement: 'Knowledge deficit: low-sodium diet and fluid restriction at home',
        discipline: 'RD',
        priority: 'MEDIUM',
        goals: [
          {
            description: 'Patient and daughter plan three days of meals under 2 g sodium (teach-back)',
            targetValue: 'teach-back passed',
            targetInDays: 6,
            status: 'PROPOSED',
            interventions: [
              {
                action: 'Diet teaching with the daughter present',
                ownerDiscipline: 'RD',
                frequency: 'Twice before discharge',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    patientMrn: 'MRN-100232',
    problems: [
      {
        statement: 'Impaired physical mobility after left MCA stroke (right hemiparesis)',
        discipline: 'PT',
        priority: 'HIGH',
        goals: [
          {
            description: 'Walks 50 m with a quad cane and stand-by assistance',
            targetValue: '50 m',
            targetInDays: 7,
            status: 'ACTIVE',
            interventions: [
              { action: 'Gait training with quad cane', ownerDiscipline: 'PT', frequency: 'BID' },
              {
                action: 'Transfers bed to chair with one assist; chair for all meals',
                ownerDiscipline: 'RN',
                frequency: 'Each meal',
              },
            ],
          },
        ],
      },
      {
        statement: 'Self-care deficit: dressing and bathing',
        discipline: 'OT',
        priority: 'MEDIUM',
        goals: [
          {
            description: 'Dresses upper body with set-up only',
            targetValue: 'set-up only',
            targetInDays: 7,
            status: 'ACTIVE',
            interventions: [
              {
                action: 'ADL retraining with one-handed techniques',
                ownerDiscipline: 'OT',
                frequency: 'Daily',
                schedule: { kind: 'DAILY', at: '14:00' },
              },
            ],
          },
        ],
      },
    ],
  },
  {
    patientMrn: 'MRN-100233',
    problems: [
      {
        statement: 'Housing instability: staying in a shelter with no place to keep wound supplies',
        discipline: 'SW',
        priority: 'HIGH',
        goals: [
          {
            description: 'Safe discharge address with space for wound care confirmed',
            targetValue: 'address confirmed',
            targetInDays: 3,
            status: 'ACTIVE',
            interventions: [
              { action: 'Referral to medical respite programme', ownerDiscipline: 'SW', frequency: null },
              {
                action: 'Apply for emergency housing voucher with the patient (Spanish interpreter)',
                ownerDiscipline: 'SW',
                frequency: null,
              },
              {
                action: 'Arrange home health wound visits once the address is known',
                ownerDiscipline: 'CM',
                frequency: null,
              },
            ],
          },
        ],
      },
    ],
  },
];
