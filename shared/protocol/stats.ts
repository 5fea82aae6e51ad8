import { RequestType } from 'vscode-languageserver-protocol';

/**
 * `learnOnce/stats`: what the server holds and how the last scan went, for diagnosis and the
 * benchmark. Tests and the benchmark read it; the extension does not.
 */
export const StatsRequest = new RequestType<StatsParams | null | undefined, StatsResult, void>('learnOnce/stats');

export interface StatsParams {
  /** Start a new event-loop measuring window after answering. */
  resetEventLoop?: boolean;
}

export interface StatsResult {
  lessons: number;
  indexReady: boolean;
  similarityReady: boolean;
  scan?: ScanStats;
  /** Present when the server was started with LEARN_ONCE_MEASURE_EVENT_LOOP=1. */
  eventLoop?: EventLoopFigures;
  /** Undefined where there is no `process` to ask (the web build's server, a web worker). */
  memory?: ServerMemory;
  /** How this start came by the server's compiled code (absent when not started by dist/server.js). */
  codeCache?: CodeCacheState;
}

export interface ServerMemory {
  rssMb: number;
  heapUsedMb: number;
}

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
  /** Of the files analysed on the server's thread, those whose bytes the reader thread read for it. */
  readAhead: number;
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
  /** Of the hints of the pass after a cold scan, those ranked on the ranking thread (see RankingAhead); absent without one. */
  rankedOnThread?: number;
  phasesMs: {
    find?: number;
    loadCache?: number;
    verify?: number;
    analyse?: number;
    publish?: number;
    readFacts?: number;
    similarity?: number;
    save?: number;
    total?: number;
  };
}

export interface EventLoopFigures {
  /** The longest the event loop was held up, in ms (to the monitor's 10 ms resolution). */
  maxMs: number;
  p99Ms: number;
  meanMs: number;
}

/** How a bundle's compiled code was come by on this start. */
export type CodeCacheState =
  /** No cache folder was given: compiled from source, nothing saved. */
  | 'off'
  /** V8 took the saved code: most of the bundle's functions need no compiling. */
  | 'used'
  /** No cache for this bundle and this Node yet: one is saved when the process exits. */
  | 'missing'
  /** V8 refused the saved code (other V8 flags): a new one is saved on exit. */
  | 'rejected'
  /** The saved file failed its checksum: ignored, and a new one is saved on exit. */
  | 'corrupt';
