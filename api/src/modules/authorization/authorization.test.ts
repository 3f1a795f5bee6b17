import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_STATUSES, AUTHORIZATION_TRANSITIONS } from './authorization.entity.js';
import { coverageNamed } from './authorization.service.js';

describe('the authorization status machine', () => {
  it('overturns a denial only through an appeal', () => {
    const reachable = (from: string) => AUTHORIZATION_TRANSITIONS[from as keyof typeof AUTHORIZATION_TRANSITIONS];
    expect(reachable('DENIED')).toEqual(['APPEALED']);
    expect(reachable('APPEALED')).toEqual(['APPEAL_WON', 'APPEAL_LOST']);
    expect(reachable('DRAFT')).toEqual(['SUBMITTED']);
  });

  it('ends in APPROVED, APPEAL_WON or APPEAL_LOST, and every status can be reached from DRAFT', () => {
    const finals = AUTHORIZATION_STATUSES.filter((s) => AUTHORIZATION_TRANSITIONS[s].length === 0);
    expect(finals).toEqual(['APPROVED', 'APPEAL_WON', 'APPEAL_LOST']);
    const seen = new Set<string>(['DRAFT']);
    const queue = ['DRAFT'] as (keyof typeof AUTHORIZATION_TRANSITIONS)[];
    while (queue.length) {
      for (const next of AUTHORIZATION_TRANSITIONS[queue.shift() as keyof typeof AUTHORIZATION_TRANSITIONS]) {
        if (!seen.has(next)) queue.push(next);
        seen.add(next);
      }
    }
    expect([...seen].sort()).toEqual([...AUTHORIZATION_STATUSES].sort());
  });
});

describe('the coverage an authorization names', () => {
  const coverages = [
    { type: 'MEDICARE' as const, payer: 'Humana', plan: 'MA HMO', memberId: 'H1', primary: false },
    { type: 'MEDICAID' as const, payer: 'State  Medicaid', plan: null, memberId: 'M1', primary: true },
  ];

  it('matches the payer whatever the case and spacing, and the member id when given', () => {
    expect(coverageNamed(coverages, ' state medicaid ', null)?.memberId).toBe('M1');
    expect(coverageNamed(coverages, 'HUMANA', 'H1')?.type).toBe('MEDICARE');
  });

  it('finds none for another payer or another member id', () => {
    expect(coverageNamed(coverages, 'Aetna', null)).toBeNull();
    expect(coverageNamed(coverages, 'Humana', 'H2')).toBeNull();
  });
});
