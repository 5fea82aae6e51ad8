import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { packLesson } from './packedLesson';
import type { PersistedIndexHeader, PersistedIndexTrailer, PersistedLesson } from './persistedIndexFormat';

export interface WriteOptions {
  /**
   * Awaited between chunks of lines, so turning a large index into text never holds a
   * caller's event loop for long. Defaults to a turn of the event loop.
   */
  pause?: () => Promise<void>;
}

/** Lines turned into text between two pauses; a line takes a few microseconds. */
const LINES_PER_CHUNK = 500;

/**
 * Writes the index one line per item: the header, one line per lesson (see packLesson), and
 * a trailer with the count and a checksum of every line before it. It is written to a
 * temporary file and renamed into place, so a reader never sees half a file.
 */
export async function writePersistedIndex(file: string, header: PersistedIndexHeader, lessons: Iterable<PersistedLesson>, options: WriteOptions = {}): Promise<{ count: number; bytes: number }> {
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
    for (const lesson of lessons) {
      chunk.push(`${packLesson(lesson)}\n`);
      count++;
      if (chunk.length >= LINES_PER_CHUNK) {
        await flush();
        await pause();
      }
    }
    await flush();
    const trailer: PersistedIndexTrailer = { end: true, count, checksum: checksum.digest('base64url') };
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

/** A temporary file this old was left by a server that stopped while saving. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

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
