import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { Policy, type PolicyFacts } from './policy.js';

const staff = (over: Partial<Viewer> = {}): Viewer => ({
  userId: 'u1',
  name: 'U',
  kind: 'STAFF',
  discipline: 'RN',
  role: 'MEMBER',
  sessionId: 's',
  ...over,
});
const facts = (over: Partial<PolicyFacts> = {}): PolicyFacts => ({
  isUnitMember: async () => false,
  careTeamRole: async () => null,
  hasBreakGlass: async () => false,
  hasActiveFamilyLink: async () => false,
  ...over,
});
const patient = { type: 'patient', patientId: 'p1', unitId: 'unit1' } as const;

describe('policy', () => {
  it('grants a patient read through break-the-glass and says so', async () => {
    const policy = new Policy(facts({ hasBreakGlass: async () => true }));
    expect(await policy.decide(staff(), 'patient.read', patient)).toEqual({ allowed: true, basis: 'BREAK_GLASS' });
  });

  it('break-the-glass does not let anyone manage the care team', async () => {
    const policy = new Policy(facts({ hasBreakGlass: async () => true }));
    expect((await policy.decide(staff(), 'careTeam.manage', patient)).allowed).toBe(false);
  });

  it('unit staff see the unit’s patients; admins do not, unless on the care team', async () => {
    const onUnit = new Policy(facts({ isUnitMember: async () => true }));
    expect(await onUnit.decide(staff(), 'patient.read', patient)).toEqual({ allowed: true, basis: 'UNIT' });
    expect((await onUnit.decide(staff({ role: 'ADMIN' }), 'patient.read', patient)).allowed).toBe(false);
    const onTeam = new Policy(facts({ careTeamRole: async () => 'CONSULTING' }));
    expect(await onTeam.decide(staff({ role: 'ADMIN' }), 'patient.read', patient)).toEqual({
      allowed: true,
      basis: 'CARE_TEAM',
    });
  });

  it('family and anonymous callers get no staff action', async () => {
    const policy = new Policy(facts({ isUnitMember: async () => true, hasActiveFamilyLink: async () => true }));
    expect(await policy.can(staff({ kind: 'FAMILY', discipline: null }), 'patient.read', patient)).toBe(false);
    expect(await policy.can(null, 'staff.read', { type: 'hub' })).toBe(false);
  });

  it('a decision and its basis come from one look at the facts', async () => {
    let asked = 0;
    const policy = new Policy(
      facts({
        isUnitMember: async () => {
          asked++;
          return true;
        },
      }),
    );
    await policy.assertWithBasis(staff(), 'patient.update', patient);
    expect(asked).toBe(1);
  });
});
