import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isObject } from '../../../../shared/isObject';

/**
 * The files the server saves between sessions (the lesson index, the similar-lesson hints)
 * share one layout: a JSON header line, one line per item, and a trailer line
 * `{"end":true,"count":…,"checksum":…}` with the number of items and a SHA-1 of every line
 * before it. They are written to a temporary file and renamed into place, so a reader
 * never sees half a file, and read back trusting nothing: a line that will not parse, a
 * missing trailer, a count or checksum that does not match, discards the whole file.
 */

export type CheckedLinesLoad<Header> =
  | { kind: 'loaded'; header: Header; count: number }
  | { kind: 'missing' }
  /** The file exists but cannot be used: corrupt, truncated, or written for other settings. */
  | { kind: 'discarded'; reason: string };

export interface CheckedLinesParser<Header> {
  /** The parsed header line: the header, or why the file cannot be used. */
  header(value: unknown): { header: Header } | { failure: string };
  /** An item's line, at [start, end) of `data` without its line break: undefined when taken, else what is wrong with it ("is not …"). */
  item(data: Buffer, start: number, end: number): string | undefined;
}

export interface WriteOptions {
  /**
   * Awaited between chunks of lines, so turning a large file into text never holds a
   * caller's event loop for long. Defaults to a turn of the event loop.
   */
  pause?: () => Promise<void>;
  /**
   * Shares the caller's thread by its time slices instead: asked after each line, and when a
   * slice is up the lines so far are written and the slicer yields. Without it, a pause comes
   * every LINES_PER_CHUNK lines, however long they took to make.
   */
  slicer?: Pacing;
}

/**
 * How a long read or write shares the caller's thread (the shape of the server's time
 * slicers, which are passed as they are): `due` once a slice is up, `yield` to let other work run.
 */
export interface Pacing {
  readonly due: boolean;
  yield(): Promise<void>;
}

interface Trailer {
  end: true;
  count: number;
  checksum: string;
}

const NEWLINE = 0x0a;
/** Every trailer this layout writes starts so; no item line (an object with other keys first) does. */
/** The bytes a trailer line starts with: `{"end":`. Plain bytes, not a Buffer made at load, so the module also loads where Buffer does not exist (the web build, which never saves an index). */
const TRAILER_START = new Uint8Array([0x7b, 0x22, 0x65, 0x6e, 0x64, 0x22, 0x3a]);
/** Lines turned into text between two pauses (or, with a slicer, the most held before they are written). */
const LINES_PER_CHUNK = 500;
/** A temporary file this old was left by a server that stopped while saving. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** Writes the header, the items' lines (each without its line break) and the trailer. */
export async function writeCheckedLines(
  file: string,
  header: unknown,
  items: Iterable<string>,
  options: WriteOptions = {},
): Promise<{ count: number; bytes: number }> {
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await removeAbandonedTemporaries(file);
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.open(temporary, 'w');
  const checksum = createHash('sha1');
  let count = 0;
  let bytes = 0;
  let chunk: string[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const text = chunk.join('');
    chunk = [];
    checksum.update(text);
    bytes += Buffer.byteLength(text);
    await handle.write(text);
  };
  try {
    chunk.push(`${JSON.stringify(header)}\n`);
    const slicer = options.slicer;
    for (const item of items) {
      chunk.push(`${item}\n`);
      count++;
      if (slicer ? slicer.due : chunk.length >= LINES_PER_CHUNK) {
        await flush();
        await (slicer ? slicer.yield() : pause());
      } else if (chunk.length >= LINES_PER_CHUNK) {
        await flush();
      }
    }
    await flush();
    const trailer: Trailer = { end: true, count, checksum: checksum.digest('base64url') };
    const last = `${JSON.stringify(trailer)}\n`;
    bytes += Buffer.byteLength(last);
    await handle.write(last);
    await handle.close();
    await fs.rename(temporary, file);
    return { count, bytes };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Reads a file written by writeCheckedLines, in chunks of `chunkBytes`, handing each item's
 * line to the parser as bytes: it may parse all, part or none of it now. With `pacing`, the
 * reading yields whenever a slice is up.
 */
export async function readCheckedLines<Header>(
  file: string,
  parser: CheckedLinesParser<Header>,
  chunkBytes = 1 << 20,
  pacing?: Pacing,
): Promise<CheckedLinesLoad<Header>> {
  const stream = createReadStream(file, { highWaterMark: chunkBytes });
  const checksum = createHash('sha1');
  let header: Header | undefined;
  let count = 0;
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
      failure = 'there is data after the end of the file';
      return;
    }
    if (header === undefined) {
      const value = parseJson(data, start, end);
      if (value === undefined) {
        failure = 'line 1 is not valid JSON';
        return;
      }
      const taken = parser.header(value);
      if ('failure' in taken) failure = taken.failure;
      else header = taken.header;
      return;
    }
    if (end - start >= TRAILER_START.length && data.compare(TRAILER_START, 0, TRAILER_START.length, start, start + TRAILER_START.length) === 0) {
      trailerSeen = true;
      sumUpTo(start);
      const trailer = parseJson(data, start, end);
      if (!isTrailer(trailer)) failure = `line ${count + 2} is not a valid end of the file`;
      else if (trailer.count !== count) failure = `the file says ${trailer.count} items but holds ${count}`;
      else if (trailer.checksum !== checksum.digest('base64url')) failure = 'the checksum does not match the contents';
      return;
    }
    const wrong = parser.item(data, start, end);
    if (wrong) failure = `line ${count + 2} ${wrong}`;
    else count++;
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      if (pending) {
        // Only the line cut off at the last chunk's end is joined up: copying whole chunks
        // onto it cost more than reading them.
        const at = chunk.indexOf(NEWLINE);
        if (at < 0) {
          pending = Buffer.concat([pending, chunk]);
          continue;
        }
        data = Buffer.concat([pending, chunk.subarray(0, at + 1)]);
        pending = undefined;
        summedTo = 0;
        line(0, data.length - 1);
        if (failure) break;
        if (!trailerSeen) sumUpTo(data.length);
        start = at + 1;
        if (pacing?.due) await pacing.yield();
      }
      data = chunk;
      summedTo = start;
      for (let at = data.indexOf(NEWLINE, start); at >= 0 && !failure; at = data.indexOf(NEWLINE, start)) {
        line(start, at);
        start = at + 1;
        // A chunk holds hundreds of lines, and chunks already read follow without a turn of the event loop.
        if (pacing?.due) await pacing.yield();
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
  if (header === undefined) return { kind: 'discarded', reason: 'the file is empty' };
  if (!trailerSeen) return { kind: 'discarded', reason: 'the file is cut off before its end' };
  return { kind: 'loaded', header, count };
}

/** A parser's header check: the header when it has this version's shape and `accept` takes it. */
export function acceptHeader<Header>(
  isHeader: (value: unknown) => value is Header,
  accept: (header: Header) => string | undefined,
): CheckedLinesParser<Header>['header'] {
  return (value) => {
    if (!isHeader(value)) return { failure: 'the header is not one this version writes' };
    const refused = accept(value);
    return refused ? { failure: refused } : { header: value };
  };
}

/** The JSON value of [start, end) of `data`, or undefined when it is not JSON. */
export function parseJson(data: Buffer, start: number, end: number): unknown {
  try {
    return JSON.parse(data.toString('utf8', start, end)) as unknown;
  } catch {
    return undefined;
  }
}

function isTrailer(value: unknown): value is Trailer {
  if (!isObject(value)) return false;
  const { end, count, checksum } = value;
  return end === true && typeof count === 'number' && Number.isInteger(count) && count >= 0 && typeof checksum === 'string';
}

async function removeAbandonedTemporaries(file: string): Promise<void> {
  const folder = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const full = path.join(folder, name);
    const stat = await fs.stat(full).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > ABANDONED_AFTER_MS) await fs.rm(full, { force: true });
  }
}
