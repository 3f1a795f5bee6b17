import type { HrsnDomain } from '../social-needs/hrsn-tool.js';

/**
 * LOINC codes of the AHC HRSN screening tool (LOINC panel 96777-8, "Accountable health communities
 * (AHC) health-related social needs screening (HRSN) tool"), its ten core questions and their
 * answers (LOINC answer lists), as LOINC publishes the panel and the SDOH Clinical Care guide uses it.
 * Keyed by CareHub's question ids and option values (`social-needs/hrsn-tool.ts`).
 */
export const LOINC = 'http://loinc.org';
export const AHC_HRSN_PANEL = {
  code: '96777-8',
  display: 'Accountable health communities (AHC) health-related social needs screening (HRSN) tool',
};
/** The panel as a FHIR Questionnaire canonical (LOINC's form URL scheme). */
export const AHC_HRSN_QUESTIONNAIRE = `http://loinc.org/q/${AHC_HRSN_PANEL.code}`;
/** Interpersonal safety total score (questions 7–10). */
export const SAFETY_TOTAL_SCORE = { code: '95614-4', display: 'Total score [AHC HRSN]' };

const FOOD = { OFTEN_TRUE: 'LA28397-0', SOMETIMES_TRUE: 'LA6729-3', NEVER_TRUE: 'LA28398-8' };
const YES_NO = { YES: 'LA33-6', NO: 'LA32-8' };
const FREQUENCY = {
  NEVER: 'LA6270-8',
  RARELY: 'LA10066-1',
  SOMETIMES: 'LA10082-8',
  FAIRLY_OFTEN: 'LA16644-9',
  FREQUENTLY: 'LA6482-9',
};

export interface LoincQuestion {
  code: string;
  /** LOINC answer codes by CareHub option value. */
  answers: Record<string, string>;
}

export const HRSN_LOINC: Readonly<Record<string, LoincQuestion>> = {
  LIVING_SITUATION: {
    code: '71802-3',
    answers: { STEADY: 'LA31993-1', WORRIED_ABOUT_LOSING: 'LA31994-9', NOT_STEADY: 'LA31995-6' },
  },
  HOUSING_PROBLEMS: {
    code: '96778-6',
    answers: {
      PESTS: 'LA31996-4',
      MOLD: 'LA28580-1',
      LEAD: 'LA31997-2',
      LACK_OF_HEAT: 'LA31998-0',
      OVEN_OR_STOVE: 'LA31999-8',
      SMOKE_DETECTORS: 'LA32000-4',
      WATER_LEAKS: 'LA32001-2',
      NONE: 'LA9-3',
    },
  },
  FOOD_WORRY: { code: '88122-7', answers: FOOD },
  FOOD_DID_NOT_LAST: { code: '88123-5', answers: FOOD },
  TRANSPORTATION: { code: '93030-5', answers: YES_NO },
  UTILITIES: { code: '96779-4', answers: { ...YES_NO, ALREADY_SHUT_OFF: 'LA32002-0' } },
  SAFETY_PHYSICALLY_HURT: { code: '95618-5', answers: FREQUENCY },
  SAFETY_INSULT: { code: '95617-7', answers: FREQUENCY },
  SAFETY_THREATEN: { code: '95616-9', answers: FREQUENCY },
  SAFETY_SCREAM: { code: '95615-1', answers: FREQUENCY },
};

/**
 * A positive screening domain as an SDOH health concern: the SDOH Clinical Care guide's domain
 * category and an ICD-10-CM Z code for the finding (interpersonal safety has no single Z code for
 * a screening finding, so it is stated in text).
 */
export const SDOH_DOMAINS: Readonly<
  Record<HrsnDomain, { category: string; categoryDisplay: string; icd10?: { code: string; display: string } }>
> = {
  LIVING_SITUATION: {
    category: 'housing-instability',
    categoryDisplay: 'Housing Instability',
    icd10: { code: 'Z59.819', display: 'Housing instability, housed unspecified' },
  },
  FOOD: {
    category: 'food-insecurity',
    categoryDisplay: 'Food Insecurity',
    icd10: { code: 'Z59.41', display: 'Food insecurity' },
  },
  TRANSPORTATION: {
    category: 'transportation-insecurity',
    categoryDisplay: 'Transportation Insecurity',
    icd10: { code: 'Z59.82', display: 'Transportation insecurity' },
  },
  UTILITIES: {
    category: 'utility-insecurity',
    categoryDisplay: 'Utility Insecurity',
    icd10: { code: 'Z59.12', display: 'Inadequate housing utilities' },
  },
  SAFETY: { category: 'intimate-partner-violence', categoryDisplay: 'Intimate Partner Violence' },
};
export const SDOHCC_CATEGORY_SYSTEM =
  'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes';
