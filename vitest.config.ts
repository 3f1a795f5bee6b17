import { defineConfig } from 'vitest/config';

/**
 * The whole suite in one run: the API's tests on SQLite and again on PostgreSQL, and the
 * cross-package tests (browser, several processes, faults). The global setup starts one
 * PostgreSQL and one Redis for the run; see tests/harness/global-setup.ts.
 */
export default defineConfig({
  test: {
    // Root only: projects that `extends` a file do not inherit it, so the servers start once.
    globalSetup: ['./tests/harness/global-setup.ts'],
    reporters: ['default', './scripts/closing-line-reporter.ts'],
    // Test files start real servers (hubs, browsers, API processes): two files at a time suits two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: './api/vitest.config.ts',
        test: { name: 'api:sqlite', root: './api', env: { CAREHUB_TEST_DB: 'sqlite' } },
      },
      {
        extends: './api/vitest.config.ts',
        test: { name: 'api:postgres', root: './api', env: { CAREHUB_TEST_DB: 'postgres' } },
      },
      './tests/vitest.config.ts',
      './web/vitest.config.ts',
    ],
  },
});
