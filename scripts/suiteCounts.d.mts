// Types of suiteCounts.mjs, for the TypeScript that imports it (test/unit/testing/).
export interface SuiteCounts {
  passed: number;
  /** Failing tests, pending ones included. */
  failed: number;
  pending: number;
}

export declare function suiteCounts(output: string): SuiteCounts;
