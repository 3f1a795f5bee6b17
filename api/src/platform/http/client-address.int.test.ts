import type { Client } from 'graphql-ws';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Env } from '../../config.js';
import { hashToken } from '../../modules/identity/identity.service.js';
import { Session } from '../../modules/identity/session.entity.js';
import { captureLogs, DEMO_PASSWORD, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';

/** What a proxy in front of the hub sends: the client forged the left entry, the proxy added the right one. */
const FORWARDED = { 'x-forwarded-for': '203.0.113.66, 198.51.100.23' };
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }';

/** Runs one query over a graphql-ws client and resolves with its result. */
const overSocket = (client: Client, query: string, variables: Record<string, unknown>) =>
  new Promise<{ data?: unknown; errors?: unknown }>((resolve, reject) => {
    let result: { data?: unknown; errors?: unknown } = {};
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          result = value as typeof result;
        },
        error: reject,
        complete: () => resolve(result),
      },
    );
  });

describe.each([
  ['behind one trusted proxy (TRUST_PROXY=1), is the hop the proxy added', { TRUST_PROXY: '1' }, '198.51.100.23'],
  ['with no proxy trusted, is the socket’s peer: X-Forwarded-For is ignored', {}, '127.0.0.1'],
] satisfies [string, Env, string][])('the client address %s', (_name, env, expected) => {
  let hub: TestHub;
  let logs: Record<string, unknown>[];
  let token: string;
  let userId: string;

  beforeAll(async () => {
    const capture = captureLogs('info');
    logs = capture.lines;
    hub = await startTestHub(env, undefined, capture.logger);
    const signIn = await hub.gql<{ login: { token: string; user: { id: string } } }>(
      LOGIN,
      { e: RILEY, p: DEMO_PASSWORD },
      null,
      FORWARDED,
    );
    if (!signIn.data) throw new Error(`sign-in failed: ${JSON.stringify(signIn.errors)}`);
    token = signIn.data.login.token;
    userId = signIn.data.login.user.id;
  });
  afterAll(() => hub?.stop());

  it('over HTTP: on the session, the audit trail and the access log', async () => {
    const session = await hub.app.services.orm.em.fork().findOneOrFail(Session, { tokenHash: hashToken(token) });
    expect(session.ip).toBe(expected);

    const requestId = `client-address-${Math.random().toString(36).slice(2)}`;
    const list = await hub.gql('{ patients { id } }', {}, token, { ...FORWARDED, 'x-request-id': requestId });
    expect(list.errors).toBeUndefined();
    const rows = await hub.app.services.orm.em.fork().find(AuditEntry, { requestId });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set([expected]));

    const logged = logs.filter((l) => l.msg === 'request' && l.requestId === requestId);
    expect(logged.map((l) => l.ip)).toEqual([expected]);
  });

  it('over graphql-ws: on the audit trail of what the socket read, and in the log of its handshake', async () => {
    const list = await hub.gql<{ patients: { id: string }[] }>('{ patients { id } }', {}, token);
    const patientId = list.data?.patients[0]?.id;
    if (!patientId) throw new Error('no patient to read');
    const ws = hub.ws(token, { headers: FORWARDED });
    const read = await overSocket(ws, 'query($id: ID!) { patient(id: $id) { id } }', { id: patientId });
    expect(read.errors).toBeUndefined();

    const rows = await hub.app.services.orm.em
      .fork()
      .find(AuditEntry, { actorId: userId, patientId, operation: 'patient' });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.ip).toBe(expected);
    const opened = logs.filter((l) => l.msg === 'socket opened' && l.transport === 'graphql-ws');
    expect(opened.map((l) => l.ip)).toEqual([expected]);
  });

  it('over socket.io: in the log of its handshake', async () => {
    const socket: Socket = io(hub.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token },
      extraHeaders: FORWARDED,
      reconnection: false,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const opened = logs.filter((l) => l.msg === 'socket opened' && l.transport === 'socket.io');
      expect(opened.map((l) => l.ip)).toEqual([expected]);
    } finally {
      socket.disconnect();
    }
  });
});
