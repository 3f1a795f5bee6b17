/**
 * Task-board cards for the demo unit: the 4W unit board and a few patients' own boards, with work
 * for every discipline, some of it overdue, some assigned to a discipline only, and a few comments.
 * Recurring cards are not listed here: the hub generates them from the care plans' schedules.
 */
import type { DemoDiscipline } from './demo-unit.js';

export type DemoColumn = 'To do' | 'In progress' | 'Blocked' | 'Done';

export interface DemoTask {
  /** `UNIT` for the 4W board, else the MRN of the patient whose own board holds it. */
  board: 'UNIT' | string;
  /** On the unit board: the patient the card is about, if any (a patient board's cards are about its patient). */
  patientMrn?: string;
  title: string;
  column: DemoColumn;
  discipline: DemoDiscipline;
  /** A person, by email; left out, the card is for the discipline. */
  assignee?: string;
  /** Hours from seeding; negative is overdue. */
  dueInHours: number | null;
  priority: 'HIGH' | 'MEDIUM' | 'LOW';
  labels?: string[];
  checklist?: { text: string; done: boolean }[];
  comments?: { author: string; text: string; mentions?: string[] }[];
}

const RILEY = 'riley.chen@demo.carehub.test';
const SAM = 'sam.okafor@demo.carehub.test';
const JAMIE = 'jamie.ortiz@demo.carehub.test';
const AVERY = 'avery.patel@demo.carehub.test';
const NGUYEN = 'dr.nguyen@demo.carehub.test';
const TAYLOR = 'taylor.brooks@demo.carehub.test';
const MORGAN = 'morgan.lee@demo.carehub.test';
const ALEX = 'alex.kim@demo.carehub.test';
const JORDAN = 'jordan.reyes@demo.carehub.test';
const QUINN = 'quinn.harper@demo.carehub.test';
const CASEY = 'casey.morgan@demo.carehub.test';

export const demoTasks: DemoTask[] = [
  // ── the 4W unit board ──
  {
    board: 'UNIT',
    patientMrn: 'MRN-100231',
    title: 'Arrange home scale and heart-failure diary before discharge',
    column: 'In progress',
    discipline: 'CM',
    assignee: CASEY,
    dueInHours: 20,
    priority: 'HIGH',
    labels: ['discharge'],
    checklist: [
      { text: 'Scale ordered through DME vendor', done: true },
      { text: 'Diary printed in large type', done: false },
    ],
    comments: [
      {
        author: CASEY,
        text: 'Vendor can deliver tomorrow morning. @Riley Chen can you teach the diary?',
        mentions: [RILEY],
      },
      { author: RILEY, text: 'Yes, at the 14:00 med pass.' },
    ],
  },
  {
    board: 'UNIT',
    patientMrn: 'MRN-100232',
    title: 'Bedside swallow screen before breakfast tray',
    column: 'To do',
    discipline: 'SLP',
    assignee: ALEX,
    dueInHours: -3,
    priority: 'HIGH',
    labels: ['safety'],
  },
  {
    board: 'UNIT',
    patientMrn: 'MRN-100233',
    title: 'Medical respite referral: call intake coordinator',
    column: 'Blocked',
    discipline: 'SW',
    assignee: AVERY,
    dueInHours: -26,
    priority: 'HIGH',
    labels: ['discharge', 'housing'],
    comments: [{ author: AVERY, text: 'Intake needs a signed release; waiting for the patient to be back from CT.' }],
  },
  {
    board: 'UNIT',
    title: 'Restock the isolation cart outside 405',
    column: 'To do',
    discipline: 'LPN',
    assignee: JAMIE,
    dueInHours: 2,
    priority: 'MEDIUM',
  },
  {
    board: 'UNIT',
    patientMrn: 'MRN-100234',
    title: 'Renal dosing review of IV vancomycin',
    column: 'To do',
    discipline: 'PHARM',
    assignee: JORDAN,
    dueInHours: -1,
    priority: 'HIGH',
  },
  {
    board: 'UNIT',
    patientMrn: 'MRN-100235',
    title: 'Calorie count, day 2 of 3',
    column: 'In progress',
    discipline: 'RD',
    assignee: QUINN,
    dueInHours: 6,
    priority: 'MEDIUM',
  },
  {
    board: 'UNIT',
    patientMrn: 'MRN-100236',
    title: 'Evaluate for rolling walker',
    column: 'To do',
    discipline: 'PT',
    dueInHours: 30,
    priority: 'MEDIUM',
    labels: ['DME'],
  },
  {
    board: 'UNIT',
    patientMrn: 'MRN-100237',
    title: 'Sign discharge medication reconciliation',
    column: 'To do',
    discipline: 'MD',
    assignee: NGUYEN,
    dueInHours: -5,
    priority: 'HIGH',
    labels: ['discharge'],
  },
  {
    board: 'UNIT',
    title: 'Unit huddle: falls this week',
    column: 'Done',
    discipline: 'RN',
    assignee: SAM,
    dueInHours: -20,
    priority: 'LOW',
  },
  // ── patients' own boards ──
  {
    board: 'MRN-100231',
    title: 'Teach low-sodium label reading with daughter present',
    column: 'To do',
    discipline: 'RD',
    assignee: QUINN,
    dueInHours: 28,
    priority: 'MEDIUM',
    labels: ['education', 'family'],
  },
  {
    board: 'MRN-100231',
    title: 'Check potassium after diuretic change',
    column: 'In progress',
    discipline: 'RN',
    assignee: RILEY,
    dueInHours: -2,
    priority: 'HIGH',
    comments: [{ author: RILEY, text: 'Lab drawn at 06:00, result pending.' }],
  },
  {
    board: 'MRN-100232',
    title: 'Upper-extremity splint fitting',
    column: 'To do',
    discipline: 'OT',
    assignee: MORGAN,
    dueInHours: 8,
    priority: 'MEDIUM',
  },
  {
    board: 'MRN-100232',
    title: 'Stair training before home evaluation',
    column: 'Blocked',
    discipline: 'PT',
    assignee: TAYLOR,
    dueInHours: 48,
    priority: 'MEDIUM',
    comments: [
      {
        author: TAYLOR,
        text: 'Waiting for medical clearance after the BP spike. @Dr. Minh Nguyen',
        mentions: [NGUYEN],
      },
    ],
  },
  {
    board: 'MRN-100233',
    title: 'Bridge supply of inhalers for discharge',
    column: 'To do',
    discipline: 'PHARM',
    dueInHours: 24,
    priority: 'MEDIUM',
  },
];
