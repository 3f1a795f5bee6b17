/**
 * What the demo team has shared with the two demo families: Jordan Whitfield follows her mother
 * Eleanor (heart failure), Chris Jensen his father Harold (stroke). Times are hours before seeding.
 */

export interface DemoFamilyFeed {
  patientMrn: string;
  /** Goals and interventions of the demo plan shared with family, by their text. */
  sharedPlanItems: string[];
  /** Care-team members the family sees as contacts, by email. */
  contacts: string[];
  updates: { authorEmail: string; hoursAgo: number; text: string }[];
  questions: {
    askerEmail: string;
    hoursAgo: number;
    text: string;
    reply: { authorEmail: string; hoursAgo: number; text: string } | null;
  }[];
}

const CASEY = 'casey.morgan@demo.carehub.test';
const RILEY = 'riley.chen@demo.carehub.test';
const AVERY = 'avery.patel@demo.carehub.test';
const TAYLOR = 'taylor.brooks@demo.carehub.test';

export const demoFamilyFeeds: DemoFamilyFeed[] = [
  {
    patientMrn: 'MRN-100231',
    sharedPlanItems: [
      'Daily weight back within 1 kg of dry weight',
      'Weigh before breakfast on the same scale; report a gain over 1 kg',
      'Patient and daughter plan three days of meals under 2 g sodium (teach-back)',
      'Diet teaching with the daughter present',
    ],
    contacts: [CASEY, RILEY, AVERY],
    updates: [
      {
        authorEmail: CASEY,
        hoursAgo: 30,
        text:
          'Your mother settled in well on 4 West. Her heart is working harder than usual, which makes fluid build up ' +
          'in her legs and lungs. We are giving her medicine to remove the extra fluid and weighing her every morning ' +
          'to see how it is working.',
      },
      {
        authorEmail: RILEY,
        hoursAgo: 8,
        text:
          'Eleanor slept well and breathed more easily last night. Her weight is down 1.5 kg since she arrived, which ' +
          'is what we hoped for. She walked to the window and back with a nurse this morning.',
      },
      {
        authorEmail: CASEY,
        hoursAgo: 2,
        text:
          'We are planning for Eleanor to go home in about two days. Our dietitian would like to go over meals with ' +
          'you both before then; the nurses will call you to find a time that suits you.',
      },
    ],
    questions: [
      {
        askerEmail: 'jordan.family@demo.carehub.test',
        hoursAgo: 20,
        text: 'Can Mum keep taking her evening water tablet at home, or will that change?',
        reply: {
          authorEmail: CASEY,
          hoursAgo: 18,
          text:
            'Good question. The doctors may change the dose before she goes home. We will give you a written list of ' +
            'every medicine and go through it with you on the day.',
        },
      },
    ],
  },
  {
    patientMrn: 'MRN-100232',
    sharedPlanItems: [
      'Walks 50 m with a quad cane and stand-by assistance',
      'Gait training with quad cane',
      'Dresses upper body with set-up only',
    ],
    contacts: [],
    updates: [
      {
        authorEmail: CASEY,
        hoursAgo: 26,
        text:
          'Your father had a stroke that affects the right side of his body. He is safe and comfortable. Over the ' +
          'next days physical and occupational therapists will work with him to get him moving and doing more for himself.',
      },
      {
        authorEmail: TAYLOR,
        hoursAgo: 5,
        text:
          'Harold stood up and took ten steps with a four-point cane today, with one of us beside him. He was tired ' +
          'afterwards but pleased. We will practise twice a day.',
      },
    ],
    questions: [
      {
        askerEmail: 'chris.family@demo.carehub.test',
        hoursAgo: 3,
        text: 'Will Dad need a ramp or rails at home before he comes back? We have three steps at the front door.',
        reply: null,
      },
    ],
  },
];
