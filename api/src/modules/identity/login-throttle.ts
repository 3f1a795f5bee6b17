import { randomUUID } from 'node:crypto';
import type { RedisClientType } from 'redis';
import { rateLimited } from '../../platform/errors.js';
import type { Logger } from '../../platform/logging/logger.js';

export interface ThrottleOptions {
  /** Wrong passwords checked per window for one account from one address. */
  maxFailures: number;
  /** Wrong passwords checked per window from one address, whatever the accounts. */
  maxFailuresPerAddress: number;
  windowSeconds: number;
  /** Shared counters across API instances; without it each instance counts alone. */
  redis?: RedisClientType | undefined;
  logger?: Logger | undefined;
}

/** A sign-in attempt that has been counted; tell it when the password was right. */
export interface LoginAttempt {
  /**
   * The password was right: this attempt no longer counts against the address, and the
   * account's earlier failures from this address are forgotten.
   */
  succeeded(): Promise<void>;
}

/** One counter and how many attempts it allows per window. */
interface Budget {
  key: string;
  limit: number;
}

/** Counted: each counter's window id. Refused: how long until every counter has room. */
type Taken = { windows: string[] } | { retryAfterMs: number };

/** Where the counters live: in this process, or in Redis for every instance. */
interface Counters {
  /**
   * In one atomic step: when every budget has room, counts one attempt on each and returns the
   * window id of each counter; otherwise counts nothing and returns how long until all have room.
   */
  take(budgets: Budget[], windowMs: number): Promise<Taken>;
  /** Deletes `clear`, and takes one attempt back from `giveBack` if it is still in `window`. */
  refund(clear: string, giveBack: string, window: string): Promise<void>;
}

/**
 * Limits password guessing. Every attempt is counted BEFORE its password is checked — per
 * account from one address and per address — in one atomic step, so however many requests
 * arrive at once, at most `maxFailures` wrong passwords for an account (and
 * `maxFailuresPerAddress` in all) are ever checked from one address in a window; the rest get
 * RATE_LIMITED without a password check, until the window (which starts at the first counted
 * attempt) passes.
 *
 * A right password hands its own attempt back, so signing in does not use up the budget, and it
 * clears that account's earlier failures from that address (the person has just proven they
 * know it). It never clears the address's earlier failures: someone who knows one password
 * could otherwise sign in between guesses at other accounts and keep guessing forever.
 *
 * Keying accounts by address means a stranger elsewhere cannot lock a nurse out; guessing from
 * many addresses is bounded per address, not per account.
 */
export class LoginThrottle {
  readonly #memory = new MemoryCounters();
  readonly #redis: RedisCounters | undefined;
  readonly #windowMs: number;
  #redisDown = false;

  constructor(private readonly options: ThrottleOptions) {
    this.#windowMs = options.windowSeconds * 1000;
    this.#redis = options.redis ? new RedisCounters(options.redis) : undefined;
  }

  /** Counts an attempt for `email` from `ip`, or throws RATE_LIMITED (counting nothing) when a budget is spent. */
  async begin(email: string, ip: string): Promise<LoginAttempt> {
    const account = `account:${ip}|${email}`;
    const address = `address:${ip}`;
    const budgets = [
      { key: account, limit: this.options.maxFailures },
      { key: address, limit: this.options.maxFailuresPerAddress },
    ];
    const { counters, result } = await this.#take(budgets);
    if ('retryAfterMs' in result) throw rateLimited(Math.max(1, Math.ceil(result.retryAfterMs / 1000)));
    const addressWindow = result.windows[1] ?? '';
    return {
      succeeded: async () => {
        try {
          await counters.refund(account, address, addressWindow);
        } catch (error) {
          // The sign-in itself succeeded; a lost refund only costs this address one attempt.
          this.options.logger?.warn({ err: (error as Error).message }, 'login throttle refund failed');
        }
      },
    };
  }

  /** Redis when configured; while it is unreachable, this instance counts alone rather than not at all. */
  async #take(budgets: Budget[]): Promise<{ counters: Counters; result: Taken }> {
    if (this.#redis) {
      try {
        const result = await this.#redis.take(budgets, this.#windowMs);
        this.#redisDown = false;
        return { counters: this.#redis, result };
      } catch (error) {
        if (!this.#redisDown)
          this.options.logger?.warn(
            { err: (error as Error).message },
            'login throttle: Redis unreachable, counting on this instance only',
          );
        this.#redisDown = true;
      }
    }
    return { counters: this.#memory, result: await this.#memory.take(budgets, this.#windowMs) };
  }
}

/** Counters in this process. JavaScript runs each call to the end, so a `take` is atomic by itself. */
class MemoryCounters implements Counters {
  // Every entry lives exactly one window from its creation, and a re-created key is re-inserted
  // at the end, so the map is ordered by expiry and expired entries are always at its front.
  readonly #entries = new Map<string, { count: number; expiresAt: number; window: string }>();

  async take(budgets: Budget[], windowMs: number): Promise<Taken> {
    const now = Date.now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) break;
      this.#entries.delete(key);
    }
    const retryAfterMs = Math.max(
      0,
      ...budgets.map(({ key, limit }) => {
        const entry = this.#live(key, now);
        return entry && entry.count >= limit ? entry.expiresAt - now : 0;
      }),
    );
    if (retryAfterMs > 0) return { retryAfterMs };
    const windows = budgets.map(({ key }) => {
      let entry = this.#live(key, now);
      if (!entry) {
        entry = { count: 0, expiresAt: now + windowMs, window: randomUUID() };
        this.#entries.delete(key);
        this.#entries.set(key, entry);
      }
      entry.count++;
      return entry.window;
    });
    return { windows };
  }

  #live(key: string, now: number) {
    const entry = this.#entries.get(key);
    return entry && entry.expiresAt > now ? entry : undefined;
  }

  async refund(clear: string, giveBack: string, window: string) {
    this.#entries.delete(clear);
    const entry = this.#live(giveBack, Date.now());
    if (entry?.window === window) {
      entry.count--;
      if (entry.count <= 0) this.#entries.delete(giveBack);
    }
  }
}

/*
 * Each counter is a hash {n: attempts, w: window id} that expires one window after its first
 * attempt. The window id lets a refund that arrives after the window rolled over leave the new
 * window's count alone.
 */
const TAKE = `
local wait = 0
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('HGET', key, 'n') or '0') >= tonumber(ARGV[i + 2]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then ttl = tonumber(ARGV[1]) end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return {0, wait} end
local reply = {1}
for i, key in ipairs(KEYS) do
  if redis.call('HINCRBY', key, 'n', 1) == 1 then
    redis.call('HSET', key, 'w', ARGV[2])
    redis.call('PEXPIRE', key, ARGV[1])
  end
  reply[i + 1] = redis.call('HGET', key, 'w')
end
return reply
`;

const REFUND = `
redis.call('DEL', KEYS[1])
if redis.call('HGET', KEYS[2], 'w') == ARGV[1] then
  if redis.call('HINCRBY', KEYS[2], 'n', -1) <= 0 then redis.call('DEL', KEYS[2]) end
end
return 1
`;

/** Counters shared by every instance, each step one Lua script (atomic on the Redis server). */
class RedisCounters implements Counters {
  constructor(private readonly client: RedisClientType) {}

  // The hash tag keeps every counter in one slot, so a script may touch several on Redis Cluster too.
  #key = (name: string) => `{carehub:login}:${name}`;

  async take(budgets: Budget[], windowMs: number): Promise<Taken> {
    const reply = (await this.client.eval(TAKE, {
      keys: budgets.map((b) => this.#key(b.key)),
      arguments: [String(windowMs), randomUUID(), ...budgets.map((b) => String(b.limit))],
    })) as (number | string)[];
    if (reply[0] === 0) return { retryAfterMs: Number(reply[1]) };
    return { windows: reply.slice(1).map(String) };
  }

  async refund(clear: string, giveBack: string, window: string) {
    await this.client.eval(REFUND, { keys: [this.#key(clear), this.#key(giveBack)], arguments: [window] });
  }
}
