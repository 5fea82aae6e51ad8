// The reporter of the mocha suites (test/.mocharc.*.json): mocha's spec reporter, with this
// project's rule that no test is left pending. A test written without a body, `it.skip`,
// `describe.skip` or `this.skip()` fails the run, and each is named after the summary.
// Not mocha's --forbid-pending: that stops the run at a `describe.skip` while the files load,
// before any test runs, and names no test.
import Mocha from 'mocha';

class PendingFailsSpecReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const pendingTitles: string[] = [];
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test: Mocha.Test) => {
      pendingTitles.push(test.fullTitle());
      // Mocha exits with the run's failure count (it sets the count itself the same way for --fail-zero).
      runner.failures++;
    });
    // Listens after the spec reporter's summary, so the names come last, under its "N pending".
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      for (const title of pendingTitles) console.log(`  pending (not allowed): ${title}`);
    });
  }
}

export = PendingFailsSpecReporter;
