import type { ScanStats } from '../../../../shared/protocol/stats';
export function emptyScanStats(): ScanStats {
  return {
    files: 0,
    cache: 'none',
    fromCache: 0,
    staleInCache: 0,
    readToCheck: 0,
    analysedOnWorkers: 0,
    analysedHere: 0,
    readAhead: 0,
    openAtScan: 0,
    workers: 0,
    phasesMs: {},
  };
}
