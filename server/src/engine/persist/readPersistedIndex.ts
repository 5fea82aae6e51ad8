import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { recordEnd, unpackLesson } from './packedLesson';
import { isPersistedIndexHeader, isPersistedIndexTrailer, type PersistedIndexHeader, type StoredLesson } from './persistedIndexFormat';

export type PersistedIndexLoad =
  | { kind: 'loaded'; header: PersistedIndexHeader; lessons: StoredLesson[] }
  | { kind: 'missing' }
  /** The file exists but cannot be used: corrupt, truncated, or written for other settings. */
  | { kind: 'discarded'; reason: string };

const NEWLINE = 0x0a;

/**
 * Reads an index written by writePersistedIndex. Nothing in it is trusted: any line
 * that does not parse or has the wrong shape, a missing trailer, a count or checksum
 * that does not match, or a header `accept` refuses discards the whole file.
 * The file is read in chunks, each its own turn of the event loop. Each lesson's record
 * is parsed now and the rest of its facts later, when asked for (see StoredLesson).
 */
export async function readPersistedIndex(file: string, accept: (header: PersistedIndexHeader) => string | undefined): Promise<PersistedIndexLoad> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const checksum = createHash('sha1');
  const lessons: StoredLesson[] = [];
  let header: PersistedIndexHeader | undefined;
  let trailerSeen = false;
  let pending: Buffer | undefined;
  let failure: string | undefined;

  /**
   * The checksum covers every line before the trailer. Lines enter it a chunk at a time
   * (one update per chunk rather than per line): `summedTo` is how far into the current
   * chunk it has got, and the trailer brings it up to its own first byte before comparing.
   */
  let data: Buffer = Buffer.alloc(0);
  let summedTo = 0;
  const sumUpTo = (end: number): void => {
    if (end > summedTo) checksum.update(data.subarray(summedTo, end));
    summedTo = end;
  };

  /** The line at [start, end) of the current chunk, without its line break. */
  const line = (start: number, end: number): void => {
    if (trailerSeen) {
      failure = 'there is data after the end of the index';
      return;
    }
    const tab = header ? recordEnd(data, start, end) : -1;
    let value: unknown;
    try {
      value = JSON.parse(data.toString('utf8', start, tab >= 0 ? tab : end));
    } catch {
      failure = `line ${lessons.length + (header ? 2 : 1)} is not valid JSON`;
      return;
    }
    if (!header) {
      if (!isPersistedIndexHeader(value)) {
        failure = 'the header is not one this version writes';
        return;
      }
      header = value;
      failure = accept(header);
    } else if (tab < 0 && isPersistedIndexTrailer(value)) {
      trailerSeen = true;
      sumUpTo(start);
      if (value.count !== lessons.length) failure = `the index says ${value.count} lessons but holds ${lessons.length}`;
      else if (value.checksum !== checksum.digest('base64url')) failure = 'the checksum does not match the contents';
    } else {
      const lesson = tab >= 0 ? unpackLesson(value, data.subarray(tab + 1, end)) : undefined;
      if (!lesson) failure = `line ${lessons.length + 2} is not a lesson record`;
      else lessons.push(lesson);
    }
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      data = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = undefined;
      summedTo = 0;
      let start = 0;
      for (let at = data.indexOf(NEWLINE, start); at >= 0 && !failure; at = data.indexOf(NEWLINE, start)) {
        line(start, at);
        start = at + 1;
      }
      if (failure) break;
      // Complete lines enter the checksum now; a cut-off last line waits for the next chunk.
      if (!trailerSeen) sumUpTo(start);
      if (start < data.length) pending = Buffer.from(data.subarray(start));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'discarded', reason: `it could not be read (${code ?? String(error)})` };
  } finally {
    stream.destroy();
  }
  if (failure) return { kind: 'discarded', reason: failure };
  if (pending && pending.length > 0) return { kind: 'discarded', reason: 'the last line is cut off' };
  if (!header) return { kind: 'discarded', reason: 'the file is empty' };
  if (!trailerSeen) return { kind: 'discarded', reason: 'the file is cut off before its end' };
  return { kind: 'loaded', header, lessons };
}
