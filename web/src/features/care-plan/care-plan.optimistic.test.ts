import type { InMemoryCache } from '@apollo/client';
import { CreateGoalDocument, MoveInterventionDocument } from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPlacement } from '../../platform/placement.js';
import { planInCache } from './care-plan.fixture.js';
import { createGoalLive, moveInterventionLive, updateGoalLive } from './care-plan.optimistic.js';

const viewer = { id: 'u1', name: 'Riley Chen', discipline: 'RN' };
let cache: InMemoryCache;
let read: ReturnType<typeof planInCache>['read'];

beforeEach(() => {
  ({ cache, read } = planInCache({ goal: { description: 'Dry weight', version: 4, interventions: 3 } }));
});

describe('optimistic results', () => {
  it('an edit is the cached item with the edited fields, one version up', () => {
    const result = updateGoalLive.optimistic(
      { input: { id: 'g1', expectedVersion: 4, targetValue: '67 kg' } },
      { cache, viewer },
    );
    expect(result?.updateGoal).toMatchObject({ id: 'g1', description: 'Dry weight', targetValue: '67 kg', version: 5 });
    expect(updateGoalLive.describe({ input: { id: 'g1', expectedVersion: 4, targetValue: '67 kg' } }, cache)).toBe(
      'Goal “Dry weight”: target value',
    );
  });

  it('an edit of an item the cache does not hold shows nothing rather than a guess', () => {
    expect(updateGoalLive.optimistic({ input: { id: 'g9', expectedVersion: 1 } }, { cache, viewer })).toBeNull();
  });

  it('a move takes a position between its new neighbours, and its list is sorted again', () => {
    const variables = { input: { id: 'i3', expectedVersion: 1, afterId: 'i1' } };
    const result = moveInterventionLive.optimistic(variables, { cache, viewer });
    const moved = result?.moveIntervention;
    const position = moved?.position ?? '';
    expect(position > 'a0' && position < 'a1').toBe(true);
    const placement = moveInterventionLive.placement?.(variables, result as never, cache);
    expect(placement).toEqual({ parent: 'Goal:g1', field: 'interventions', at: 'position' });
    cache.writeQuery({ id: 'ROOT_MUTATION', query: MoveInterventionDocument, variables, data: result as never });
    if (placement) applyPlacement(cache, 'Intervention:i3', placement);
    expect(read()?.problems[0]?.goals?.[0]?.interventions?.map((i) => i.id)).toEqual(['i1', 'i3', 'i2']);
  });
});

describe('placement', () => {
  it('a new item joins its parent once, with the lists it starts with, so the screen still reads whole', () => {
    const variables = {
      input: { clientMutationId: 'c-12345678', carePlanId: 'plan1', problemId: 'pr1', description: 'Walk 50 m' },
    };
    const result = createGoalLive.optimistic(variables, { cache, viewer });
    cache.writeQuery({ id: 'ROOT_MUTATION', query: CreateGoalDocument, variables, data: result as never });
    const placement = createGoalLive.placement?.(variables, result as never, cache);
    expect(placement).toEqual({ parent: 'Problem:pr1', field: 'goals', at: 'end', startsWith: { interventions: [] } });
    if (!placement) return;
    applyPlacement(cache, 'Goal:pending-c-12345678', placement);
    applyPlacement(cache, 'Goal:pending-c-12345678', placement);
    const goals = read()?.problems[0]?.goals ?? [];
    expect(goals.map((g) => [g.id, g.description, g.interventions])).toEqual([
      ['g1', 'Dry weight', expect.any(Array)],
      ['pending-c-12345678', 'Walk 50 m', []],
    ]);
    applyPlacement(cache, 'Goal:pending-c-12345678', { ...placement, at: 'remove' });
    expect(read()?.problems[0]?.goals?.map((g) => g.id)).toEqual(['g1']);
  });
});
