import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  alreadyApplied,
  type NewChange,
  OfflineQueue,
  pendingId,
  type QueuedChange,
  type SendResult,
} from './offline-queue.js';
import { indexedDbStore } from './offline-store.js';

let databases = 0;

/** A queue on a fresh IndexedDB (fake-indexeddb), with a scripted hub and timers run by hand. */
function harness(answer: (change: QueuedChange, attempt: number) => SendResult, database = `queue-${++databases}`) {
  const sent: { id: string; label: string; variables: unknown }[] = [];
  const shown = new Map<string, QueuedChange>();
  const setAside: QueuedChange[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  let user: string | null = 'riley';
  const attempts = new Map<string, number>();
  let ids = 0;
  const store = indexedDbStore(database);
  const queue = new OfflineQueue({
    store,
    send: async (change) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      const attempt = (attempts.get(change.id) ?? 0) + 1;
      attempts.set(change.id, attempt);
      sent.push({ id: change.id, label: change.label, variables: structuredClone(change.variables) });
      inFlight -= 1;
      return answer(change, attempt);
    },
    show: (change) => shown.set(change.id, change),
    hide: (id) => shown.delete(id),
    userId: () => user,
    onSetAside: (change) => setAside.push(change),
    later: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    newId: () => `${database}-change-${++ids}`,
  });
  return {
    queue,
    store,
    sent,
    shown,
    setAside,
    timers,
    mostInFlight: () => mostInFlight,
    signIn: (id: string | null) => {
      user = id;
    },
    /** Runs the retry that is due, and waits for the pass it starts. */
    async runTimer() {
      const timer = timers.shift();
      if (!timer) throw new Error('no retry scheduled');
      timer.run();
      await queue.flush();
    },
  };
}

const ok = (data: Record<string, unknown> = {}): SendResult => ({ ok: true, data });
const refused = (code: string, message: string): SendResult => ({
  ok: false,
  kind: 'refused',
  error: { code, message },
});
const unreachable: SendResult = { ok: false, kind: 'unreachable', error: { code: 'NETWORK', message: 'offline' } };

function update(id: string, version: number, patch: Record<string, unknown>, label = `edit ${id}`): NewChange {
  return {
    userId: 'riley',
    operation: 'UpdateGoal',
    document: 'mutation UpdateGoal($input: UpdateGoalInput!) { updateGoal(input: $input) { id version } }',
    variables: { input: { id, expectedVersion: version, ...patch } },
    resultField: 'updateGoal',
    optimistic: { updateGoal: { __typename: 'Goal', id, ...patch, version: version + 1 } },
    placement: null,
    entity: { typename: 'Goal', id },
    label,
    returnTo: '#/patients/p1',
    base: { id, version },
  };
}

function create(clientMutationId: string, problemId: string, label = `new goal ${clientMutationId}`): NewChange {
  const id = pendingId(clientMutationId);
  return {
    userId: 'riley',
    operation: 'CreateGoal',
    document: 'mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { id } }',
    variables: { input: { clientMutationId, problemId, description: label } },
    resultField: 'createGoal',
    optimistic: { createGoal: { __typename: 'Goal', id } },
    placement: { parent: `Problem:${problemId}`, field: 'goals', at: 'end' },
    entity: { typename: 'Goal', id },
    label,
    returnTo: '#/patients/p1',
    base: null,
  };
}

describe('the offline queue', () => {
  it('shows a change at once and sends changes in the order they were made, one at a time', async () => {
    const h = harness(() => ok());
    const first = h.queue.add(update('g1', 1, { targetValue: 'a' }, 'first'));
    expect([...h.shown.values()].map((c) => c.label)).toEqual(['first']);
    h.queue.add(update('g2', 1, { targetValue: 'b' }, 'second'));
    h.queue.add(update('g3', 1, { targetValue: 'c' }, 'third'));
    await first;
    await h.queue.flush();
    expect(h.sent.map((s) => s.label)).toEqual(['first', 'second', 'third']);
    expect(h.mostInFlight()).toBe(1);
    expect(h.shown.size).toBe(0);
    expect(await h.store.all()).toEqual([]);
    expect(h.queue.summary.get().waiting).toBe(0);
  });

  it('keeps every change while the hub cannot be reached, retries later, and sends each once it answers', async () => {
    let reachable = false;
    const h = harness(() => (reachable ? ok() : unreachable));
    await h.queue.add(update('g1', 1, { targetValue: 'a' }, 'first'));
    await h.queue.add(update('g2', 1, { targetValue: 'b' }, 'second'));
    await h.queue.flush();
    expect(h.queue.summary.get().waiting).toBe(2);
    expect(h.shown.size).toBe(2);
    expect(h.timers.length).toBe(1);
    // Nothing behind the first change is tried while the hub is away.
    expect(h.sent.map((s) => s.label)).toEqual(['first']);

    reachable = true;
    await h.runTimer();
    expect(h.sent.map((s) => s.label)).toEqual(['first', 'first', 'second']);
    expect(h.queue.summary.get()).toEqual({ waiting: 0, changes: [] });
    expect(h.setAside).toEqual([]);
  });

  it('survives a reload: a new page shows what the last one stored and sends it in order', async () => {
    const database = `queue-reload-${++databases}`;
    const before = harness(() => unreachable, database);
    await before.queue.add(update('g1', 4, { targetValue: 'a' }, 'first'));
    await before.queue.add(create('c-0000001', 'p1', 'second'));
    await before.queue.flush();

    const after = harness(() => ok({ createGoal: { id: 'goal-9' } }), database);
    await after.queue.load();
    await after.queue.flush();
    expect(after.sent.map((s) => s.label)).toEqual(['first', 'second']);
    expect(after.sent[0]?.variables).toEqual({ input: { id: 'g1', expectedVersion: 4, targetValue: 'a' } });
    expect(await after.store.all()).toEqual([]);
  });

  it('shows the changes a reload found again over fresh data', async () => {
    const database = `queue-reshow-${++databases}`;
    const before = harness(() => unreachable, database);
    await before.queue.add(update('g1', 4, { targetValue: 'a' }, 'first'));
    await before.queue.flush();
    const after = harness(() => unreachable, database);
    await after.queue.load();
    expect([...after.shown.keys()]).toHaveLength(1);
    after.queue.reshow();
    expect([...after.shown.values()].map((c) => c.label)).toEqual(['first']);
  });

  it('an edit of an item deleted meanwhile is set aside with the reason, and the next change goes', async () => {
    const h = harness((change) =>
      change.label === 'edit of a deleted goal' ? refused('NOT_FOUND', 'Goal g1 was not found.') : ok(),
    );
    await h.queue.add(update('g1', 2, { status: 'ACHIEVED' }, 'edit of a deleted goal'));
    await h.queue.add(update('g2', 2, { status: 'ACHIEVED' }, 'next'));
    await h.queue.flush();
    expect(h.sent.map((s) => s.label)).toEqual(['edit of a deleted goal', 'next']);
    expect(h.setAside.map((c) => [c.label, c.status, c.error?.message])).toEqual([
      ['edit of a deleted goal', 'failed', 'Goal g1 was not found.'],
    ]);
    expect(h.queue.summary.get().waiting).toBe(0);
    // Kept, with its reason, until the user dismisses it; then it is gone for good.
    expect((await h.store.all()).map((c) => c.status)).toEqual(['failed']);
    await h.queue.dismiss(h.setAside[0]?.id ?? '');
    expect(await h.store.all()).toEqual([]);
  });

  it('a create whose parent is gone is refused, and what was created under it is not sent', async () => {
    const h = harness((change) =>
      change.label === 'problem' ? refused('NOT_FOUND', 'CarePlan plan-1 was not found.') : ok(),
    );
    const problem = pendingId('c-problem-1');
    await h.queue.add({ ...create('c-problem-1', 'plan-1', 'problem'), entity: { typename: 'Problem', id: problem } });
    await h.queue.add(create('c-goal-1', problem, 'goal under it'));
    await h.queue.add(update('g7', 1, { targetValue: 'x' }, 'unrelated'));
    await h.queue.flush();
    expect(h.sent.map((s) => s.label)).toEqual(['problem', 'unrelated']);
    expect(h.setAside.map((c) => [c.label, c.error?.message])).toEqual([
      ['problem', 'CarePlan plan-1 was not found.'],
      ['goal under it', 'Not sent: the item it belongs to was not saved.'],
    ]);
  });

  it('a hub answering 500 is tried three times with a growing pause, then the change is set aside and the next goes', async () => {
    const h = harness((change) =>
      change.label === 'hits a failing hub'
        ? { ok: false, kind: 'server', error: { code: 'HTTP_500', message: 'server error 500' } }
        : ok(),
    );
    await h.queue.add(update('g1', 1, { targetValue: 'a' }, 'hits a failing hub'));
    await h.queue.add(update('g2', 1, { targetValue: 'b' }, 'next'));
    await h.queue.flush();
    expect(h.timers.map((t) => t.ms)).toEqual([1_000]);
    await h.runTimer();
    expect(h.timers.map((t) => t.ms)).toEqual([3_000]);
    await h.runTimer();
    expect(h.timers).toEqual([]);
    expect(h.sent.map((s) => s.label)).toEqual([
      'hits a failing hub',
      'hits a failing hub',
      'hits a failing hub',
      'next',
    ]);
    expect(h.setAside.map((c) => [c.label, c.attempts, c.error?.code])).toEqual([
      ['hits a failing hub', 3, 'HTTP_500'],
    ]);
  });

  it('a stale edit is set aside as a conflict with their version; a later edit of the same item is not sent', async () => {
    const theirs = { __typename: 'Goal', id: 'g1', version: 3, targetValue: 'theirs' };
    const h = harness((change) =>
      change.label === 'stale'
        ? { ok: false, kind: 'conflict', error: { code: 'CONFLICT', message: 'changed' }, current: theirs }
        : ok(),
    );
    await h.queue.add(update('g1', 1, { targetValue: 'mine' }, 'stale'));
    await h.queue.add(update('g1', 2, { description: 'also mine' }, 'built on it'));
    await h.queue.add(update('g2', 1, { targetValue: 'z' }, 'other item'));
    await h.queue.flush();
    expect(h.sent.map((s) => s.label)).toEqual(['stale', 'other item']);
    expect(h.setAside.map((c) => [c.label, c.status])).toEqual([
      ['stale', 'conflict'],
      ['built on it', 'failed'],
    ]);
    expect(h.setAside[0]?.current).toEqual(theirs);
    expect(h.setAside[1]?.error?.message).toMatch(/earlier change to this item/);
  });

  it('an edit whose answer was lost is recognised as applied when the hub reports it, not shown as a conflict', async () => {
    const h = harness(() => ({
      ok: false,
      kind: 'conflict',
      error: { code: 'CONFLICT', message: 'changed' },
      current: { __typename: 'Goal', id: 'g1', version: 2, targetValue: 'mine' },
    }));
    await h.queue.add(update('g1', 1, { targetValue: 'mine' }));
    await h.queue.flush();
    expect(h.setAside).toEqual([]);
    expect(await h.store.all()).toEqual([]);
  });

  it('later changes name a created item by the id the hub gave it', async () => {
    const h = harness((change) =>
      change.operation === 'CreateGoal' && change.label === 'problem' ? ok({ createGoal: { id: 'problem-77' } }) : ok(),
    );
    const problem = pendingId('c-problem-2');
    await h.queue.add({ ...create('c-problem-2', 'plan-1', 'problem'), entity: { typename: 'Problem', id: problem } });
    await h.queue.add(create('c-goal-2', problem, 'goal under it'));
    await h.queue.flush();
    expect(h.sent[1]?.variables).toEqual({
      input: { clientMutationId: 'c-goal-2', problemId: 'problem-77', description: 'goal under it' },
    });
    expect(h.setAside).toEqual([]);
  });

  it('sends and shows changes only in their author’s session, and keeps them meanwhile', async () => {
    const h = harness(() => ok());
    h.signIn(null);
    await h.queue.add(update('g1', 1, { targetValue: 'a' }));
    await h.queue.flush();
    h.signIn('someone-else');
    await h.queue.load();
    await h.queue.flush();
    expect(h.sent).toEqual([]);
    expect(h.shown.size).toBe(0);
    expect(h.queue.summary.get().waiting).toBe(0);
    expect(await h.store.all()).toHaveLength(1);
    h.signIn('riley');
    await h.queue.load();
    await h.queue.flush();
    expect(h.sent).toHaveLength(1);
    expect(await h.store.all()).toEqual([]);
  });

  it('a session that ended keeps the change waiting, without counting it as a failure', async () => {
    let signedOut = true;
    const h = harness(() =>
      signedOut ? { ok: false, kind: 'signed-out', error: { code: 'UNAUTHENTICATED', message: 'signed out' } } : ok(),
    );
    await h.queue.add(update('g1', 1, { targetValue: 'a' }));
    await h.queue.flush();
    expect(h.queue.summary.get().changes.map((c) => [c.status, c.attempts])).toEqual([['waiting', 0]]);
    signedOut = false;
    await h.queue.flush();
    expect(h.queue.summary.get().waiting).toBe(0);
  });
});

describe('alreadyApplied', () => {
  const change = {
    variables: { input: { id: 'g1', expectedVersion: 4, targetValue: 'a' } },
  } as unknown as QueuedChange;
  it('is true when the hub holds the next version with every field the change set', () => {
    expect(alreadyApplied(change, { version: 5, targetValue: 'a' })).toBe(true);
  });
  it('is false when someone else saved a different value or a later version', () => {
    expect(alreadyApplied(change, { version: 5, targetValue: 'b' })).toBe(false);
    expect(alreadyApplied(change, { version: 6, targetValue: 'a' })).toBe(false);
  });
  it('is false for a move, whose fields the item does not carry', () => {
    const move = { variables: { input: { id: 'g1', expectedVersion: 4, afterId: null } } } as unknown as QueuedChange;
    expect(alreadyApplied(move, { version: 5, position: 'a0' })).toBe(false);
  });
});
