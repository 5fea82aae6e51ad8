import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { PlainFileRead } from '../engine/workspace/readLessonFile';
import { READ_FIELDS, READ_OUTCOME, type ReadFilesReply, type ReadFilesRequest, type ReaderThreadData } from './workerProtocol';

/** A file as the reader thread found it: read (bytes and stat), too large (stat only), or undefined: not a plain file, read it here. */
export type ReadAheadFile = PlainFileRead | undefined;

/** Turns the reader thread off (`0`), e.g. to compare in a benchmark. */
export const READER_THREAD_ENV = 'LEARN_ONCE_READER_THREAD';

/**
 * Reads files on a thread of its own ahead of the thread that analyses them. The analysing
 * thread asks for each batch some batches before it needs it and, when it comes to the
 * batch, takes the bytes if they are there and reads the files itself if they are not
 * (the thread is still starting, or slower than analysis, as on a cold disk): it never waits
 * for the reader, and the reader skips a batch it has been overtaken on. Replies are taken
 * with receiveMessageOnPort, so a slice of analysis needs no turn of the event loop to get them.
 */
export class ReadAhead {
  private nextSeq = 1;
  /** A reply that came before the one asked for (its predecessor was skipped), kept for its turn. */
  private early: ReadFilesReply | undefined;
  private closed = false;

  private constructor(
    private readonly worker: Worker,
    private readonly replies: MessagePort,
    private readonly passed: Int32Array,
  ) {}

  /** Starts the reader thread, or undefined when it cannot be (no script beside the bundle, turned off, or the start failed). */
  static start(script: string | undefined, maxFileSize: number): ReadAhead | undefined {
    if (!script || process.env[READER_THREAD_ENV] === '0' || !existsSync(script)) return undefined;
    try {
      const channel = new MessageChannel();
      const passed = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
      const workerData: ReaderThreadData = { replies: channel.port2, passed, maxFileSize };
      const worker = new Worker(script, { workerData, transferList: [channel.port2] });
      // A failed reader only means every file is read here: nothing waits for it.
      worker.on('error', () => undefined);
      worker.unref();
      return new ReadAhead(worker, channel.port1, new Int32Array(passed));
    } catch {
      return undefined;
    }
  }

  /** Asks for the files' bytes; the number returned takes them. */
  request(paths: readonly string[]): number {
    const seq = this.nextSeq++;
    if (!this.closed) {
      const request: ReadFilesRequest = { seq, paths: [...paths] };
      this.worker.postMessage(request);
    }
    return seq;
  }

  /**
   * The files of request `seq`, one per path in order, if the reader has read them by now;
   * undefined when it has not (read them here). Requests must be taken in the order made;
   * taking one tells the reader to skip it and every earlier one still waiting.
   */
  take(seq: number): ReadAheadFile[] | undefined {
    Atomics.store(this.passed, 0, seq);
    let reply = this.early;
    this.early = undefined;
    while (!reply || reply.seq < seq) {
      const received = this.closed ? undefined : receiveMessageOnPort(this.replies);
      if (!received) return undefined;
      reply = received.message as ReadFilesReply;
    }
    if (reply.seq > seq) {
      this.early = reply;
      return undefined;
    }
    return unpackReply(reply);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.replies.close();
    await this.worker.terminate().catch(() => undefined);
  }
}

function unpackReply(reply: ReadFilesReply): ReadAheadFile[] {
  const all = Buffer.from(reply.bytes);
  const files: ReadAheadFile[] = [];
  let start = 0;
  const fields = reply.files;
  for (let at = 0; at < fields.length; at += READ_FIELDS) {
    const outcome = numberAt(fields, at);
    if (outcome === READ_OUTCOME.unread) {
      files.push(undefined);
      continue;
    }
    const stat = { size: numberAt(fields, at + 2), mtimeMs: numberAt(fields, at + 3), ctimeMs: numberAt(fields, at + 4), ino: numberAt(fields, at + 5) };
    if (outcome === READ_OUTCOME.tooLarge) {
      files.push({ stat });
      continue;
    }
    const end = numberAt(fields, at + 1);
    files.push({ stat, bytes: all.subarray(start, end), hash: reply.hashes[at / READ_FIELDS] });
    start = end;
  }
  return files;
}

/** A number of a reply's records: every record is READ_FIELDS numbers long, so these reads stay inside the array. */
function numberAt(files: Float64Array, index: number): number {
  return files[index] ?? Number.NaN;
}
