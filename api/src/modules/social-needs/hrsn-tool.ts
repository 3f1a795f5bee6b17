/**
 * The ten core questions of the CMS Accountable Health Communities (AHC) Health-Related Social
 * Needs (HRSN) Screening Tool, with the tool's own answer options and the scoring rules of its
 * guide (Billioux A, Verlander K, Anthony S, Alley D. "Standardized Screening for Health-Related
 * Social Needs in Clinical Settings: The Accountable Health Communities Screening Tool."
 * NAM Perspectives, 2017; and CMS, "The AHC HRSN Screening Tool", 2021):
 *
 * - Living situation (questions 1–2): positive for answer 2 or 3 to question 1, or any problem
 *   other than "none of the above" to question 2.
 * - Food (3–4): positive for "often true" or "sometimes true" to either question.
 * - Transportation (5): positive for "yes".
 * - Utilities (6): positive for "yes" or "already shut off".
 * - Interpersonal safety (7–10): each answer scored never 1 … frequently 5; positive at a summed
 *   score of 11 or more.
 */

export const HRSN_DOMAINS = ['LIVING_SITUATION', 'FOOD', 'TRANSPORTATION', 'UTILITIES', 'SAFETY'] as const;
export type HrsnDomain = (typeof HRSN_DOMAINS)[number];

export const DOMAIN_LABELS: Record<HrsnDomain, string> = {
  LIVING_SITUATION: 'Living situation',
  FOOD: 'Food',
  TRANSPORTATION: 'Transportation',
  UTILITIES: 'Utilities',
  SAFETY: 'Interpersonal safety',
};

export interface HrsnOption {
  value: string;
  label: string;
  /** The option's score where the tool sums scores (interpersonal safety). */
  score?: number;
}

export interface HrsnQuestion {
  id: string;
  number: number;
  domain: HrsnDomain;
  text: string;
  /** Several options may be chosen ("choose all that apply"). */
  multiple: boolean;
  options: HrsnOption[];
}

const FOOD_OPTIONS: HrsnOption[] = [
  { value: 'OFTEN_TRUE', label: 'Often true' },
  { value: 'SOMETIMES_TRUE', label: 'Sometimes true' },
  { value: 'NEVER_TRUE', label: 'Never true' },
];
const SAFETY_OPTIONS: HrsnOption[] = [
  { value: 'NEVER', label: 'Never', score: 1 },
  { value: 'RARELY', label: 'Rarely', score: 2 },
  { value: 'SOMETIMES', label: 'Sometimes', score: 3 },
  { value: 'FAIRLY_OFTEN', label: 'Fairly often', score: 4 },
  { value: 'FREQUENTLY', label: 'Frequently', score: 5 },
];
const safety = (id: string, number: number, act: string): HrsnQuestion => ({
  id,
  number,
  domain: 'SAFETY',
  text: `How often does anyone, including family and friends, ${act}?`,
  multiple: false,
  options: SAFETY_OPTIONS,
});

export const HRSN_QUESTIONS: readonly HrsnQuestion[] = [
  {
    id: 'LIVING_SITUATION',
    number: 1,
    domain: 'LIVING_SITUATION',
    text: 'What is your living situation today?',
    multiple: false,
    options: [
      { value: 'STEADY', label: 'I have a steady place to live' },
      {
        value: 'WORRIED_ABOUT_LOSING',
        label: 'I have a place to live today, but I am worried about losing it in the future',
      },
      {
        value: 'NOT_STEADY',
        label:
          'I do not have a steady place to live (I am temporarily staying with others, in a hotel, in a shelter, living outside on the street, on a beach, in a car, abandoned building, bus or train station, or in a park)',
      },
    ],
  },
  {
    id: 'HOUSING_PROBLEMS',
    number: 2,
    domain: 'LIVING_SITUATION',
    text: 'Think about the place you live. Do you have problems with any of the following? (Choose all that apply.)',
    multiple: true,
    options: [
      { value: 'PESTS', label: 'Pests such as bugs, ants, or mice' },
      { value: 'MOLD', label: 'Mold' },
      { value: 'LEAD', label: 'Lead paint or pipes' },
      { value: 'LACK_OF_HEAT', label: 'Lack of heat' },
      { value: 'OVEN_OR_STOVE', label: 'Oven or stove not working' },
      { value: 'SMOKE_DETECTORS', label: 'Smoke detectors missing or not working' },
      { value: 'WATER_LEAKS', label: 'Water leaks' },
      { value: 'NONE', label: 'None of the above' },
    ],
  },
  {
    id: 'FOOD_WORRY',
    number: 3,
    domain: 'FOOD',
    text: 'Within the past 12 months, you worried that your food would run out before you got money to buy more.',
    multiple: false,
    options: FOOD_OPTIONS,
  },
  {
    id: 'FOOD_DID_NOT_LAST',
    number: 4,
    domain: 'FOOD',
    text: "Within the past 12 months, the food you bought just didn't last and you didn't have money to get more.",
    multiple: false,
    options: FOOD_OPTIONS,
  },
  {
    id: 'TRANSPORTATION',
    number: 5,
    domain: 'TRANSPORTATION',
    text: 'In the past 12 months, has lack of reliable transportation kept you from medical appointments, meetings, work or from getting things needed for daily living?',
    multiple: false,
    options: [
      { value: 'YES', label: 'Yes' },
      { value: 'NO', label: 'No' },
    ],
  },
  {
    id: 'UTILITIES',
    number: 6,
    domain: 'UTILITIES',
    text: 'In the past 12 months has the electric, gas, oil, or water company threatened to shut off services in your home?',
    multiple: false,
    options: [
      { value: 'YES', label: 'Yes' },
      { value: 'NO', label: 'No' },
      { value: 'ALREADY_SHUT_OFF', label: 'Already shut off' },
    ],
  },
  safety('SAFETY_PHYSICALLY_HURT', 7, 'physically hurt you'),
  safety('SAFETY_INSULT', 8, 'insult or talk down to you'),
  safety('SAFETY_THREATEN', 9, 'threaten you with harm'),
  safety('SAFETY_SCREAM', 10, 'scream or curse at you'),
];

/** The summed interpersonal-safety score at which the domain is positive. */
export const SAFETY_POSITIVE_AT = 11;

/** The languages CMS publishes the AHC HRSN Screening Tool in, that CareHub offers. */
export const HRSN_LANGUAGES = ['ENGLISH', 'SPANISH'] as const;
export type HrsnLanguage = (typeof HRSN_LANGUAGES)[number];

/** Answers by question id: one option value, or several for a "choose all that apply" question. */
export type HrsnAnswers = Record<string, string[]>;

const byId = new Map(HRSN_QUESTIONS.map((q) => [q.id, q]));

/**
 * The first problem with an answer (null `values`: clearing it), or null when the tool offers it: an unknown question,
 * a value outside the question's options, several values for a single-choice question, or
 * "none of the above" together with a problem.
 */
export function answerProblem(questionId: string, values: readonly string[] | null): string | null {
  const question = byId.get(questionId);
  if (!question) return `${questionId} is not a question of the AHC HRSN screening tool.`;
  if (values === null) return null;
  if (values.length === 0) return `Question ${question.number} needs an answer.`;
  if (new Set(values).size !== values.length) return `Question ${question.number} has a repeated answer.`;
  if (!question.multiple && values.length > 1) return `Question ${question.number} takes one answer.`;
  const allowed = new Set(question.options.map((o) => o.value));
  const outside = values.find((v) => !allowed.has(v));
  if (outside !== undefined) {
    return `"${outside}" is not an answer to question ${question.number}; the options are ${[...allowed].join(', ')}.`;
  }
  if (question.multiple && values.includes('NONE') && values.length > 1) {
    return `Question ${question.number}: "None of the above" cannot be chosen with a problem.`;
  }
  return null;
}

export interface DomainResult {
  domain: HrsnDomain;
  /** Null while a question of the domain is unanswered. */
  positive: boolean | null;
  /** The summed score, for the safety domain. */
  score: number | null;
}

const answered = (answers: HrsnAnswers, id: string) => answers[id] ?? null;

/** Each domain's result under the tool's scoring rules; a domain with an unanswered question is undecided. */
export function scoreScreening(answers: HrsnAnswers): DomainResult[] {
  const one = (id: string) => answered(answers, id)?.[0] ?? null;
  const living = (() => {
    const situation = one('LIVING_SITUATION');
    const problems = answered(answers, 'HOUSING_PROBLEMS');
    if (situation === null || problems === null) return null;
    return situation !== 'STEADY' || problems.some((p) => p !== 'NONE');
  })();
  const food = (() => {
    const a = one('FOOD_WORRY');
    const b = one('FOOD_DID_NOT_LAST');
    if (a === null || b === null) return null;
    return [a, b].some((v) => v === 'OFTEN_TRUE' || v === 'SOMETIMES_TRUE');
  })();
  const transport = one('TRANSPORTATION');
  const utilities = one('UTILITIES');
  const safetyIds = HRSN_QUESTIONS.filter((q) => q.domain === 'SAFETY').map((q) => q.id);
  const safetyScores = safetyIds.map((id) => SAFETY_OPTIONS.find((o) => o.value === one(id))?.score ?? null);
  const safetyScore = safetyScores.every((s) => s !== null)
    ? safetyScores.reduce<number>((sum, s) => sum + (s ?? 0), 0)
    : null;
  return [
    { domain: 'LIVING_SITUATION', positive: living, score: null },
    { domain: 'FOOD', positive: food, score: null },
    { domain: 'TRANSPORTATION', positive: transport === null ? null : transport === 'YES', score: null },
    {
      domain: 'UTILITIES',
      positive: utilities === null ? null : utilities === 'YES' || utilities === 'ALREADY_SHUT_OFF',
      score: null,
    },
    { domain: 'SAFETY', positive: safetyScore === null ? null : safetyScore >= SAFETY_POSITIVE_AT, score: safetyScore },
  ];
}

/** The questions not yet answered, by number. */
export const unansweredQuestions = (answers: HrsnAnswers) =>
  HRSN_QUESTIONS.filter((q) => !answers[q.id]?.length).map((q) => q.number);
