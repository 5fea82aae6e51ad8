import type { Connection } from 'vscode-languageserver';
import { codeCacheState } from '../../launch/codeCacheState';
import type { CodeCacheState } from '../../launch/codeCache';
import { EventLoopWatch, type EventLoopFigures } from './eventLoopWatch';
import type { ScanStats } from './scanStats';

export const STATS_REQUEST = 'learnOnce/stats';

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

/** The part of Node's `process` this reads; absent in a web worker. */
interface MemoryReadingHost {
  process?: { memoryUsage?: () => { rss: number; heapUsed: number } };
}

/**
 * The server's memory, or undefined where `process` (or its `memoryUsage`) is absent: in a
 * browser the server is a web worker, which has no way to measure its own memory.
 */
export function serverMemory(host: MemoryReadingHost = globalThis as MemoryReadingHost): ServerMemory | undefined {
  if (typeof host.process?.memoryUsage !== 'function') return undefined;
  const memory = host.process.memoryUsage();
  return { rssMb: Math.round(memory.rss / 1048576), heapUsedMb: Math.round(memory.heapUsed / 1048576) };
}

export interface StatsSource {
  lessons(): number;
  indexReady(): boolean;
  similarityReady(): boolean;
  lastScan(): ScanStats | undefined;
}

/**
 * `learnOnce/stats`: what the server holds and how the last scan went, for diagnosis and
 * the benchmark. Returns the event-loop watch, so the server can start its window once
 * requests can arrive (after initialize).
 */
export function registerStatsRequest(connection: Connection, source: StatsSource, watch = new EventLoopWatch()): EventLoopWatch {
  connection.onRequest(STATS_REQUEST, (params: StatsParams | null | undefined): StatsResult => {
    const result: StatsResult = {
      lessons: source.lessons(),
      indexReady: source.indexReady(),
      similarityReady: source.similarityReady(),
      scan: source.lastScan(),
      eventLoop: watch.figures(),
      memory: serverMemory(),
      codeCache: codeCacheState(),
    };
    if (params?.resetEventLoop) watch.reset();
    return result;
  });
  return watch;
}
