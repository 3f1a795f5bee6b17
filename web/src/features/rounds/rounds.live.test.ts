import { InMemoryCache } from '@apollo/client';
import {
  RoundsEventsDocument,
  type RoundsEventsSubscription,
  RoundsSessionDocument,
  type RoundsSessionQuery,
} from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyEvent, type StreamEvent } from '../../platform/event-stream.js';
import { applyRoundsEvent } from './rounds.live.js';

type Node = NonNullable<RoundsEventsSubscription['roundsEvents']['node']>;
const AT = '2026-11-25T15:00:00.000Z';
const person = { __typename: 'User' as const, id: 'u1', name: 'Casey Morgan' };

const item = (id: string, position: string, name: string) => ({
  __typename: 'RoundsAgendaItem' as const,
  id,
  sessionId: 's1',
  patientId: `p-${id}`,
  position,
  timeBoxSeconds: 180,
  spentSeconds: 0,
  discussedAt: null,
  version: 1,
  patient: {
    __typename: 'Patient' as const,
    id: `p-${id}`,
    name,
    bed: '401A',
    expectedDischargeDate: null,
    admittingDiagnosis: null,
  },
  updates: [],
  barriers: [],
  decisions: [],
});

let cache: InMemoryCache;
let nextId = 10;

const read = () => cache.readQuery({ query: RoundsSessionDocument, variables: { id: 's1' } })?.roundsSession;

function deliver(kind: string, node: Node, version = 1) {
  const event = {
    __typename: 'ChangeEvent',
    id: String(nextId++),
    stream: 'rounds:s1',
    kind: kind as never,
    entityType: node.__typename ?? '',
    entityId: (node as { id: string }).id,
    version,
    at: AT,
    actor: person,
    node,
  } as StreamEvent & RoundsEventsSubscription['roundsEvents'];
  return applyEvent(
    cache,
    RoundsEventsDocument,
    { sessionId: 's1', after: event.id },
    { roundsEvents: event },
    event,
    (data) => applyRoundsEvent(cache, 's1', data.roundsEvents),
  );
}

beforeEach(() => {
  cache = new InMemoryCache({
    possibleTypes: {
      ChangeEventNode: ['RoundsSession', 'RoundsAgendaItem', 'RoundsUpdate', 'DischargeBarrier', 'RoundsDecision'],
    },
    typePolicies: {
      RoundsSession: { fields: { agenda: { merge: false } } },
      RoundsAgendaItem: {
        fields: { updates: { merge: false }, barriers: { merge: false }, decisions: { merge: false } },
      },
    },
  });
  // Written as the hub answers it, with type names (the generated type leaves them out).
  const data = {
    roundsSession: {
      __typename: 'RoundsSession',
      id: 's1',
      unitId: 'unit1',
      date: '2026-11-25',
      status: 'IN_PROGRESS',
      currentItemId: 'a',
      currentSince: AT,
      startedAt: AT,
      finishedAt: null,
      version: 2,
      facilitator: person,
      serverTime: AT,
      lastEventId: '9',
      agenda: [item('a', 'a0', 'Eleanor Whitfield'), item('b', 'a1', 'Harold Jensen')],
    },
  } as RoundsSessionQuery;
  cache.writeQuery({ query: RoundsSessionDocument, variables: { id: 's1' }, data });
});

describe('rounds events in the cache', () => {
  it('moves the pointer on every screen: the session is written from its event', () => {
    deliver(
      'UPDATED',
      {
        __typename: 'RoundsSession',
        id: 's1',
        sessionStatus: 'IN_PROGRESS',
        currentItemId: 'b',
        currentSince: '2026-11-25T15:03:00.000Z',
        startedAt: AT,
        finishedAt: null,
        version: 3,
      } as Node,
      3,
    );
    expect(read()).toMatchObject({ currentItemId: 'b', currentSince: '2026-11-25T15:03:00.000Z' });
  });

  it('adds a new decision to its patient once, however often the event comes', () => {
    const decision = {
      __typename: 'RoundsDecision',
      id: 'd1',
      itemId: 'b',
      text: 'Rehab referral today',
      taskId: 't1',
      createdAt: AT,
      version: 1,
      author: person,
    } as Node;
    deliver('CREATED', decision);
    applyRoundsEvent(cache, 's1', { kind: 'CREATED', node: decision } as RoundsEventsSubscription['roundsEvents']);
    expect(
      read()
        ?.agenda?.find((i) => i.id === 'b')
        ?.decisions?.map((d) => d.text),
    ).toEqual(['Rehab referral today']);
  });

  it("adds a patient's new discharge barrier to their place on the agenda, once", () => {
    const barrier = {
      __typename: 'DischargeBarrier',
      id: 'x1',
      patientId: 'p-b',
      description: 'Rehab bed',
      dueDate: '2026-11-27',
      barrierStatus: 'OPEN',
      version: 1,
      owner: person,
    } as Node;
    deliver('CREATED', barrier);
    applyRoundsEvent(cache, 's1', { kind: 'CREATED', node: barrier } as RoundsEventsSubscription['roundsEvents']);
    const agenda = read()?.agenda;
    expect(agenda?.find((i) => i.id === 'b')?.barriers?.map((b) => b.description)).toEqual(['Rehab bed']);
    expect(agenda?.find((i) => i.id === 'a')?.barriers).toEqual([]);
  });

  it('reorders the agenda by position when a patient is moved', () => {
    deliver('MOVED', { ...item('a', 'a2', 'Eleanor Whitfield'), version: 2 } as unknown as Node, 2);
    expect(read()?.agenda?.map((i) => i.id)).toEqual(['b', 'a']);
  });
});
