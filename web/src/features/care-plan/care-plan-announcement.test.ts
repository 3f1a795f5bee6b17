import type { CarePlanEventFragment } from '@carehub/schema/graphql';
import { describe, expect, it } from 'vitest';
import { describeCarePlanChange } from './care-plan-announcement.js';

type Event = CarePlanEventFragment;

const event = (
  kind: Event['kind'],
  node: Event['carePlanNode'],
  actor = { id: 'u-avery', name: 'Avery Patel' },
): Event =>
  ({
    __typename: 'ChangeEvent',
    id: '41',
    stream: 'patient:p-1',
    kind,
    entityType: node?.__typename ?? 'Goal',
    entityId: 'x',
    version: 2,
    at: '2026-11-20T21:30:00.000Z',
    actor: { __typename: 'User', ...actor },
    carePlanNode: node,
  }) as Event;

const goal = {
  __typename: 'Goal',
  id: 'g-1',
  problemId: 'pr-1',
  description: 'Daily weight back within 1 kg of dry weight',
  targetValue: null,
  targetDate: null,
  goalStatus: 'ACTIVE',
  visibility: 'TEAM',
  position: 'a0',
  version: 2,
  updatedAt: '2026-11-20T21:30:00.000Z',
  history: [],
} as unknown as Event['carePlanNode'];

describe('care plan announcements', () => {
  it('says who changed what, in words', () => {
    expect(describeCarePlanChange(event('UPDATED', goal), 'u-riley')).toBe(
      'Avery Patel changed goal “Daily weight back within 1 kg of dry weight”',
    );
    expect(describeCarePlanChange(event('MOVED', goal), 'u-riley')).toBe(
      'Avery Patel moved goal “Daily weight back within 1 kg of dry weight”',
    );
    const note = { __typename: 'ProgressNote', carePlanId: 'cp-1' } as unknown as Event['carePlanNode'];
    expect(describeCarePlanChange(event('CREATED', note), 'u-riley')).toBe('Avery Patel added a progress note');
    const signOff = {
      __typename: 'PlanSignOff',
      carePlanId: 'cp-1',
      discipline: 'SW',
    } as unknown as Event['carePlanNode'];
    expect(describeCarePlanChange(event('CREATED', signOff), 'u-riley')).toBe(
      'Avery Patel signed off the care plan as SW',
    );
  });

  it('shortens a long item to what a listener can take in', () => {
    const long = { ...(goal as object), description: 'x'.repeat(80) } as Event['carePlanNode'];
    expect(describeCarePlanChange(event('CREATED', long), 'u-riley')).toBe(
      `Avery Patel added goal “${'x'.repeat(57)}…”`,
    );
  });

  it('stays silent about the viewer’s own changes and about events without an item', () => {
    expect(describeCarePlanChange(event('UPDATED', goal), 'u-avery')).toBeNull();
    expect(describeCarePlanChange(event('DELETED', null), 'u-riley')).toBeNull();
  });
});
