import { describe, expect, it } from 'vitest';
import { readinessOf } from './discharge.entity.js';

const items = (...statuses: ('OPEN' | 'DONE' | 'NOT_NEEDED')[]) => statuses.map((status) => ({ status }));

describe('discharge readiness', () => {
  it('is the share of applicable items done, in whole percent', () => {
    expect(readinessOf(items('DONE', 'OPEN', 'OPEN'))).toBe(33);
    expect(readinessOf(items('DONE', 'DONE', 'OPEN'))).toBe(67);
    expect(readinessOf(items('DONE', 'NOT_NEEDED'))).toBe(100);
  });

  it('is unknown for an empty checklist, and complete when nothing is needed', () => {
    expect(readinessOf([])).toBeNull();
    expect(readinessOf(items('NOT_NEEDED'))).toBe(100);
  });
});
