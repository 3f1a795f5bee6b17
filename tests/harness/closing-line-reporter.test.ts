import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Reporter, startVitest, type TestModule } from 'vitest/node';
import { closingLine, countRun, type RunCounts } from '../../scripts/closing-line-reporter.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'closing-line-fixtures');

/**
 * Runs fixture files through a real vitest (no config file, no other reporter) and counts what
 * vitest reported with the closing line's own function: what CI reads is checked against what
 * vitest really produces for a failing hook, a skip or a file that does not load.
 */
async function countFixtures(...names: string[]): Promise<RunCounts> {
  let counted: RunCounts | undefined;
  const capture: Reporter = {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors) {
      counted = countRun(testModules, unhandledErrors);
    },
  };
  const vitest = await startVitest(
    'test',
    names.map((n) => `${n}.fixture.ts`),
    { root: fixtures, config: false, watch: false, reporters: [capture], include: ['*.fixture.ts'] },
    { test: { pool: 'threads', maxWorkers: 1 } },
  );
  await vitest.close();
  if (!counted) throw new Error('vitest ended without reporting the run');
  return counted;
}

describe('the closing line', () => {
  it('counts passed tests as passed and a failed test as failed', async () => {
    expect(await countFixtures('passing', 'failing-test')).toEqual({
      passed: 3,
      failed: 1,
      skipped: 0,
      outsideTests: 0,
    });
  });

  it('counts a failing beforeAll as failed: the suite’s failure and each test it kept from running', async () => {
    expect(await countFixtures('before-all-fails')).toEqual({ passed: 0, failed: 3, skipped: 2, outsideTests: 1 });
  });

  it('counts a failing afterAll as failed although every test passed', async () => {
    expect(await countFixtures('after-all-fails')).toEqual({ passed: 1, failed: 1, skipped: 0, outsideTests: 1 });
  });

  it('counts skipped, todo and self-skipping tests as failed', async () => {
    expect(await countFixtures('skipped')).toEqual({ passed: 1, failed: 3, skipped: 3, outsideTests: 0 });
  });

  it('counts a file that does not load as failed', async () => {
    expect(await countFixtures('does-not-load')).toEqual({ passed: 0, failed: 1, skipped: 0, outsideTests: 1 });
  });

  it('prints passed and failed, and says which failures were skips or outside a test', () => {
    expect(closingLine({ passed: 12, failed: 0, skipped: 0, outsideTests: 0 })).toBe('tests: 12 passed, 0 failed');
    expect(closingLine({ passed: 1, failed: 3, skipped: 2, outsideTests: 1 })).toBe(
      'tests: 1 passed, 3 failed (2 skipped, 1 outside a test)',
    );
  });
});
