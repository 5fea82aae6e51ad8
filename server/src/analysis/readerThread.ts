import { parentPort, workerData } from 'node:worker_threads';
import { contentHash } from '../engine/persist/contentHash';
import { readPlainFileSync } from '../engine/workspace/readLessonFile';
import { READ_FIELDS, READ_OUTCOME, type ReadFilesReply, type ReadFilesRequest, type ReaderThreadData } from './workerProtocol';

/**
 * Entry point of the reader thread (bundled as dist/readerThread.js): reads lesson files'
 * bytes ahead of the thread that analyses them, and hashes them for their stamps, so that
 * thread spends no time opening, reading, closing and hashing files. It does nothing else:
 * no parser, no rules, nothing to warm up.
 */
const data = workerData as ReaderThreadData;
const passed = new Int32Array(data.passed);

parentPort?.on('message', (request: ReadFilesRequest) => {
  // The main thread read these itself while this thread was busy or starting.
  if (request.seq <= Atomics.load(passed, 0)) return;
  const { reply, fields } = readFiles(request);
  data.replies.postMessage(reply, [reply.bytes, fields]);
});

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
