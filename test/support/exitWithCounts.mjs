/**
 * Runs a suite driver and exits with its counts as the last line, alone, which is what
 * scripts/run-tests.mjs (and a CI log reader) reads. No test run at all counts as a failure,
 * and so does a driver that throws.
 */
export function exitWithCounts(main) {
  main().then(
    ({ passed, failed }) => {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed === 0 && passed > 0 ? 0 : 1);
    },
    (error) => {
      console.log(error instanceof Error ? error.stack : error);
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
