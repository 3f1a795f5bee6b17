import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.js';
import { startRedis } from './redis.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's PostgreSQL server (maintenance database); make a database per file with `createDatabase`. */
    postgresUrl: string;
    /** The run's Redis server, shared by every file. */
    redisUrl: string;
  }
}

/**
 * Starts one PostgreSQL and one Redis for the whole run, before any worker exists, and stops
 * both after the last file. Every project sees them through `inject('postgresUrl')` /
 * `inject('redisUrl')`, and through TEST_POSTGRES_URL / TEST_REDIS_URL for code that reads the
 * environment (workers inherit this process's environment). Servers the caller already
 * started, named in those variables, are used as they are and left running.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  try {
    let postgresUrl = process.env.TEST_POSTGRES_URL;
    if (!postgresUrl) {
      const postgres = await startPostgres();
      stops.push(postgres.stop);
      postgresUrl = postgres.url;
    }
    let redisUrl = process.env.TEST_REDIS_URL;
    if (!redisUrl) {
      const redis = await startRedis();
      stops.push(redis.stop);
      redisUrl = redis.url;
    }
    process.env.TEST_POSTGRES_URL = postgresUrl;
    process.env.TEST_REDIS_URL = redisUrl;
    project.provide('postgresUrl', postgresUrl);
    project.provide('redisUrl', redisUrl);
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
  return () => stopAll(stops);
}

async function stopAll(stops: (() => Promise<void>)[]): Promise<void> {
  // Redis first: it was started last.
  for (const stop of stops.reverse()) await stop();
}
