import { createClient, type RedisClientType } from 'redis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLogs } from '../../testing/test-hub.js';
import { type LoginAttempt, LoginThrottle } from './login-throttle.js';

const WINDOW_SECONDS = 60;
const options = { maxFailures: 2, maxFailuresPerAddress: 3, windowSeconds: WINDOW_SECONDS };

/** What the throttle answers to one more attempt: counted, or the error's code. */
const answer = (throttle: LoginThrottle, email: string, ip: string) =>
  throttle.begin(email, ip).then(
    () => 'COUNTED',
    (error: { extensions?: { code?: string } }) => error.extensions?.code ?? 'UNEXPECTED',
  );

describe('login throttle counters in memory', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a refund that arrives after its window ended leaves the next window’s count alone', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const throttle = new LoginThrottle(options);
    const slow: LoginAttempt = await throttle.begin('a@x.test', '10.0.0.1');
    vi.advanceTimersByTime(WINDOW_SECONDS * 1000 + 1);
    // A new window: the address's three attempts are spent on other accounts.
    for (const email of ['b@x.test', 'c@x.test', 'd@x.test']) await throttle.begin(email, '10.0.0.1');
    await slow.succeeded();
    expect(await answer(throttle, 'e@x.test', '10.0.0.1')).toBe('RATE_LIMITED');
  });

  it('counters free up when the window has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const throttle = new LoginThrottle(options);
    await throttle.begin('a@x.test', '10.0.0.1');
    await throttle.begin('a@x.test', '10.0.0.1');
    expect(await answer(throttle, 'a@x.test', '10.0.0.1')).toBe('RATE_LIMITED');
    vi.advanceTimersByTime(WINDOW_SECONDS * 1000 - 1);
    expect(await answer(throttle, 'a@x.test', '10.0.0.1')).toBe('RATE_LIMITED');
    vi.advanceTimersByTime(2);
    expect(await answer(throttle, 'a@x.test', '10.0.0.1')).toBe('COUNTED');
  });

  it('a refused attempt counts nothing, so one account’s exhausted budget does not spend the address’s', async () => {
    const throttle = new LoginThrottle(options);
    await throttle.begin('a@x.test', '10.0.0.1');
    await throttle.begin('a@x.test', '10.0.0.1');
    for (let i = 0; i < 10; i++) expect(await answer(throttle, 'a@x.test', '10.0.0.1')).toBe('RATE_LIMITED');
    expect(await answer(throttle, 'b@x.test', '10.0.0.1')).toBe('COUNTED');
  });
});

describe('login throttle while Redis is unreachable', () => {
  it('counts on this instance instead, and says so once', async () => {
    // Never connected: every command fails at once, as while Redis is down.
    const redis = createClient({ url: 'redis://127.0.0.1:1' }) as RedisClientType;
    const { logger, lines } = captureLogs('warn');
    const throttle = new LoginThrottle({ ...options, redis, logger });
    expect(await answer(throttle, 'a@x.test', '10.0.0.1')).toBe('COUNTED');
    expect(await answer(throttle, 'a@x.test', '10.0.0.1')).toBe('COUNTED');
    expect(await answer(throttle, 'a@x.test', '10.0.0.1')).toBe('RATE_LIMITED');
    expect(lines.map((l) => l.msg)).toEqual(['login throttle: Redis unreachable, counting on this instance only']);
  });
});
