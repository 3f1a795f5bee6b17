import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Env } from '../../config.js';
import {
  DEMO_PASSWORD,
  type GraphQLResponse,
  pause,
  RILEY,
  startTestHub,
  type TestHub,
  testRedisUrl,
} from '../../testing/test-hub.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const MAX = 5;
const MAX_PER_ADDRESS = 12;
const SHORT_WINDOW_SECONDS = 5;
const JAMIE = 'jamie.ortiz@demo.carehub.test';
const SAM = 'sam.okafor@demo.carehub.test';
const MORGAN = 'morgan.lee@demo.carehub.test';
const ALEX = 'alex.kim@demo.carehub.test';

/**
 * A client address of its own for each test (the hubs trust one proxy hop, so X-Forwarded-For
 * names it): counters of different tests, hubs and test projects sharing one Redis never meet.
 */
const freshAddress = () => `2001:db8:${randomBytes(12).toString('hex').match(/.{4}/g)?.join(':')}`;

const codeOf = (result: GraphQLResponse) =>
  result.errors ? String(result.errors[0]?.extensions?.code) : result.data ? 'SIGNED_IN' : 'NO_ANSWER';

const tally = (codes: string[]) => {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
};

describe.each([
  ['in-memory', (): Env => ({})],
  ['Redis', (): Env => ({ REDIS_URL: testRedisUrl() })],
])('login throttle on %s counters', (_name, counters) => {
  /** Window long enough that a test never straddles two. */
  let hub: TestHub;
  /** Same database, a window short enough to wait out. */
  let shortHub: TestHub;

  beforeAll(async () => {
    const env = {
      ...counters(),
      TRUST_PROXY: '1',
      LOGIN_MAX_FAILURES: String(MAX),
      LOGIN_MAX_FAILURES_PER_ADDRESS: String(MAX_PER_ADDRESS),
    };
    hub = await startTestHub({ ...env, LOGIN_WINDOW_SECONDS: '600' });
    shortHub = await startTestHub({ ...env, LOGIN_WINDOW_SECONDS: String(SHORT_WINDOW_SECONDS) }, hub.databaseUrl);
  });
  afterAll(async () => {
    await shortHub?.stop();
    await hub?.stop();
  });

  const login = (on: TestHub, address: string, email: string, password: string) =>
    on.gql(LOGIN, { e: email, p: password }, null, { 'x-forwarded-for': address }).then(codeOf);

  /** One more wrong password than the account's budget, one after the other: the answer to each. */
  const guessPastBudget = async (address: string, email: string) => {
    const codes: string[] = [];
    for (let i = 0; i <= MAX; i++) codes.push(await login(hub, address, email, `wrong-${i}`));
    return codes;
  };
  const BUDGET_THEN_REFUSED = [...Array<string>(MAX).fill('UNAUTHENTICATED'), 'RATE_LIMITED'];

  it('sixty wrong passwords sent at once check exactly LOGIN_MAX_FAILURES; the rest, and then the right password, are RATE_LIMITED until the window passes', async () => {
    const address = freshAddress();
    const codes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(shortHub, address, JAMIE, `wrong-guess-${i}`)),
    );
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: MAX, RATE_LIMITED: 60 - MAX });

    const refused = await shortHub.gql<never>(LOGIN, { e: JAMIE, p: DEMO_PASSWORD }, null, {
      'x-forwarded-for': address,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const retryAfterSeconds = Number(refused.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(retryAfterSeconds).toBeLessThanOrEqual(SHORT_WINDOW_SECONDS);

    await pause(retryAfterSeconds * 1000 + 100);
    expect(await login(shortHub, address, JAMIE, DEMO_PASSWORD)).toBe('SIGNED_IN');
  });

  it('a burst spread over several accounts from one address checks at most LOGIN_MAX_FAILURES_PER_ADDRESS wrong passwords', async () => {
    const address = freshAddress();
    const accounts = [JAMIE, SAM, MORGAN, ALEX];
    const codes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(hub, address, accounts[i % accounts.length] ?? JAMIE, `guess-${i}`)),
    );
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: MAX_PER_ADDRESS, RATE_LIMITED: 40 - MAX_PER_ADDRESS });
  });

  it('signing in with the right password does not use up the budget', async () => {
    const address = freshAddress();
    for (let i = 0; i < MAX_PER_ADDRESS + 1; i++)
      expect(await login(hub, address, RILEY, DEMO_PASSWORD)).toBe('SIGNED_IN');
    expect(await guessPastBudget(address, RILEY)).toEqual(BUDGET_THEN_REFUSED);
  });

  it('the right password forgets that account’s earlier failures from that address', async () => {
    const address = freshAddress();
    for (let i = 0; i < MAX - 1; i++) expect(await login(hub, address, SAM, `typo-${i}`)).toBe('UNAUTHENTICATED');
    expect(await login(hub, address, SAM, DEMO_PASSWORD)).toBe('SIGNED_IN');
    expect(await guessPastBudget(address, SAM)).toEqual(BUDGET_THEN_REFUSED);
  });

  it('signing in to a known account between guesses does not reset the address: guesses at other accounts stay capped', async () => {
    const address = freshAddress();
    const targets = [JAMIE, MORGAN, ALEX];
    const guesses: string[] = [];
    for (let i = 0; i < MAX_PER_ADDRESS; i++) {
      expect(await login(hub, address, RILEY, DEMO_PASSWORD)).toBe('SIGNED_IN');
      // Below each account's own budget, so only the address budget can stop them.
      guesses.push(await login(hub, address, targets[i % targets.length] ?? JAMIE, `guess-${i}`));
    }
    expect(guesses).toEqual(Array<string>(MAX_PER_ADDRESS).fill('UNAUTHENTICATED'));
    expect(await login(hub, address, SAM, 'one-more-guess')).toBe('RATE_LIMITED');
    expect(await login(hub, address, RILEY, DEMO_PASSWORD)).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect(await login(hub, freshAddress(), RILEY, DEMO_PASSWORD)).toBe('SIGNED_IN');
  });
});
