import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysedFile } from './analyseLessonFile';
import type { AnalyseBatch, AnalyseBatchReply, ConfigureWorker, IndexWorkerInit } from './workerProtocol';

interface PendingBatch {
  batch: AnalyseBatch;
  resolve: (results: AnalysedFile[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  busy?: PendingBatch;
}

/**
 * A few worker threads that read and analyse batches of lesson files. Batches queue
 * until a worker is free; a worker that fails rejects its batch (the caller analyses
 * those files itself) and is not given more.
 */
export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: PendingBatch[] = [];
  private nextId = 1;
  private closed = false;

  private configured = false;

  private constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) this.workers.push(this.startWorker(script));
  }

  /**
   * Starts `size` workers running `script` before their settings are known (they load and
   * wait meanwhile), or undefined when the script is not there (e.g. running from source).
   */
  static start(script: string, size = defaultPoolSize()): AnalysisPool | undefined {
    if (size < 1 || !existsSync(script)) return undefined;
    try {
      return new AnalysisPool(script, size);
    } catch {
      return undefined;
    }
  }

  /** A pool of workers started and given their settings. */
  static create(script: string, init: IndexWorkerInit, size = defaultPoolSize()): AnalysisPool | undefined {
    return AnalysisPool.start(script, size)?.configure(init);
  }

  /** Gives every worker the settings the analysis needs; batches are sent only after this. */
  configure(init: IndexWorkerInit): this {
    const message: ConfigureWorker = { kind: 'configure', init };
    for (const { worker } of this.workers) worker.postMessage(message);
    this.configured = true;
    this.dispatch();
    return this;
  }

  get size(): number {
    return this.workers.length;
  }

  analyse(folder: string, paths: string[]): Promise<AnalysedFile[]> {
    return new Promise<AnalysedFile[]>((resolve, reject) => {
      if (this.closed || this.workers.length === 0) {
        reject(new Error('the analysis pool is closed'));
        return;
      }
      this.queue.push({ batch: { id: this.nextId++, folder, paths }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the analysis pool is closed'));
    await Promise.all(this.workers.splice(0).map(({ worker }) => worker.terminate().catch(() => undefined)));
  }

  private startWorker(script: string): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(script) };
    entry.worker.on('message', (reply: AnalyseBatchReply) => {
      const pending = entry.busy;
      entry.busy = undefined;
      if (pending) {
        if ('error' in reply) pending.reject(new Error(reply.error));
        else pending.resolve(reply.results);
      }
      this.dispatch();
    });
    const fail = (error: Error): void => {
      const at = this.workers.indexOf(entry);
      if (at >= 0) this.workers.splice(at, 1);
      entry.busy?.reject(error);
      entry.busy = undefined;
      if (this.workers.length === 0) for (const pending of this.queue.splice(0)) pending.reject(error);
      else this.dispatch();
    };
    entry.worker.on('error', fail);
    entry.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`an index worker stopped (exit code ${code})`));
    });
    return entry;
  }

  private dispatch(): void {
    if (!this.configured) return;
    for (const entry of this.workers) {
      if (entry.busy || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      entry.busy = pending;
      entry.worker.postMessage(pending.batch);
    }
  }
}

/** Overrides the number of index workers (0: analyse on the server's thread), e.g. to compare in a benchmark. */
export const INDEX_WORKERS_ENV = 'LEARN_ONCE_INDEX_WORKERS';

/**
 * One worker per core beyond two: one core for the server's own thread, which analyses
 * too between requests, and one for the editor and the system. Each worker loads the
 * bundle and warms up the parser on its own and sends its results over; measured on two
 * cores, the server's thread alone indexed 10,000 lessons in 1.50 s against 1.68 s with a
 * worker beside it (medians of 15), and 100,000 in 12.7 s against 13.5–16.1 s.
 */
export function defaultPoolSize(): number {
  return workersAskedFor() ?? Math.max(0, Math.min(7, availableParallelism() - 2));
}

/** The number of workers set through the environment, if it is. */
export function workersAskedFor(): number | undefined {
  const value = process.env[INDEX_WORKERS_ENV];
  const count = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(count) && count >= 0 ? count : undefined;
}
