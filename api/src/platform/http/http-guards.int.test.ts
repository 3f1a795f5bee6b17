import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

describe('HTTP guards', () => {
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    hub = await startTestHub();
    token = await hub.login(RILEY);
  });
  afterAll(() => hub?.stop());

  it('answers health and readiness probes', async () => {
    expect(await (await fetch(`${hub.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${hub.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('every response carries a request id, and a sane incoming one is kept', async () => {
    const response = await fetch(`${hub.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${hub.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('malformed GraphQL is refused with a coded syntax error', async () => {
    const result = await hub.gql('{ patients { id ', {}, token);
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(result.errors?.[0]?.extensions?.code);
    expect(result.errors?.[0]?.message).toMatch(/Syntax Error/);
    expect(result.data).toBeUndefined();
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await hub.gql('{ patients { id socialSecurityNumber } }', {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('an invalid variable is BAD_USER_INPUT', async () => {
    const result = await hub.gql('query($id: ID!) { patient(id: $id) { id } }', { id: { nested: true } }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a query nested too deep is refused before it runs', async () => {
    const fine = '{ patients { unit { id } } }';
    const tooDeep = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }`;
    const result = await hub.gql(tooDeep, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect((await hub.gql(fine, {}, token)).errors).toBeUndefined();
  });

  it('too many aliases are refused', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await hub.gql(`{ ${aliases} }`, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a simple cross-site form post is refused by CSRF prevention', async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
    expect((await hub.gql('{ me { id } }', {}, token)).data).not.toEqual({ me: null });
  });

  it('a GET without the preflight header cannot run a query', async () => {
    const response = await fetch(`${hub.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
  });
});
