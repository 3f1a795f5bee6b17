import { writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node';

/** What the closing line reports. Every count in `failed` is a reason the run is not green. */
export interface RunCounts {
  passed: number;
  /** Failed tests, plus every test that did not pass for another reason, plus every failure outside a test. */
  failed: number;
  /** Of `failed`: tests that were skipped or never finished (none is skipped on purpose here). */
  skipped: number;
  /** Of `failed`: files, suites and hooks (`beforeAll`/`afterAll`) that failed outside any test, and unhandled errors. */
  outsideTests: number;
}

/**
 * Counts a finished run for the closing line. Only a passed test counts as passed. A skipped,
 * todo or unfinished test counts as failed: this suite skips nothing on purpose, so a skip is a
 * test that did not run (a `.skip` left behind, a `beforeAll` that threw, a name filter). A file,
 * suite or hook that failed outside any test (a failing `beforeAll` or `afterAll`, a file that
 * does not load) counts once more, and so does every unhandled error.
 */
export function countRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0, outsideTests: unhandledErrors.length };
  for (const module of testModules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state !== 'failed') counts.skipped++;
      else counts.failed++;
    }
    const containers: (TestModule | TestSuite)[] = [module, ...module.children.allSuites()];
    counts.outsideTests += containers.filter((c) => c.errors().length > 0).length;
    // A file that failed without an error of its own (vitest reports some load failures so) still counts.
    if (module.state() === 'failed' && module.errors().length === 0 && !module.children.size) counts.outsideTests++;
  }
  counts.failed += counts.skipped + counts.outsideTests;
  return counts;
}

/** `tests: N passed, N failed`, naming how many of the failures were skips or happened outside tests. */
export function closingLine(counts: RunCounts): string {
  const why = [
    counts.skipped ? `${counts.skipped} skipped` : '',
    counts.outsideTests ? `${counts.outsideTests} outside a test` : '',
  ].filter(Boolean);
  return `tests: ${counts.passed} passed, ${counts.failed} failed${why.length ? ` (${why.join(', ')})` : ''}`;
}

/**
 * Ends the run with one plain line, `tests: N passed, N failed`, which CI reads (see `countRun`
 * for what counts as failed). When CAREHUB_CLOSING_LINE_FILE names a file, the line goes there
 * instead, for a caller that prints it last (scripts/test.mjs).
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const line = closingLine(countRun(testModules, unhandledErrors));
    const file = process.env.CAREHUB_CLOSING_LINE_FILE;
    if (file) writeFileSync(file, `${line}\n`);
    else process.stdout.write(`\n${line}\n`);
  }
}
