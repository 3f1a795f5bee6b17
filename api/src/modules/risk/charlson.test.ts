import { describe, expect, it } from 'vitest';
import { charlsonCategoryOf, charlsonIndex, comorbiditiesOf, isIcd10 } from './charlson.js';

// Categories: Quan H et al., "Coding algorithms for defining comorbidities in ICD-9-CM and ICD-10
// administrative data", Med Care 2005;43(11):1130-9, Table 1 (ICD-10). Weights: Charlson ME et al.,
// "A new method of classifying prognostic comorbidity in longitudinal studies", J Chronic Dis
// 1987;40(5):373-83, Table 3 (1: MI, CHF, PVD, cerebrovascular, dementia, chronic pulmonary,
// connective tissue, ulcer, mild liver, diabetes; 2: hemiplegia, moderate/severe renal, diabetes with
// end-organ damage, any tumour, leukaemia, lymphoma; 3: moderate/severe liver; 6: metastatic solid
// tumour, AIDS).
describe('Charlson categories from ICD-10 codes (Quan 2005, Table 1)', () => {
  it.each([
    ['I21.4', 'MYOCARDIAL_INFARCTION'],
    ['I25.2', 'MYOCARDIAL_INFARCTION'],
    ['I50.9', 'CONGESTIVE_HEART_FAILURE'],
    ['I42.7', 'CONGESTIVE_HEART_FAILURE'],
    ['I70.2', 'PERIPHERAL_VASCULAR_DISEASE'],
    ['I63.9', 'CEREBROVASCULAR_DISEASE'],
    ['G30.1', 'DEMENTIA'],
    ['J44.9', 'CHRONIC_PULMONARY_DISEASE'],
    ['M32.1', 'RHEUMATIC_DISEASE'],
    ['K25.0', 'PEPTIC_ULCER_DISEASE'],
    ['K70.3', 'MILD_LIVER_DISEASE'],
    ['E11.9', 'DIABETES_WITHOUT_COMPLICATIONS'],
    ['E11.65', 'DIABETES_WITHOUT_COMPLICATIONS'],
    ['E11.22', 'DIABETES_WITH_COMPLICATIONS'],
    ['G81.9', 'HEMIPLEGIA_OR_PARAPLEGIA'],
    ['N18.4', 'RENAL_DISEASE'],
    ['C34.1', 'MALIGNANCY'],
    ['C91.0', 'MALIGNANCY'],
    ['K72.1', 'MODERATE_OR_SEVERE_LIVER_DISEASE'],
    ['C78.7', 'METASTATIC_SOLID_TUMOR'],
    ['B20', 'AIDS_HIV'],
  ])('%s is %s', (code, category) => {
    expect(charlsonCategoryOf(code)).toBe(category);
  });

  it.each([
    ['I10', 'essential hypertension'],
    ['C44.9', 'non-melanoma skin cancer, which Quan leaves out of malignancy'],
    ['J18.9', 'pneumonia'],
  ])('%s (%s) is in no category', (code) => {
    expect(charlsonCategoryOf(code)).toBeNull();
  });

  it('K70.4 (alcoholic hepatic failure) is moderate or severe liver disease, not the mild K70.0–K70.3', () => {
    expect(charlsonCategoryOf('K70.4')).toBe('MODERATE_OR_SEVERE_LIVER_DISEASE');
    expect(charlsonCategoryOf('K70.3')).toBe('MILD_LIVER_DISEASE');
  });

  it('reads codes with or without the dot, in any case', () => {
    expect(charlsonCategoryOf('i509')).toBe('CONGESTIVE_HEART_FAILURE');
    expect(charlsonCategoryOf(' E11.22 ')).toBe('DIABETES_WITH_COMPLICATIONS');
  });

  it('knows the ICD-10 code systems only', () => {
    expect(isIcd10('ICD-10-CM')).toBe(true);
    expect(isIcd10('icd-10')).toBe(true);
    expect(isIcd10('SNOMED CT')).toBe(false);
    expect(isIcd10(null)).toBe(false);
  });
});

describe('Charlson comorbidity index (Charlson 1987 weights)', () => {
  it('worked example: heart failure, COPD, diabetes with nephropathy and chronic kidney disease score 1 + 1 + 2 + 2 = 6', () => {
    const matches = comorbiditiesOf(['I50.9', 'J44.9', 'E11.22', 'N18.3']);
    expect(matches.map((m) => m.category)).toEqual([
      'CONGESTIVE_HEART_FAILURE',
      'CHRONIC_PULMONARY_DISEASE',
      'DIABETES_WITH_COMPLICATIONS',
      'RENAL_DISEASE',
    ]);
    expect(charlsonIndex(matches)).toBe(6);
  });

  it('counts a category once however many of its codes the record holds', () => {
    const matches = comorbiditiesOf(['I50.9', 'I50.1', 'I11.0']);
    expect(matches).toEqual([{ category: 'CONGESTIVE_HEART_FAILURE', codes: ['I50.9', 'I50.1', 'I11.0'] }]);
    expect(charlsonIndex(matches)).toBe(1);
  });

  it('counts only the severe form where a milder one is also coded: metastatic over primary tumour, complicated over plain diabetes, severe over mild liver', () => {
    const matches = comorbiditiesOf(['C34.1', 'C78.0', 'E11.9', 'E11.40', 'K70.3', 'K72.1']);
    expect(matches.map((m) => m.category)).toEqual([
      'DIABETES_WITH_COMPLICATIONS',
      'MODERATE_OR_SEVERE_LIVER_DISEASE',
      'METASTATIC_SOLID_TUMOR',
    ]);
    expect(charlsonIndex(matches)).toBe(2 + 3 + 6);
  });

  it('a record whose coded conditions are none of the categories scores 0', () => {
    expect(charlsonIndex(comorbiditiesOf(['I10', 'J18.9']))).toBe(0);
  });
});
