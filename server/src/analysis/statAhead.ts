import { receiveMessageOnPort } from 'node:worker_threads';
import type { FileStampStat } from '../engine/persist/checkFile';
import { startReaderThread, type ReaderThread } from './readerThreadStart';
import { STAT_FIELDS, type StatFilesReply, type StatFilesRequest } from './workerProtocol';

/** A file's status as a warm start compares it with the saved index. */
export type FileStatus = FileStampStat & { size: number };

/** Overrides STAT_AHEAD_MIN_FILES, e.g. to try the thread on a small workspace. */
export const STAT_AHEAD_MIN_FILES_ENV = 'LEARN_ONCE_STAT_AHEAD_MIN_FILES';

/**
 * From this many files a warm start takes their statuses on the reader thread. The thread's
 * start costs the other core some tens of milliseconds, which the main thread's own garbage
 * collection feels: at 10,000 lessons, four alternating warm starts took 20 ms longer with it
 * (the thread delivered a third to half of the statuses in time), at 100,000 lessons five
 * took a median 190 ms less (every status from the thread). The break-even lies near 20,000.
 */
export function statAheadMinFiles(): number {
  const asked = Number(process.env[STAT_AHEAD_MIN_FILES_ENV]);
  return Number.isInteger(asked) && asked > 0 ? asked : 25_000;
}

/** Paths per request: the thread answers each as a whole, so the main thread can start on the first soon. */
const PATHS_PER_REQUEST = 2000;

/**
 * Takes the status of every file a warm start will check against the saved index, on the
 * reader thread, while the main thread is still reading the index: at 100,000 lessons the
 * statuses take about half a second of system calls. The main thread never waits: for a
 * file whose status has not come yet it takes the status itself, and it tells the thread
 * which requests it has come to, so the thread skips them.
 */
export class StatAhead {
  /** The replies taken so far, by request (request k holds paths k × PATHS_PER_REQUEST on). */
  private readonly received: (Float64Array | undefined)[] = [];
  private nextReply = 0;
  private closed = false;
  /** Statuses given from the thread's replies. */
  taken = 0;

  private constructor(private readonly thread: ReaderThread) {}

  /** Starts the thread on `paths`, in the order statusOf will be asked for them; undefined when no thread can start. */
  static start(script: string | undefined, paths: readonly string[]): StatAhead | undefined {
    const thread = startReaderThread(script, 0);
    if (!thread) return undefined;
    for (let from = 0, seq = 1; from < paths.length; from += PATHS_PER_REQUEST, seq++) {
      const request: StatFilesRequest = { kind: 'stat', seq, paths: paths.slice(from, from + PATHS_PER_REQUEST) };
      thread.worker.postMessage(request);
    }
    return new StatAhead(thread);
  }

  /**
   * The status of the index-th path as the thread took it: null when it is not a plain file
   * (gone, a folder), undefined when the thread has not got to it yet (take it here).
   */
  statusOf(index: number): FileStatus | null | undefined {
    const request = Math.floor(index / PATHS_PER_REQUEST);
    const statuses = this.received[request] ?? this.receiveUpTo(request);
    if (!statuses) return undefined;
    const at = (index - request * PATHS_PER_REQUEST) * STAT_FIELDS;
    this.taken++;
    if (statuses[at] !== 1) return null;
    return { size: field(statuses, at + 1), mtimeMs: field(statuses, at + 2), ctimeMs: field(statuses, at + 3), ino: field(statuses, at + 4) };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.thread.replies.close();
    await this.thread.worker.terminate().catch(() => undefined);
  }

  /** Takes the replies that have come, up to the request asked for; the thread skips the requests before it from now on. */
  private receiveUpTo(request: number): Float64Array | undefined {
    Atomics.store(this.thread.passed, 0, request);
    while (!this.closed && this.nextReply <= request) {
      const message = receiveMessageOnPort(this.thread.replies);
      if (!message) return undefined;
      const reply = message.message as StatFilesReply;
      this.received[reply.seq - 1] = reply.statuses;
      this.nextReply = reply.seq;
    }
    return this.received[request];
  }
}

/** A number of a reply: every record is STAT_FIELDS long, so these reads stay inside it. */
function field(statuses: Float64Array, index: number): number {
  return statuses[index] ?? Number.NaN;
}
