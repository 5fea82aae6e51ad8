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
  analysedOnWorkers: number;
  analysedHere: number;
  openAtScan: number;
  workers: number;
  savedLessons?: number;
  savedBytes?: number;
  phasesMs: { find?: number; loadCache?: number; verify?: number; analyse?: number; publish?: number; similarity?: number; save?: number; total?: number };
}

export function emptyScanStats(): ScanStats {
  return { files: 0, cache: 'none', fromCache: 0, staleInCache: 0, analysedOnWorkers: 0, analysedHere: 0, openAtScan: 0, workers: 0, phasesMs: {} };
}
