import { describe, expect, it } from 'vitest';
import { type ProjectionContext, projectionOf } from './portal.projections.js';

const context = (overrides: Partial<ProjectionContext> = {}): ProjectionContext => ({
  kind: 'UPDATED',
  at: '2026-11-25T10:00:00.000Z',
  readerId: 'reader',
  nameOf: async (id) => (id === 'u1' ? 'Riley Chen' : null),
  ...overrides,
});
const project = (entityType: string, snapshot: Record<string, unknown>, overrides?: Partial<ProjectionContext>) => {
  const projection = projectionOf(entityType);
  if (!projection) throw new Error(`no projection for ${entityType}`);
  return Promise.resolve(projection.project(snapshot, context(overrides)));
};

describe('portal projections (the family filter)', () => {
  it('shows a shared goal in plain words, and drops it once taken back or archived', async () => {
    const goal = {
      id: 'g1',
      description: 'Walks 50 m',
      status: 'ACTIVE',
      targetValue: '50 m',
      targetDate: '2026-11-30',
    };
    await expect(project('Goal', { ...goal, visibility: 'FAMILY' })).resolves.toEqual({
      show: {
        id: 'g1',
        kind: 'GOAL',
        title: 'Goal',
        text: 'Walks 50 m',
        status: 'Working on it',
        detail: '50 m',
        date: '2026-11-30',
        reply: null,
        at: '2026-11-25T10:00:00.000Z',
      },
    });
    await expect(project('Goal', { ...goal, visibility: 'TEAM' })).resolves.toBe('removed');
    await expect(project('Goal', { ...goal, visibility: 'FAMILY' }, { kind: 'DELETED' })).resolves.toBe('removed');
  });

  it('names who does an intervention by discipline, not by code', async () => {
    const shown = await project('Intervention', {
      id: 'i1',
      action: 'Gait training',
      ownerDiscipline: 'PT',
      frequency: 'Twice a day',
      status: 'IN_PROGRESS',
      visibility: 'FAMILY',
    });
    expect(shown).toMatchObject({
      show: { title: 'What the team does: Physical therapy', status: 'Happening now', detail: 'Twice a day' },
    });
  });

  it('shows a contact by name and role while on the team, and drops one who left', async () => {
    const member = { id: 'm1', userId: 'u1', role: 'PRIMARY_NURSE', endedAt: null, visibility: 'FAMILY' };
    await expect(project('CareTeamMember', member)).resolves.toMatchObject({
      show: { kind: 'CONTACT', title: 'Riley Chen', text: 'Main nurse' },
    });
    await expect(project('CareTeamMember', { ...member, endedAt: '2026-11-25T09:00:00Z' })).resolves.toBe('removed');
  });

  it('shows a question only to its asker, with the answer once there is one', async () => {
    const question = {
      id: 'q1',
      askedById: 'reader',
      text: '<b>Visitors?</b>',
      discipline: 'RN',
      status: 'ANSWERED',
      reply: 'Until 8 pm',
      repliedByName: 'Casey Morgan',
      repliedAt: '2026-11-25T11:00:00.000Z',
      createdAt: '2026-11-25T10:30:00.000Z',
    };
    await expect(project('FamilyQuestion', question)).resolves.toMatchObject({
      show: {
        title: 'Your question to Nursing',
        text: '<b>Visitors?</b>',
        status: 'Answered',
        reply: { text: 'Until 8 pm', author: 'Casey Morgan' },
      },
    });
    await expect(project('FamilyQuestion', { ...question, askedById: 'someone else' })).resolves.toBe('hidden');
  });

  it('shows the expected day home only while the patient is in hospital with a date', async () => {
    const patient = { id: 'p1', status: 'ADMITTED', expectedDischargeDate: '2026-11-28', name: 'Eleanor' };
    await expect(project('Patient', patient)).resolves.toMatchObject({
      show: { id: 'p1', kind: 'DISCHARGE_DATE', date: '2026-11-28' },
    });
    await expect(project('Patient', { ...patient, expectedDischargeDate: null })).resolves.toBe('removed');
    await expect(project('Patient', { ...patient, status: 'DISCHARGED' })).resolves.toBe('removed');
  });

  it('has no projection for what family never see', () => {
    for (const type of ['Problem', 'ProgressNote', 'CarePlan', 'FamilyLink', 'PlanSignOff']) {
      expect(projectionOf(type)).toBeUndefined();
    }
  });
});
