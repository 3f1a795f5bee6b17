import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

/**
 * The baseline the fan-out benchmarks compare against: graphql-js and graphql-ws with nothing
 * else — no database, no access checks, no audit — and an in-memory pub/sub. `updateGoal` bumps
 * an in-memory goal and publishes the same ChangeEvent shape the hub sends for a goal edit.
 */
const SDL = `
  type EventActor { id: ID! name: String! }
  type GoalStatusChange { status: String! at: String! byName: String! }
  type Goal {
    id: ID! problemId: ID! description: String! targetValue: String targetDate: String status: String!
    visibility: String! position: String! version: Int! updatedAt: String! history: [GoalStatusChange!]!
  }
  union ChangeEventNode = Goal
  type ChangeEvent {
    id: ID! stream: String! kind: String! entityType: String! entityId: ID! version: Int! at: String!
    actor: EventActor! node: ChangeEventNode
  }
  input UpdateGoalInput { id: ID! expectedVersion: Int! description: String }
  type Query { ok: Boolean }
  type Mutation { updateGoal(input: UpdateGoalInput!): Goal! }
  type Subscription { patientEvents(patientId: ID!, after: ID): ChangeEvent! }
`;

export interface BareServer {
  /** ws://127.0.0.1:PORT/graphql */
  wsUrl: string;
  /** http://127.0.0.1:PORT/graphql */
  httpUrl: string;
  close(): Promise<void>;
}

type Listener = (event: object) => void;

/** `goal` is the hub's goal as an event carries it, so both servers send the same payload. */
export async function startBareServer(goal: Record<string, unknown>): Promise<BareServer> {
  const schema = buildSchema(SDL);
  const topics = new Map<string, Set<Listener>>();
  let eventId = 1_000_000;
  const current = { ...goal, __typename: 'Goal' } as unknown as Record<string, unknown> & { version: number };

  const envelope = (node: Record<string, unknown>) => ({
    id: String(++eventId),
    stream: `patient:${String(goal.patientId ?? 'p')}`,
    kind: 'UPDATED',
    entityType: 'Goal',
    entityId: String(node.id),
    version: node.version,
    at: new Date().toISOString(),
    actor: { id: 'u1', name: 'Casey Morgan' },
    node,
  });

  const rootValue = {
    updateGoal: ({ input }: { input: { id: string; expectedVersion: number; description?: string } }) => {
      Object.assign(current, {
        description: input.description ?? current.description,
        version: current.version + 1,
        updatedAt: new Date().toISOString(),
      });
      const event = { patientEvents: envelope({ ...current }) };
      for (const listener of topics.get('goal') ?? []) listener(event);
      return current;
    },
    // A subscription first sends the goal as it is (so the client knows it listens), then every edit.
    patientEvents: () => follow('goal', { patientEvents: envelope({ ...current }) }),
  };

  function follow(topic: string, first: object): AsyncIterableIterator<object> {
    const queue: object[] = [first];
    let wake: (() => void) | undefined;
    let done = false;
    const listener: Listener = (event) => {
      queue.push(event);
      wake?.();
    };
    let listeners = topics.get(topic);
    if (!listeners) {
      listeners = new Set();
      topics.set(topic, listeners);
    }
    listeners.add(listener);
    const stop = () => {
      done = true;
      topics.get(topic)?.delete(listener);
      wake?.();
    };
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
        const value = queue.shift();
        return value === undefined ? { done: true, value: undefined } : { done: false, value };
      },
      async return() {
        stop();
        return { done: true, value: undefined };
      },
    };
  }

  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', async () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
    });
  });
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const ws = useServer({ schema, roots: { subscription: rootValue, mutation: rootValue } }, wss);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    httpUrl: `http://127.0.0.1:${port}/graphql`,
    async close() {
      await ws.dispose();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
