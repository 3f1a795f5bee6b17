import { describe, expect, it } from 'vitest';
import { HRSN_DOMAINS, HRSN_QUESTIONS } from '../social-needs/hrsn-tool.js';
import { HRSN_LOINC, SDOH_DOMAINS } from './hrsn-loinc.js';

const LOINC_CODE = /^\d{1,7}-\d$/;
const LOINC_ANSWER = /^LA\d{1,6}-\d$/;

describe('LOINC codes of the AHC HRSN screening tool', () => {
  it('every question of the tool has a LOINC code, and every answer option a LOINC answer code', () => {
    const missing: string[] = [];
    for (const question of HRSN_QUESTIONS) {
      const loinc = HRSN_LOINC[question.id];
      if (!loinc || !LOINC_CODE.test(loinc.code)) missing.push(question.id);
      for (const option of question.options) {
        if (!LOINC_ANSWER.test(loinc?.answers[option.value] ?? '')) missing.push(`${question.id}.${option.value}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no two questions share a LOINC code', () => {
    const codes = HRSN_QUESTIONS.map((q) => HRSN_LOINC[q.id]?.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every screening domain has an SDOH category for its health concern', () => {
    for (const domain of HRSN_DOMAINS) expect(SDOH_DOMAINS[domain].category).toMatch(/^[a-z-]+$/);
  });
});
