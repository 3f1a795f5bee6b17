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
  leadCaseManager: async () => null,
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

  it('break-the-glass reads and documents care, and does nothing that would outlast the grant', async () => {
    const policy = new Policy(facts({ hasBreakGlass: async () => true, isUnitMember: async () => false }));
    const allowed = async (action: Parameters<Policy['can']>[1]) => policy.can(staff(), action, patient);
    expect(await allowed('patient.read')).toBe(true);
    expect(await allowed('patient.update')).toBe(true);
    for (const action of ['patient.place', 'careTeam.manage', 'family.manage', 'audit.read'] as const) {
      expect(await allowed(action), action).toBe(false);
    }
  });

  describe('the lead case manager role', () => {
    const lead = (change: 'ADD' | 'REMOVE', userId: string) => ({
      ...patient,
      careTeamChange: { kind: change, userId, role: 'LEAD_CASE_MANAGER' },
    });
    const onUnit = (over: Partial<PolicyFacts> = {}) => new Policy(facts({ isUnitMember: async () => true, ...over }));

    it('is given or taken by the current lead and by admins', async () => {
      const policy = onUnit({ leadCaseManager: async () => 'u1', careTeamRole: async () => 'LEAD_CASE_MANAGER' });
      expect(await policy.can(staff(), 'careTeam.manage', lead('ADD', 'u2'))).toBe(true);
      expect(await policy.can(staff(), 'careTeam.manage', lead('REMOVE', 'u1'))).toBe(true);
      const admin = new Policy(facts({ leadCaseManager: async () => 'u9' }));
      expect(await admin.can(staff({ role: 'ADMIN' }), 'careTeam.manage', lead('ADD', 'u2'))).toBe(true);
      expect(await admin.can(staff({ role: 'ADMIN' }), 'careTeam.manage', lead('REMOVE', 'u9'))).toBe(true);
    });

    it('is not given or taken by other team or unit members, unit leads included while there is a lead', async () => {
      const policy = onUnit({ leadCaseManager: async () => 'u9', careTeamRole: async () => 'NURSE' });
      for (const role of ['MEMBER', 'LEAD'] as const) {
        expect(await policy.can(staff({ role }), 'careTeam.manage', lead('ADD', 'u2'))).toBe(false);
        expect(await policy.can(staff({ role }), 'careTeam.manage', lead('REMOVE', 'u9'))).toBe(false);
      }
    });

    it('is given to a patient without one by a unit lead of the patient’s unit only', async () => {
      const policy = onUnit({ leadCaseManager: async () => null });
      expect(await policy.can(staff({ role: 'LEAD' }), 'careTeam.manage', lead('ADD', 'u2'))).toBe(true);
      expect(await policy.can(staff({ role: 'MEMBER' }), 'careTeam.manage', lead('ADD', 'u2'))).toBe(false);
      const elsewhere = new Policy(facts({ careTeamRole: async () => 'NURSE', leadCaseManager: async () => null }));
      expect(await elsewhere.can(staff({ role: 'LEAD' }), 'careTeam.manage', lead('ADD', 'u2'))).toBe(false);
    });

    it('is never given to oneself, by anyone', async () => {
      const none = onUnit({ leadCaseManager: async () => null });
      expect(await none.can(staff({ role: 'LEAD' }), 'careTeam.manage', lead('ADD', 'u1'))).toBe(false);
      expect(await none.can(staff({ role: 'ADMIN' }), 'careTeam.manage', lead('ADD', 'u1'))).toBe(false);
    });
  });

  it('joining a team oneself is allowed only to those who already reach the patient', async () => {
    const join = { ...patient, careTeamChange: { kind: 'ADD' as const, userId: 'u1', role: 'NURSE' } };
    expect(await new Policy(facts({ isUnitMember: async () => true })).can(staff(), 'careTeam.manage', join)).toBe(
      true,
    );
    expect(
      await new Policy(facts({ isUnitMember: async () => true })).can(
        staff({ role: 'ADMIN' }),
        'careTeam.manage',
        join,
      ),
    ).toBe(false);
    expect(await new Policy(facts({ hasBreakGlass: async () => true })).can(staff(), 'careTeam.manage', join)).toBe(
      false,
    );
  });
});
