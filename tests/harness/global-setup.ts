import type { TestProject } from 'vitest/node';
import { startPostgres, startRedis } from '../../scripts/services.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's PostgreSQL server (maintenance database); give each file its own with `createDatabase`. */
    postgresUrl: string;
    /** The run's Redis server, shared by every file. */
    redisUrl: string;
  }
}

/**
 * Starts one PostgreSQL and one Redis for the whole run, before any worker exists, and stops
 * both after the last file. Every project reads them with `inject('postgresUrl')` /
 * `inject('redisUrl')`, and code that reads the environment finds them in TEST_POSTGRES_URL /
 * TEST_REDIS_URL (workers inherit this process's environment). A server already named in
 * one of those variables is used as it is and left running.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  const teardown = async () => {
    // Last started, first stopped.
    for (const stop of stops.reverse()) await stop();
  };
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
    await teardown();
    throw error;
  }
  return teardown;
}
