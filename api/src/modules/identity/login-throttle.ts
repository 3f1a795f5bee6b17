import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';
import { rateLimited } from '../../platform/errors.js';

/** How many failed sign-ins are allowed in how long; read from the environment by config.ts. */
export interface LoginSettings {
  maxFailures: number;
  windowSeconds: number;
}

export interface ThrottleOptions extends LoginSettings {
  /** Shared counters across API instances; without it each instance counts alone. */
  redis?: RedisClientType | undefined;
}

/**
 * Counts failed sign-ins per (email, address) and per address. Past the limit, sign-in answers
 * RATE_LIMITED until the window passes — guessing passwords slows to a crawl, and a stranger
 * cannot lock a nurse out from another address.
 */
export class LoginThrottle {
  readonly #perAccount;
  readonly #perAddress;

  constructor(options: ThrottleOptions) {
    const make = (keyPrefix: string, points: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: options.windowSeconds });
      if (!options.redis) return memory;
      return new RateLimiterRedis({
        storeClient: options.redis,
        useRedisPackage: true,
        keyPrefix: `carehub:${keyPrefix}`,
        points,
        duration: options.windowSeconds,
        insuranceLimiter: memory,
      });
    };
    this.#perAccount = make('login-fail-account', options.maxFailures);
    this.#perAddress = make('login-fail-address', options.maxFailures * 4);
  }

  /** Throws RATE_LIMITED when either counter is exhausted. */
  async check(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.#perAccount.get(`${email}|${ip}`), this.#perAddress.get(ip)]);
    for (const [res, limiter] of [
      [account, this.#perAccount],
      [address, this.#perAddress],
    ] as const) {
      if (res && res.consumedPoints >= limiter.points) {
        throw rateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.#perAccount.consume(`${email}|${ip}`).catch(ignoreLimit),
      this.#perAddress.consume(ip).catch(ignoreLimit),
    ]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.#perAccount.delete(`${email}|${ip}`).catch(() => undefined);
  }
}

function ignoreLimit(reason: unknown): void {
  if (reason instanceof RateLimiterRes) return;
  throw reason;
}
