import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ patients { nmae } }';
const ENUM_TYPO = '{ patients(filter: { status: ADMITED }) { id } }';

type Failure = NonNullable<GraphQLResponse['errors']>;

/** Runs one operation over graphql-ws: resolves with its result, or with the errors it was refused with. */
const overSocket = (client: Client, query: string) =>
  new Promise<GraphQLResponse>((resolve) => {
    let result: GraphQLResponse = {};
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as GraphQLResponse;
        },
        error: (errors) => resolve({ errors: errors as Failure }),
        complete: () => resolve(result),
      },
    );
  });

describe('graphql-ws in production', () => {
  let hub: TestHub;
  let token: string;
  let ws: Client;

  beforeAll(async () => {
    hub = await startTestHub({ NODE_ENV: 'production' });
    token = await hub.login(RILEY);
    ws = hub.ws(token);
  });
  afterAll(() => hub?.stop());

  it('refuses introspection, as HTTP does', async () => {
    const [overWs, overHttp] = await Promise.all([overSocket(ws, INTROSPECTION), hub.gql(INTROSPECTION, {}, token)]);
    for (const result of [overWs, overHttp]) {
      expect(result.data ?? undefined).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });

  it('answers a misspelt field or enum value without a "Did you mean" hint, as HTTP does', async () => {
    for (const query of [TYPO, ENUM_TYPO]) {
      const [overWs, overHttp] = await Promise.all([overSocket(ws, query), hub.gql(query, {}, token)]);
      expect(overWs.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(overWs.errors?.[0]?.message).not.toMatch(/did you mean/i);
      expect(overWs.errors?.[0]?.message).toBe(overHttp.errors?.[0]?.message);
    }
  });

  it('still runs an ordinary operation', async () => {
    const result = await overSocket(ws, '{ me { name } }');
    expect(result).toEqual({ data: { me: { name: 'Riley Chen' } } });
  });
});

describe('graphql-ws outside production', () => {
  let hub: TestHub;
  let ws: Client;

  beforeAll(async () => {
    hub = await startTestHub();
    ws = hub.ws(await hub.login(RILEY));
  });
  afterAll(() => hub?.stop());

  it('a malformed or invalid operation is refused with the code HTTP gives it, not as an internal error', async () => {
    const invalid = await overSocket(ws, TYPO);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
    const enumTypo = await overSocket(ws, ENUM_TYPO);
    expect(enumTypo.errors?.[0]?.message).toMatch(/Did you mean the enum value "ADMITTED"\?/);
    const malformed = await overSocket(ws, '{ patients { id ');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(malformed.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('allows introspection', async () => {
    expect(await overSocket(ws, INTROSPECTION)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
