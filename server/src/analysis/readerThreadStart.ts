import { existsSync } from 'node:fs';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ReaderThreadData } from './workerProtocol';

/** Turns the reader thread off (`0`), e.g. to compare in a benchmark. */
export const READER_THREAD_ENV = 'LEARN_ONCE_READER_THREAD';

/** A started reader thread: where its replies arrive, and the counter of requests the main thread has come to. */
export interface ReaderThread {
  worker: Worker;
  replies: MessagePort;
  passed: Int32Array;
}

/** Starts the reader thread (readerThread.ts), or undefined when it cannot be: no script beside the bundle, turned off, or the start failed. */
export function startReaderThread(script: string | undefined, maxFileSize: number): ReaderThread | undefined {
  if (!script || process.env[READER_THREAD_ENV] === '0' || !existsSync(script)) return undefined;
  try {
    const channel = new MessageChannel();
    const passed = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const workerData: ReaderThreadData = { replies: channel.port2, passed, maxFileSize };
    const worker = new Worker(script, { workerData, transferList: [channel.port2] });
    // A failed reader only means the main thread does the work itself: nothing waits for it.
    worker.on('error', () => undefined);
    worker.unref();
    return { worker, replies: channel.port1, passed: new Int32Array(passed) };
  } catch {
    return undefined;
  }
}
