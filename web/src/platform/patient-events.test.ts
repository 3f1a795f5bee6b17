import { describe, expect, it } from 'vitest';
import { type Delivery, follows, PatientEventDispatcher } from './patient-events.js';

interface Event {
  id: string;
  entityType: string;
  node?: { __typename?: string } | null;
}

const event = (id: number, type: string, withNode = true): Event => ({
  id: String(id),
  entityType: type,
  node: withNode ? { __typename: type } : null,
});

/** A handler that writes down what it was handed. */
function recorder() {
  const seen: string[] = [];
  return { seen, handle: (e: Event, how: Delivery) => seen.push(how.again ? `${e.id}!` : e.id) };
}

describe('the patient screen’s event dispatcher', () => {
  it('hands each event only to the features that follow its kind of item, in stream order', () => {
    const dispatcher = new PatientEventDispatcher<Event>();
    const plan = recorder();
    const tasks = recorder();
    dispatcher.register({ types: ['Goal', 'Problem'], handle: plan.handle });
    dispatcher.register({ types: ['Task'], handle: tasks.handle });
    for (const e of [event(1, 'Goal'), event(2, 'Task'), event(3, 'Problem'), event(4, 'Need')]) dispatcher.dispatch(e);
    expect(plan.seen).toEqual(['1', '3']);
    expect(tasks.seen).toEqual(['2']);
  });

  it('routes an event that carries no item by the type its envelope names', () => {
    expect(follows(['Task'], event(5, 'Task', false))).toBe(true);
    expect(follows(['Goal'], event(5, 'Task', false))).toBe(false);
  });

  it('stops telling a feature once it has left the screen', () => {
    const dispatcher = new PatientEventDispatcher<Event>();
    const plan = recorder();
    const leave = dispatcher.register({ types: ['Goal'], handle: plan.handle });
    dispatcher.dispatch(event(1, 'Goal'));
    leave();
    dispatcher.dispatch(event(2, 'Goal'));
    expect(plan.seen).toEqual(['1']);
    expect(dispatcher.size).toBe(0);
  });

  it('a feature that throws does not keep the event from the others, and the error still surfaces', () => {
    const dispatcher = new PatientEventDispatcher<Event>();
    const tasks = recorder();
    dispatcher.register({
      types: ['Task'],
      handle: () => {
        throw new Error('list missing');
      },
    });
    dispatcher.register({ types: ['Task'], handle: tasks.handle });
    expect(() => dispatcher.dispatch(event(7, 'Task'))).toThrow('list missing');
    expect(tasks.seen).toEqual(['7']);
  });

  it('gives a late first read the kept events after its position and of its kinds, oldest first', () => {
    const dispatcher = new PatientEventDispatcher<Event>();
    for (const e of [event(8, 'Goal'), event(9, 'Task'), event(10, 'Goal'), event(11, 'Goal')]) dispatcher.dispatch(e);
    expect(dispatcher.since('9', ['Goal']).map((e) => e.id)).toEqual(['10', '11']);
    expect(dispatcher.since(null, ['Task']).map((e) => e.id)).toEqual(['9']);
    expect(dispatcher.since('11', ['Goal'])).toEqual([]);
  });

  it('compares positions as numbers, not as text', () => {
    const dispatcher = new PatientEventDispatcher<Event>();
    dispatcher.dispatch(event(10, 'Goal'));
    dispatcher.dispatch(event(100, 'Goal'));
    expect(dispatcher.since('9', ['Goal']).map((e) => e.id)).toEqual(['10', '100']);
  });

  it('keeps only the most recent events it was told to keep', () => {
    const dispatcher = new PatientEventDispatcher<Event>(3);
    for (let id = 1; id <= 5; id++) dispatcher.dispatch(event(id, 'Goal'));
    expect(dispatcher.since(null, ['Goal']).map((e) => e.id)).toEqual(['3', '4', '5']);
  });
});
