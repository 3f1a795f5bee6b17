import { describe, expect, it } from 'vitest';
import { type AssessmentDomains, differences, EMPTY_DOMAINS, unansweredToSign } from './assessment.domains.js';

const filled: AssessmentDomains = {
  clinical: { ...EMPTY_DOMAINS.clinical, cognition: 'INTACT', medicationCount: 4 },
  psychosocial: { ...EMPTY_DOMAINS.psychosocial, supportSystem: 'STRONG' },
  financial: { ...EMPTY_DOMAINS.financial, coverageAdequate: false },
  environmental: {
    ...EMPTY_DOMAINS.environmental,
    livingArrangement: 'ALONE',
    caregiver: 'NONE',
    functionalStatus: 'DEPENDENT',
  },
};

describe('assessment domains', () => {
  it('an empty assessment lacks every field required to sign, in domain order', () => {
    expect(unansweredToSign(EMPTY_DOMAINS)).toEqual([
      'clinical.cognition',
      'psychosocial.supportSystem',
      'financial.coverageAdequate',
      'environmental.livingArrangement',
      'environmental.caregiver',
      'environmental.functionalStatus',
    ]);
  });

  it('false is an answer: "coverage adequate: no" counts as answered', () => {
    expect(unansweredToSign(filled)).toEqual([]);
  });

  it('lists only the fields that differ, with before and after, including a cleared one', () => {
    const next: AssessmentDomains = {
      ...filled,
      clinical: { ...filled.clinical, medicationCount: null, narrative: 'New oxygen order' },
      environmental: { ...filled.environmental, caregiver: 'AVAILABLE' },
    };
    expect(differences(filled, next)).toEqual([
      { domain: 'clinical', field: 'medicationCount', before: 4, after: null },
      { domain: 'clinical', field: 'narrative', before: null, after: 'New oxygen order' },
      { domain: 'environmental', field: 'caregiver', before: 'NONE', after: 'AVAILABLE' },
    ]);
    expect(differences(filled, filled)).toEqual([]);
  });
});
