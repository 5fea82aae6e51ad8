import * as fc from 'fast-check';

export interface FuzzOptions {
  seed: number;
  numRuns: number;
  /** Longest a single engine call may take; set by `npm run fuzz`, left out by the unit suite. */
  boundMs?: number;
  /** Called before each case, so a watchdog can tell a hang from a slow run. */
  onCase?: () => void;
  /** Replays one case of an earlier run (fast-check's counterexample path). */
  path?: string;
}

/** A named property over the engine, run briefly by the unit suite and at length by `npm run fuzz`. */
export interface FuzzProperty {
  name: string;
  /** This property's share of the cases `npm run fuzz` runs. */
  fuzzRuns: number;
  /** Cases in the unit suite when a hundredth of fuzzRuns would be too slow there. */
  suiteRuns?: number;
  check(options: FuzzOptions): fc.RunDetails<unknown>;
}

/**
 * A property whose check throws when an invariant breaks; fast-check then shrinks
 * the input to the smallest one that still breaks it.
 */
export function fuzzProperty<T>(
  name: string,
  fuzzRuns: number,
  arbitrary: fc.Arbitrary<T>,
  check: (value: T, boundMs: number | undefined) => void,
): FuzzProperty {
  return {
    name,
    fuzzRuns,
    check: (options) =>
      fc.check(
        fc.property(arbitrary, (value) => {
          options.onCase?.();
          check(value, options.boundMs);
        }),
        { seed: options.seed, numRuns: options.numRuns, path: options.path, includeErrorInReport: true },
      ) as fc.RunDetails<unknown>,
  };
}

/** Throws fast-check's own report when a run failed: the suite's assertion. */
export function assertFuzzPassed(details: fc.RunDetails<unknown>): void {
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
}

/** The unit suite's fixed seed: the same cases on every run, so a failure reproduces. */
export const SUITE_SEED = 20_250_601;

/** The unit suite runs a hundredth of each property's fuzz share: quick, and still hundreds of cases. */
export function suiteRuns(property: FuzzProperty): number {
  return property.suiteRuns ?? Math.max(20, Math.round(property.fuzzRuns / 100));
}
