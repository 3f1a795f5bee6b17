import { describe, expect, it } from 'vitest';
import { hrsnQuestionsIn } from './hrsn-tool.es.js';
import { HRSN_QUESTIONS, scoreScreening } from './hrsn-tool.js';

describe('the AHC HRSN tool in Spanish', () => {
  const spanish = hrsnQuestionsIn('SPANISH');

  it('words every question and option, keeping ids, numbers, option values and scores', () => {
    expect(spanish.map((q) => [q.id, q.number, q.domain, q.multiple])).toEqual(
      HRSN_QUESTIONS.map((q) => [q.id, q.number, q.domain, q.multiple]),
    );
    spanish.forEach((q, i) => {
      const english = HRSN_QUESTIONS[i];
      expect(q.text).not.toBe(english?.text);
      expect(q.options.map((o) => [o.value, o.score])).toEqual(english?.options.map((o) => [o.value, o.score]));
      for (const [j, o] of q.options.entries()) {
        // "No" is the same word in both languages; every other label is translated.
        if (o.value !== 'NO') expect(o.label).not.toBe(english?.options[j]?.label);
      }
    });
    expect(spanish[0]?.text).toBe('¿Cuál es su situación de vivienda hoy?');
  });

  it('leaves the English tool as it is', () => {
    expect(hrsnQuestionsIn('ENGLISH')).toBe(HRSN_QUESTIONS);
  });

  it('scores answers given in Spanish exactly as in English (the values are the tool’s own)', () => {
    const answers = { TRANSPORTATION: ['YES'] };
    expect(scoreScreening(answers)).toEqual(scoreScreening({ ...answers }));
    expect(spanish.find((q) => q.id === 'TRANSPORTATION')?.options.map((o) => o.label)).toEqual(['Sí', 'No']);
  });
});
