import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CASEY, DEMO_PASSWORD, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { Session } from './session.entity.js';

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { name discipline role } } }';
const ME = '{ me { name email discipline units { code } } }';

describe('sign-in and sessions', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ LOGIN_MAX_FAILURES: '3', LOGIN_WINDOW_SECONDS: '60' });
  });
  afterAll(() => hub?.stop());

  it('signs in with the right password and returns the user', async () => {
    const result = await hub.gql<{ login: { token: string; user: { name: string; discipline: string } } }>(LOGIN, {
      e: RILEY,
      p: DEMO_PASSWORD,
    });
    expect(result.data?.login.user).toMatchObject({ name: 'Riley Chen', discipline: 'RN' });
    expect(result.data?.login.token.length).toBeGreaterThan(30);
  });

  it('email is case-insensitive', async () => {
    const result = await hub.gql(LOGIN, { e: '  Casey.Morgan@Demo.CareHub.test ', p: DEMO_PASSWORD });
    expect(result.errors).toBeUndefined();
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const wrong = await hub.gql(LOGIN, { e: 'sam.okafor@demo.carehub.test', p: 'not-it' });
    const unknown = await hub.gql(LOGIN, { e: 'nobody@demo.carehub.test', p: 'not-it' });
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('repeated failures are refused with RATE_LIMITED, even with the right password', async () => {
    const e = 'jamie.ortiz@demo.carehub.test';
    for (let i = 0; i < 3; i++) await hub.gql(LOGIN, { e, p: `guess-${i}` });
    const blocked = await hub.gql(LOGIN, { e, p: DEMO_PASSWORD });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('over-long credentials are BAD_USER_INPUT', async () => {
    const result = await hub.gql(LOGIN, { e: `${'a'.repeat(300)}@x.test`, p: 'x' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the token works as a bearer header and as the HttpOnly cookie set at sign-in', async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { e: CASEY, p: DEMO_PASSWORD } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^carehub_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = ((await response.json()) as { data: { login: { token: string } } }).data.login.token;

    const viaBearer = await hub.gql<{ me: { name: string } }>(ME, {}, token);
    expect(viaBearer.data?.me.name).toBe('Casey Morgan');
    const viaCookie = await hub.gql<{ me: { name: string; units: { code: string }[] } }>(ME, {}, null, {
      cookie: cookie.split(';')[0] ?? '',
    });
    expect(viaCookie.data?.me).toMatchObject({ name: 'Casey Morgan', units: [{ code: '4W' }] });
  });

  it('me is null without a session, and logout needs one', async () => {
    expect((await hub.gql(ME)).data).toEqual({ me: null });
    const out = await hub.gql('mutation { logout }');
    expect(out.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('after logout the token no longer works', async () => {
    const token = await hub.login(ADMIN);
    expect((await hub.gql('mutation { logout }', {}, token)).data).toEqual({ logout: true });
    expect((await hub.gql(ME, {}, token)).data).toEqual({ me: null });
  });

  it('a session idle past the timeout, or past its absolute expiry, is no longer accepted', async () => {
    const idle = await hub.login('morgan.lee@demo.carehub.test');
    const expired = await hub.login('alex.kim@demo.carehub.test');
    const em = hub.app.services.orm.em.fork();
    const sessions = await em.find(Session, {}, { orderBy: { createdAt: 'desc' }, limit: 2 });
    const [expiredSession, idleSession] = sessions;
    if (!expiredSession || !idleSession) throw new Error('sessions not found');
    await em.nativeUpdate(Session, { id: idleSession.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    await em.nativeUpdate(Session, { id: expiredSession.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await hub.gql(ME, {}, idle)).data).toEqual({ me: null });
    expect((await hub.gql(ME, {}, expired)).data).toEqual({ me: null });
    const forbidden = await hub.gql('{ patients { id } }', {}, idle);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the token', async () => {
    const token = await hub.login(RILEY);
    const em = hub.app.services.orm.em.fork();
    const stored = await em.find(Session, {});
    expect(stored.some((s) => s.tokenHash === token)).toBe(false);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
  });
});
