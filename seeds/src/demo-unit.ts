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

export interface DemoPatient {
  mrn: string;
  name: string;
  dateOfBirth: string;
  bed: string;
  admittedDaysAgo: number;
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

export const demoPatients: DemoPatient[] = [
  { mrn: 'MRN-100231', name: 'Eleanor Whitfield', dateOfBirth: '1941-03-14', bed: '401A', admittedDaysAgo: 4 },
  { mrn: 'MRN-100232', name: 'Harold Jensen', dateOfBirth: '1948-11-02', bed: '401B', admittedDaysAgo: 2 },
  { mrn: 'MRN-100233', name: 'Maria Alvarez', dateOfBirth: '1956-07-21', bed: '402A', admittedDaysAgo: 6 },
  { mrn: 'MRN-100234', name: 'Thomas Greene', dateOfBirth: '1937-01-30', bed: '402B', admittedDaysAgo: 9 },
  { mrn: 'MRN-100235', name: 'Aisha Bello', dateOfBirth: '1969-05-08', bed: '403A', admittedDaysAgo: 1 },
  { mrn: 'MRN-100236', name: 'Walter Kowalski', dateOfBirth: '1944-09-17', bed: '403B', admittedDaysAgo: 3 },
  { mrn: 'MRN-100237', name: 'Grace Liu', dateOfBirth: '1952-12-05', bed: '404A', admittedDaysAgo: 5 },
  { mrn: 'MRN-100238', name: 'Dennis Moore', dateOfBirth: '1960-02-27', bed: '404B', admittedDaysAgo: 7 },
  { mrn: 'MRN-100239', name: 'Rosa Delgado', dateOfBirth: '1939-08-11', bed: '405A', admittedDaysAgo: 11 },
  { mrn: 'MRN-100240', name: 'Samuel Osei', dateOfBirth: '1975-04-19', bed: '405B', admittedDaysAgo: 2 },
  { mrn: 'MRN-100241', name: 'Beatrice Novak', dateOfBirth: '1946-10-23', bed: '406A', admittedDaysAgo: 8 },
  { mrn: 'MRN-100242', name: 'Frank Dubois', dateOfBirth: '1958-06-02', bed: '406B', admittedDaysAgo: 1 },
];
