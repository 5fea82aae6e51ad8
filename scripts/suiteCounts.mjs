/**
 * A suite's counts from what it printed, for scripts/run-tests.mjs: mocha's "N passing",
 * "N failing" and "N pending" lines, and the real-editor runners' "N passed, N failed".
 * No test may be left pending, so a pending test counts as failed too.
 */
export function suiteCounts(output) {
  const number = (pattern) => [...output.matchAll(pattern)].reduce((sum, match) => sum + Number(match[1]), 0);
  const pending = number(/^\s*(\d+) pending$/gm);
  return {
    passed: number(/^\s*(\d+) passing/gm) + number(/^(\d+) passed, \d+ failed/gm),
    failed: number(/^\s*(\d+) failing/gm) + number(/^\d+ passed, (\d+) failed/gm) + pending,
    pending,
  };
}
