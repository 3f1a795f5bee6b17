/**
 * The four domains of a case manager's holistic assessment and their structured fields. Every
 * field is optional while the assessment is a draft; signing needs the fields in `REQUIRED_TO_SIGN`.
 */

export const COGNITION = ['INTACT', 'MILD_IMPAIRMENT', 'SEVERE_IMPAIRMENT'] as const;
export const SUPPORT_SYSTEM = ['STRONG', 'LIMITED', 'NONE'] as const;
export const LIVING_ARRANGEMENT = ['ALONE', 'WITH_FAMILY', 'WITH_OTHERS', 'FACILITY', 'NO_STEADY_HOUSING'] as const;
export const CAREGIVER = ['AVAILABLE', 'PART_TIME', 'NONE'] as const;
export const FUNCTIONAL_STATUS = ['INDEPENDENT', 'NEEDS_ASSISTANCE', 'DEPENDENT'] as const;

export interface ClinicalDomain {
  cognition: (typeof COGNITION)[number] | null;
  medicationCount: number | null;
  fallsInPastYear: boolean | null;
  painConcern: boolean | null;
  narrative: string | null;
}

export interface PsychosocialDomain {
  supportSystem: (typeof SUPPORT_SYSTEM)[number] | null;
  moodConcern: boolean | null;
  substanceUseConcern: boolean | null;
  narrative: string | null;
}

export interface FinancialDomain {
  coverageAdequate: boolean | null;
  medicationCostConcern: boolean | null;
  incomeConcern: boolean | null;
  narrative: string | null;
}

export interface EnvironmentalDomain {
  livingArrangement: (typeof LIVING_ARRANGEMENT)[number] | null;
  homeAccessBarriers: boolean | null;
  caregiver: (typeof CAREGIVER)[number] | null;
  functionalStatus: (typeof FUNCTIONAL_STATUS)[number] | null;
  narrative: string | null;
}

export interface AssessmentDomains {
  clinical: ClinicalDomain;
  psychosocial: PsychosocialDomain;
  financial: FinancialDomain;
  environmental: EnvironmentalDomain;
}

export type DomainName = keyof AssessmentDomains;

export const EMPTY_DOMAINS: AssessmentDomains = {
  clinical: { cognition: null, medicationCount: null, fallsInPastYear: null, painConcern: null, narrative: null },
  psychosocial: { supportSystem: null, moodConcern: null, substanceUseConcern: null, narrative: null },
  financial: { coverageAdequate: null, medicationCostConcern: null, incomeConcern: null, narrative: null },
  environmental: {
    livingArrangement: null,
    homeAccessBarriers: null,
    caregiver: null,
    functionalStatus: null,
    narrative: null,
  },
};

export const DOMAIN_NAMES = Object.keys(EMPTY_DOMAINS) as DomainName[];

/** The fields an assessor must have answered before signing. */
export const REQUIRED_TO_SIGN: { [D in DomainName]: (keyof AssessmentDomains[D])[] } = {
  clinical: ['cognition'],
  psychosocial: ['supportSystem'],
  financial: ['coverageAdequate'],
  environmental: ['livingArrangement', 'caregiver', 'functionalStatus'],
};

/** `domain.field` of every required field still empty. */
export function unansweredToSign(domains: AssessmentDomains): string[] {
  return DOMAIN_NAMES.flatMap((d) =>
    (REQUIRED_TO_SIGN[d] as string[])
      .filter((f) => (domains[d] as unknown as Record<string, unknown>)[f] == null)
      .map((f) => `${d}.${f}`),
  );
}

export interface FieldDifference {
  domain: DomainName;
  field: string;
  before: unknown;
  after: unknown;
}

/** Every field whose value differs between two assessments, in domain and field order. */
export function differences(previous: AssessmentDomains, current: AssessmentDomains): FieldDifference[] {
  return DOMAIN_NAMES.flatMap((domain) =>
    Object.keys(EMPTY_DOMAINS[domain]).flatMap((field) => {
      const before = (previous[domain] as unknown as Record<string, unknown>)[field] ?? null;
      const after = (current[domain] as unknown as Record<string, unknown>)[field] ?? null;
      return before === after ? [] : [{ domain, field, before, after }];
    }),
  );
}
