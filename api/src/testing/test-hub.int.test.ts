import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub, testDialect } from './test-hub.js';

/** What the server answers to `select version()`, through a hub's own database connection. */
const VERSION_ANSWER = {
  postgres: /^PostgreSQL \d+/,
  // SQLite has no version() function: the question itself tells it apart.
  sqlite: /no such function: version/,
};

describe('the database a test project runs on', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ SEED_DEMO: 'false' });
  });
  afterAll(() => hub?.stop());

  it('is the one the project is named after (api:postgres → PostgreSQL), asked through the hub’s own connection', async ({
    task,
  }) => {
    // The root config names the projects api:sqlite and api:postgres; run alone, the api has one unnamed project.
    const named = /^api:(sqlite|postgres)$/.exec(task.file.projectName ?? '')?.[1] as 'sqlite' | 'postgres' | undefined;
    const claimed = named ?? testDialect();
    expect(testDialect()).toBe(claimed);
    const connection = hub.app.services.orm.em.fork().getConnection();
    const answer = await connection.execute<{ v: string }[]>('select version() as v').then(
      ([row]) => row?.v,
      (error: Error) => error.message,
    );
    expect(answer).toMatch(VERSION_ANSWER[claimed]);
  });

  it.each(['postgresql', 'pg', 'SQLITE', 'mysql'])('an unknown CAREHUB_TEST_DB (%s) is an error', (value) => {
    expect(() => testDialect({ CAREHUB_TEST_DB: value })).toThrow(
      'CAREHUB_TEST_DB must be one of sqlite, postgres; got',
    );
  });

  it('sqlite and postgres name themselves, and unset means the embedded SQLite', () => {
    expect(testDialect({ CAREHUB_TEST_DB: 'sqlite' })).toBe('sqlite');
    expect(testDialect({ CAREHUB_TEST_DB: 'postgres' })).toBe('postgres');
    expect(testDialect({})).toBe('sqlite');
  });
});
