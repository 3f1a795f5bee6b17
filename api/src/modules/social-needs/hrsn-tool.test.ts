import { describe, expect, it } from 'vitest';
import { answerProblem, HRSN_QUESTIONS, type HrsnAnswers, scoreScreening, unansweredQuestions } from './hrsn-tool.js';

// Source: Billioux A, Verlander K, Anthony S, Alley D. "Standardized Screening for Health-Related
// Social Needs in Clinical Settings: The Accountable Health Communities Screening Tool." NAM
// Perspectives, 2017, and the CMS AHC HRSN Screening Tool guide: living situation positive for
// answer 2 or 3 to question 1 or any housing problem in question 2; food positive for "often true"
// or "sometimes true" to question 3 or 4; transportation positive for "yes"; utilities positive for
// "yes" or "already shut off"; interpersonal safety scored never 1, rarely 2, sometimes 3, fairly
// often 4, frequently 5, positive when questions 7–10 add up to 11 or more.

const none: HrsnAnswers = {
  LIVING_SITUATION: ['STEADY'],
  HOUSING_PROBLEMS: ['NONE'],
  FOOD_WORRY: ['NEVER_TRUE'],
  FOOD_DID_NOT_LAST: ['NEVER_TRUE'],
  TRANSPORTATION: ['NO'],
  UTILITIES: ['NO'],
  SAFETY_PHYSICALLY_HURT: ['NEVER'],
  SAFETY_INSULT: ['NEVER'],
  SAFETY_THREATEN: ['NEVER'],
  SAFETY_SCREAM: ['NEVER'],
};
const positives = (answers: HrsnAnswers) =>
  scoreScreening(answers)
    .filter((d) => d.positive)
    .map((d) => d.domain);

describe('AHC HRSN screening tool scoring (CMS AHC HRSN Screening Tool guide)', () => {
  it('has the ten core questions in the tool’s order: living situation 2, food 2, transportation 1, utilities 1, safety 4', () => {
    expect(HRSN_QUESTIONS.map((q) => `${q.number}:${q.domain}`)).toEqual([
      '1:LIVING_SITUATION',
      '2:LIVING_SITUATION',
      '3:FOOD',
      '4:FOOD',
      '5:TRANSPORTATION',
      '6:UTILITIES',
      '7:SAFETY',
      '8:SAFETY',
      '9:SAFETY',
      '10:SAFETY',
    ]);
  });

  it('no need on any question: every domain negative, safety score 4', () => {
    const result = scoreScreening(none);
    expect(result.every((d) => d.positive === false)).toBe(true);
    expect(result.find((d) => d.domain === 'SAFETY')?.score).toBe(4);
  });

  it('living situation: worried about losing housing is positive; so is a housing problem with steady housing', () => {
    expect(positives({ ...none, LIVING_SITUATION: ['WORRIED_ABOUT_LOSING'] })).toEqual(['LIVING_SITUATION']);
    expect(positives({ ...none, HOUSING_PROBLEMS: ['MOLD', 'WATER_LEAKS'] })).toEqual(['LIVING_SITUATION']);
  });

  it('food: "sometimes true" to either question is positive', () => {
    expect(positives({ ...none, FOOD_DID_NOT_LAST: ['SOMETIMES_TRUE'] })).toEqual(['FOOD']);
    expect(positives({ ...none, FOOD_WORRY: ['OFTEN_TRUE'] })).toEqual(['FOOD']);
  });

  it('transportation "yes" and utilities "already shut off" are positive', () => {
    expect(positives({ ...none, TRANSPORTATION: ['YES'], UTILITIES: ['ALREADY_SHUT_OFF'] })).toEqual([
      'TRANSPORTATION',
      'UTILITIES',
    ]);
  });

  it('safety: sometimes (3) + rarely (2) + sometimes (3) + rarely (2) = 10 is negative; one more step, 11, is positive', () => {
    const ten = {
      ...none,
      SAFETY_PHYSICALLY_HURT: ['SOMETIMES'],
      SAFETY_INSULT: ['RARELY'],
      SAFETY_THREATEN: ['SOMETIMES'],
      SAFETY_SCREAM: ['RARELY'],
    };
    expect(scoreScreening(ten).find((d) => d.domain === 'SAFETY')).toEqual({
      domain: 'SAFETY',
      positive: false,
      score: 10,
    });
    const eleven = { ...ten, SAFETY_SCREAM: ['SOMETIMES'] };
    expect(scoreScreening(eleven).find((d) => d.domain === 'SAFETY')).toEqual({
      domain: 'SAFETY',
      positive: true,
      score: 11,
    });
  });

  it('a domain with an unanswered question is undecided, not negative', () => {
    const { FOOD_WORRY: _, SAFETY_SCREAM: __, ...partial } = none;
    const result = scoreScreening(partial);
    expect(result.find((d) => d.domain === 'FOOD')?.positive).toBeNull();
    expect(result.find((d) => d.domain === 'SAFETY')).toEqual({ domain: 'SAFETY', positive: null, score: null });
    expect(unansweredQuestions(partial)).toEqual([3, 10]);
  });

  it('answers outside the tool’s options are refused, with the reason', () => {
    expect(answerProblem('TRANSPORTATION', ['MAYBE'])).toMatch(/not an answer to question 5/);
    expect(answerProblem('UTILITIES', ['YES', 'NO'])).toMatch(/takes one answer/);
    expect(answerProblem('HOUSING_PROBLEMS', ['NONE', 'MOLD'])).toMatch(/cannot be chosen with a problem/);
    expect(answerProblem('INCOME', ['LOW'])).toMatch(/not a question/);
    expect(answerProblem('FOOD_WORRY', [])).toMatch(/needs an answer/);
    expect(answerProblem('HOUSING_PROBLEMS', ['MOLD', 'PESTS'])).toBeNull();
  });
});
