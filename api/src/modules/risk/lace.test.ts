import { describe, expect, it } from 'vitest';
import { comorbiditiesOf } from './charlson.js';
import {
  comorbidityPoints,
  emergencyVisitPoints,
  lace,
  laceComorbidityScore,
  lengthOfStayPoints,
  riskLevelOf,
} from './lace.js';

// Source: van Walraven C, Dhalla IA, Bell C, et al. "Derivation and validation of an index to predict
// early death or unplanned readmission after discharge from hospital to the community."
// CMAJ 2010;182(6):551-7 — the LACE index box: L (days) <1 → 0, 1 → 1, 2 → 2, 3 → 3, 4–6 → 4,
// 7–13 → 5, ≥14 → 7; A emergent → 3; C comorbidity score 0–3 → same, ≥4 → 5 (weights: MI,
// cerebrovascular, PVD, uncomplicated diabetes 1; CHF, complicated diabetes, chronic pulmonary,
// mild liver, any tumour 2; dementia, connective tissue 3; AIDS, moderate/severe liver 4; metastatic
// solid tumour 6); E ED visits in the previous 6 months 0–3 → same, ≥4 → 4. Total 0–19.
describe('LACE points (van Walraven et al., CMAJ 2010)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [6, 4],
    [7, 5],
    [13, 5],
    [14, 7],
    [40, 7],
  ])('a stay of %i days is %i points', (days, points) => {
    expect(lengthOfStayPoints(days)).toBe(points);
  });

  it.each([
    [0, 0],
    [3, 3],
    [4, 5],
    [9, 5],
  ])('a comorbidity score of %i is %i points', (score, points) => {
    expect(comorbidityPoints(score)).toBe(points);
  });

  it.each([
    [0, 0],
    [3, 3],
    [4, 4],
    [12, 4],
  ])('%i emergency visits are %i points', (visits, points) => {
    expect(emergencyVisitPoints(visits)).toBe(points);
  });

  it('refuses an input that is not a whole number of days or visits', () => {
    expect(() => lengthOfStayPoints(-1)).toThrow(RangeError);
    expect(() => lengthOfStayPoints(2.5)).toThrow(RangeError);
    expect(() => emergencyVisitPoints(-2)).toThrow(RangeError);
  });

  it('comorbidity weights of the LACE box: CHF 2 + COPD 2 + diabetes with complications 2 + CKD 0 = 6; dementia 3; metastatic 6', () => {
    expect(laceComorbidityScore(comorbiditiesOf(['I50.9', 'J44.9', 'E11.22', 'N18.3']))).toBe(6);
    expect(laceComorbidityScore(comorbiditiesOf(['F03.90']))).toBe(3);
    expect(laceComorbidityScore(comorbiditiesOf(['C34.1', 'C79.51']))).toBe(6);
    expect(laceComorbidityScore(comorbiditiesOf(['I21.4', 'I63.9']))).toBe(2);
  });

  it('worked example: 5 days (4) + emergent (3) + heart failure and COPD, score 4 (5) + 2 ED visits (2) = 14, high risk', () => {
    const result = lace({
      lengthOfStayDays: 5,
      emergent: true,
      comorbidities: comorbiditiesOf(['I50.9', 'J44.9']),
      emergencyVisits: 2,
    });
    expect(result.components.map((c) => [c.letter, c.points])).toEqual([
      ['L', 4],
      ['A', 3],
      ['C', 5],
      ['E', 2],
    ]);
    expect(result.score).toBe(14);
    expect(result.level).toBe('HIGH');
    expect(result.missing).toEqual([]);
    expect(result.charlsonIndex).toBe(2);
  });

  it('worked example: an elective 2-day stay with no comorbidity and no ED visits scores 2, low risk', () => {
    const result = lace({ lengthOfStayDays: 2, emergent: false, comorbidities: [], emergencyVisits: 0 });
    expect(result.score).toBe(2);
    expect(result.level).toBe('LOW');
  });

  it('the maximum is 19: 14+ days, emergent, score ≥ 4 and 4+ ED visits', () => {
    const result = lace({
      lengthOfStayDays: 20,
      emergent: true,
      comorbidities: comorbiditiesOf(['C78.0']),
      emergencyVisits: 6,
    });
    expect(result.score).toBe(19);
  });

  it('levels: 0–4 low, 5–9 moderate, 10 and above high', () => {
    expect([0, 4, 5, 9, 10, 19].map(riskLevelOf)).toEqual(['LOW', 'LOW', 'MODERATE', 'MODERATE', 'HIGH', 'HIGH']);
  });

  it('a missing input is named and there is no total; the inputs present still show their points', () => {
    const result = lace({ lengthOfStayDays: 3, emergent: null, comorbidities: null, emergencyVisits: 1 });
    expect(result.score).toBeNull();
    expect(result.level).toBeNull();
    expect(result.missing).toEqual([
      'Admission acuity (emergent or elective) is not recorded for this stay.',
      'No condition on the record is coded in ICD-10.',
    ]);
    expect(result.components.map((c) => [c.letter, c.points])).toEqual([
      ['L', 3],
      ['A', null],
      ['C', null],
      ['E', 1],
    ]);
  });
});
