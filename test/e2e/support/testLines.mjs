// The UI suite's mocha reporter and its counts, apart from runUiTests.mjs so that a unit test
// (test/unit/testing/pendingTests.test.ts) can run them on a fixture without starting the suite.
import Mocha from 'mocha';

/**
 * One line per test and the failure's detail; the closing counts line is printed once, by the
 * runner. No test may be left pending (written without a body, it.skip, describe.skip,
 * this.skip()): each is named as a failure.
 */
export class TestLines extends Mocha.reporters.Base {
  constructor(runner, options) {
    super(runner, options);
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
    runner.on(EVENT_TEST_PASS, (test) => console.log(`  ✓ ${test.fullTitle()}`));
    runner.on(EVENT_TEST_FAIL, (test, error) => {
      console.log(`  ✗ ${test.fullTitle()}`);
      console.log(
        String(error.stack ?? error)
          .split('\n')
          .map((line) => `      ${line}`)
          .join('\n'),
      );
    });
    runner.on(EVENT_TEST_PENDING, (test) => console.log(`  ✗ pending (not allowed): ${test.fullTitle()}`));
  }
}

/** A finished run's counts: mocha counts a pending test apart from the failures; here it is one. */
export function runCounts(stats) {
  return { passed: stats?.passes ?? 0, failed: (stats?.failures ?? 0) + (stats?.pending ?? 0) };
}
