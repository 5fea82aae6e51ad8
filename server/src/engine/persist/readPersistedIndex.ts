import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isPersistedIndexHeader, isPersistedIndexTrailer, isPersistedLesson, type PersistedIndexHeader, type PersistedLesson } from './persistedIndexFormat';

export type PersistedIndexLoad =
  | { kind: 'loaded'; header: PersistedIndexHeader; lessons: PersistedLesson[] }
  | { kind: 'missing' }
  /** The file exists but cannot be used: corrupt, truncated, or written for other settings. */
  | { kind: 'discarded'; reason: string };

const NEWLINE = 0x0a;

/**
 * Reads an index written by writePersistedIndex. Nothing in it is trusted: any line
 * that does not parse or has the wrong shape, a missing trailer, a count or checksum
 * that does not match, or a header `accept` refuses discards the whole file.
 * The file is read in chunks, each its own turn of the event loop.
 */
export async function readPersistedIndex(file: string, accept: (header: PersistedIndexHeader) => string | undefined): Promise<PersistedIndexLoad> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const checksum = createHash('sha1');
  const lessons: PersistedLesson[] = [];
  let header: PersistedIndexHeader | undefined;
  let trailerSeen = false;
  let pending: Buffer | undefined;
  let failure: string | undefined;

  /** One line without its line break; `withBreak` is the same bytes with it, as they enter the checksum. */
  const line = (bytes: Buffer, withBreak: Buffer): void => {
    if (trailerSeen) {
      failure = 'there is data after the end of the index';
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
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
    } else if (isPersistedIndexTrailer(value)) {
      trailerSeen = true;
      if (value.count !== lessons.length) failure = `the index says ${value.count} lessons but holds ${lessons.length}`;
      else if (value.checksum !== checksum.digest('base64url')) failure = 'the checksum does not match the contents';
      return;
    } else if (isPersistedLesson(value)) {
      lessons.push(value);
    } else {
      failure = `line ${lessons.length + 2} is not a lesson record`;
      return;
    }
    checksum.update(withBreak);
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const data = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = undefined;
      let start = 0;
      for (let at = data.indexOf(NEWLINE, start); at >= 0 && !failure; at = data.indexOf(NEWLINE, start)) {
        line(data.subarray(start, at), data.subarray(start, at + 1));
        start = at + 1;
      }
      if (failure) break;
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
