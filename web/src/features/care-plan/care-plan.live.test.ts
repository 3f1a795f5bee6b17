import type { InMemoryCache } from '@apollo/client';
import { type CarePlanEventFragment, CarePlanEventFragmentDoc } from '@carehub/schema/graphql';
import { type DocumentNode, Kind, parse } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyEvent, type StreamEvent } from '../../platform/event-stream.js';
import { planInCache } from './care-plan.fixture.js';
import { applyCarePlanEvent } from './care-plan.live.js';

type Node = NonNullable<CarePlanEventFragment['carePlanNode']>;

/** The care plan's part of the patient screen's stream, as the screen's subscription selects it. */
const CarePlanEvents: DocumentNode = {
  kind: Kind.DOCUMENT,
  definitions: [
    ...parse(`subscription CarePlanEvents($patientId: ID!, $after: ID) {
      patientEvents(patientId: $patientId, after: $after) { node { __typename } ...CarePlanEvent }
    }`).definitions,
    ...CarePlanEventFragmentDoc.definitions,
  ],
};

let cache: InMemoryCache;
let nextId = 41;

/** One event through the platform's path: the item written (unless stale), then the feature's lists. */
function deliver(kind: string, node: Node, version = 1) {
  const event = {
    __typename: 'ChangeEvent',
    id: String(nextId++),
    stream: 'patient:p1',
    kind: kind as never,
    entityType: node.__typename ?? '',
    entityId: (node as { id: string }).id,
    version,
    at: '2026-11-20T11:00:00.000Z',
    actor: { __typename: 'User', id: 'u2', name: 'Avery Patel' },
    node: { __typename: node.__typename },
    carePlanNode: node,
  } as StreamEvent & CarePlanEventFragment;
  return applyEvent(
    cache,
    CarePlanEvents,
    { patientId: 'p1', after: event.id },
    { patientEvents: event },
    event,
    (data) => applyCarePlanEvent(cache, 'plan1', data.patientEvents.kind, node),
  );
}

const newGoal = (id: string, position: string, description: string, version = 1) =>
  ({
    __typename: 'Goal',
    id,
    problemId: 'pr1',
    description,
    targetValue: null,
    targetDate: null,
    goalStatus: 'PROPOSED',
    visibility: 'TEAM',
    position,
    version,
    updatedAt: '2026-11-20T11:00:00.000Z',
    history: [],
  }) as Node;

let read: ReturnType<typeof planInCache>['read'];

beforeEach(() => {
  ({ cache, read } = planInCache({
    goal: { description: 'Dry weight within 1 kg', version: 2, interventions: 2 },
    signOffs: [
      {
        __typename: 'PlanSignOff',
        id: 's1',
        discipline: 'SW',
        createdAt: '2026-11-19T09:00:00.000Z',
        stale: false,
        user: { __typename: 'User', id: 'u2', name: 'Avery Patel' },
      },
    ],
  }));
});

describe('care-plan events in the cache', () => {
  it('a goal created elsewhere joins its problem once, with no interventions yet, even when the event comes twice', () => {
    deliver('CREATED', newGoal('g2', 'a1', 'Walk 50 m'));
    deliver('CREATED', newGoal('g2', 'a1', 'Walk 50 m'));
    const goals = read()?.problems[0]?.goals ?? [];
    expect(goals.map((g) => [g.id, g.status, g.interventions])).toEqual([
      ['g1', 'ACTIVE', expect.any(Array)],
      ['g2', 'PROPOSED', []],
    ]);
  });

  it('a moved intervention takes its place by position', () => {
    deliver(
      'MOVED',
      {
        __typename: 'Intervention',
        id: 'i2',
        goalId: 'g1',
        action: 'Strict I&O',
        ownerDiscipline: 'RN',
        frequency: null,
        interventionStatus: 'PLANNED',
        visibility: 'TEAM',
        position: 'Zz',
        version: 2,
      },
      2,
    );
    expect(read()?.problems[0]?.goals?.[0]?.interventions?.map((i) => i.id)).toEqual(['i2', 'i1']);
  });

  it('an older version replayed after a newer read does not take the item back', () => {
    expect(deliver('UPDATED', newGoal('g1', 'a0', 'Old wording', 1), 1)).toBe(false);
    expect(read()?.problems[0]?.goals?.[0]?.description).toBe('Dry weight within 1 kg');
    expect(deliver('UPDATED', newGoal('g1', 'a0', 'New wording', 3), 3)).toBe(true);
    expect(read()?.problems[0]?.goals?.[0]?.description).toBe('New wording');
  });

  it('a note joins the top of the notes once, and a plan change marks sign-offs for re-review', () => {
    const note = {
      __typename: 'ProgressNote',
      id: 'n1',
      carePlanId: 'plan1',
      text: 'Walked to the door.',
      createdAt: '2026-11-20T11:00:00.000Z',
      author: { __typename: 'User', id: 'u2', name: 'Avery Patel', discipline: 'SW' },
    } as Node;
    deliver('CREATED', note);
    deliver('CREATED', note);
    expect(read()?.notes.map((n) => n.text)).toEqual(['Walked to the door.']);
    expect(read()?.signOffs.map((s) => s.stale)).toEqual([false]);
    deliver('CREATED', newGoal('g3', 'a2', 'Sleep flat'));
    expect(read()?.signOffs.map((s) => s.stale)).toEqual([true]);
  });

  it('a new sign-off replaces its discipline’s last one and moves the review date', () => {
    deliver('CREATED', {
      __typename: 'PlanSignOff',
      id: 's2',
      carePlanId: 'plan1',
      discipline: 'SW',
      createdAt: '2026-11-20T12:00:00.000Z',
      stale: false,
      user: { __typename: 'User', id: 'u2', name: 'Avery Patel' },
    } as Node);
    expect(read()?.signOffs.map((s) => s.id)).toEqual(['s2']);
    expect(read()?.lastReviewedAt).toBe('2026-11-20T12:00:00.000Z');
  });
});
