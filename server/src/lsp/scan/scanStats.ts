/** What the last scan did and how long each part took, for `learnOnce/stats` and the benchmark. */
export interface ScanStats {
  files: number;
  /** none: no storage folder; missing: no saved index yet; loaded / discarded: see cacheReason. */
  cache: 'none' | 'missing' | 'loaded' | 'discarded';
  cacheReason?: string;
  /** Lessons taken from the saved index after their bytes were checked. */
  fromCache: number;
  /** Lessons the saved index held whose file had changed. */
  staleInCache: number;
  /** Of the lessons taken from the saved index, those whose bytes had to be read to confirm them (touched, or stamped just before the save). */
  readToCheck: number;
  analysedOnWorkers: number;
  analysedHere: number;
  openAtScan: number;
  workers: number;
  savedLessons?: number;
  savedBytes?: number;
  /** When the scan started and when its problems were all published, in ms since the server process started. */
  startedAtMs?: number;
  publishedAtMs?: number;
  /**
   * The saved similar-lesson hints: none (no saved index to go with), missing, discarded
   * (see reason) or loaded: how many were restored and how many lessons were left to rank
   * again; `saved` once the hints of a full pass are saved.
   */
  hints?: { cache: 'none' | 'missing' | 'loaded' | 'discarded'; reason?: string; restored?: number; toRank?: number; saved?: number };
  phasesMs: { find?: number; loadCache?: number; verify?: number; analyse?: number; publish?: number; readFacts?: number; similarity?: number; save?: number; total?: number };
}

export function emptyScanStats(): ScanStats {
  return { files: 0, cache: 'none', fromCache: 0, staleInCache: 0, readToCheck: 0, analysedOnWorkers: 0, analysedHere: 0, openAtScan: 0, workers: 0, phasesMs: {} };
}
