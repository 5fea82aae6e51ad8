/**
 * What the browser benchmark's driver (bench/web/runWebBench.mts) tells its measuring extension
 * (bench/web/measure/), through the user settings, and what the extension writes back to the
 * results file. Times are Date.now() (the machine's wall clock, the same in the driver, the
 * page and the extension host); latencies are performance.now() differences.
 */
export const PLAN_SETTING = 'learnOnceWebBench.plan';

export interface WebBenchPlan {
  /** Path of the results file on the machine (the same path in the workspace's file system). */
  resultsPath: string;
  /** Lessons in the workspace: the Lessons view must list this many. */
  lessons: number;
  /** Workspace-relative paths of the lessons generated with a problem (the manifest's `broken`). */
  brokenLessons: string[];
  /** Workspace-relative path of a lesson with no problem (the manifest's first `cleanSample`). */
  editedLesson: string;
  edits: number;
}

export interface EditLatencies {
  /** Edit applied → `languages.getDiagnostics(uri)` shows the new state (looked at about every millisecond). */
  collectionMs: number[];
  /** Edit applied → `languages.onDidChangeDiagnostics` fires with the new state (VS Code delays that event by up to 50 ms). */
  eventMs: number[];
  /** Edits whose new state was not seen within the deadline (left out of the latencies). */
  timeouts: number;
}

export interface WebBenchFigures {
  /** `typeof process` in the extension host the measuring extension ran in ('undefined' in the web-worker host). */
  processInHost: string;
  measuringStartedAt: number;
  /** When VS Code first reported Learn Once active (polled every 5 ms). */
  learnOnceActiveAt?: number;
  /** Every lesson generated with a problem has a Learn Once diagnostic in this extension host. */
  problemsCompleteAt?: number;
  brokenSeen: number;
  brokenTotal: number;
  /** The Lessons view holds a complete list from a finished scan (the test API's isIndexed()). */
  viewCompleteAt?: number;
  viewLessons?: number;
  /** No diagnostics changed for a second after the index was complete (similar-lesson hints published). */
  settledAt?: number;
  edits?: EditLatencies;
  error?: string;
}
