import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { contentHash } from '../engine/persist/contentHash';
import { readPlainFileSync } from '../engine/workspace/readLessonFile';
import {
  READ_FIELDS,
  READ_OUTCOME,
  STAT_FIELDS,
  type ReadFilesReply,
  type ReadFilesRequest,
  type ReaderThreadData,
  type StatFilesReply,
  type StatFilesRequest,
} from './workerProtocol';

/**
 * Entry point of the reader thread (bundled as dist/readerThread.js): reads lesson files'
 * bytes ahead of the thread that analyses them, and hashes them for their stamps, so that
 * thread spends no time opening, reading, closing and hashing files; or, at a warm start, takes
 * the status of each file the main thread will check against the saved index. It does nothing
 * else: no parser, no rules, nothing to warm up.
 */
const data = workerData as ReaderThreadData;
const passed = new Int32Array(data.passed);

parentPort?.on('message', (request: ReadFilesRequest | StatFilesRequest) => {
  // The main thread read these itself while this thread was busy or starting.
  if (request.seq <= Atomics.load(passed, 0)) return;
  if (request.kind === 'stat') {
    const { reply, buffer } = statFiles(request);
    data.replies.postMessage(reply, [buffer]);
    return;
  }
  const { reply, fields } = readFiles(request);
  data.replies.postMessage(reply, [reply.bytes, fields]);
});

/** Takes each file's status as the main thread's check would (statSync, no exception for a file gone). */
function statFiles(request: StatFilesRequest): { reply: StatFilesReply; buffer: ArrayBuffer } {
  const buffer = new ArrayBuffer(request.paths.length * STAT_FIELDS * Float64Array.BYTES_PER_ELEMENT);
  const statuses = new Float64Array(buffer);
  for (const [index, filePath] of request.paths.entries()) {
    let stat;
    try {
      stat = statSync(filePath, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    // A zero first field (not a plain file) is what the buffer already holds.
    if (!stat?.isFile()) continue;
    const at = index * STAT_FIELDS;
    statuses[at] = 1;
    statuses[at + 1] = stat.size;
    statuses[at + 2] = stat.mtimeMs;
    statuses[at + 3] = stat.ctimeMs;
    statuses[at + 4] = stat.ino;
  }
  return { reply: { seq: request.seq, statuses }, buffer };
}

/** Reads each file as the main thread would (readPlainFileSync), its bytes into one buffer. */
function readFiles(request: ReadFilesRequest): { reply: ReadFilesReply; fields: ArrayBuffer } {
  const fields = new ArrayBuffer(request.paths.length * READ_FIELDS * Float64Array.BYTES_PER_ELEMENT);
  const files = new Float64Array(fields);
  const pieces: Buffer[] = [];
  const hashes: string[] = [];
  let end = 0;
  for (const [index, filePath] of request.paths.entries()) {
    const read = readPlainFileSync(filePath, data.maxFileSize);
    const at = index * READ_FIELDS;
    hashes.push(read?.bytes ? contentHash(read.bytes) : '');
    if (!read) {
      files[at] = READ_OUTCOME.unread;
      continue;
    }
    if (read.bytes) {
      pieces.push(read.bytes);
      end += read.bytes.length;
    }
    files[at] = read.bytes ? READ_OUTCOME.read : READ_OUTCOME.tooLarge;
    files[at + 1] = end;
    files[at + 2] = read.stat.size;
    files[at + 3] = read.stat.mtimeMs;
    files[at + 4] = read.stat.ctimeMs;
    files[at + 5] = read.stat.ino;
  }
  const bytes = new ArrayBuffer(end);
  const view = new Uint8Array(bytes);
  let offset = 0;
  for (const piece of pieces) {
    view.set(piece, offset);
    offset += piece.length;
  }
  return { reply: { seq: request.seq, bytes, files, hashes }, fields };
}
