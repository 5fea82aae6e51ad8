import type { Connection } from 'vscode-languageserver';
import { codeCacheState } from '../../launch/codeCacheState';
import { StatsRequest, type ScanStats, type ServerMemory, type StatsParams, type StatsResult } from '../../../../shared/protocol/stats';
import { EventLoopWatch } from './eventLoopWatch';

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
  connection.onRequest(StatsRequest, (params: StatsParams | null | undefined): StatsResult => {
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
