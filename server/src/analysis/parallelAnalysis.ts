import type { ScanStats } from '../../../shared/protocol';
import { analyseLessonFile, analysePlainRead, type AnalysedFile } from './analyseLessonFile';
import { AnalysisPool, workersAskedFor } from './analysisPool';
import type { AnalysisSettingsByFolder } from './analysisSettingsByFolder';
import { ReadAhead, type ReadAheadFile } from './readAhead';
import { readPlainFileSync } from '../engine/workspace/readLessonFile';
import type { Slicer } from './timeSlicer';

/**
 * Below this many files to analyse, starting a worker thread (loading the bundle, compiling
 * the schema, warming up the parser) costs more than it saves. A worker count set through
 * the environment applies whatever the number of files.
 */
export const WORKER_MIN_FILES = 2500;
/** Files per batch: large enough to amortise messaging, small enough that the last batches end together. */
const BATCH_SIZE = 100;
/**
 * From this many files, when no index worker analyses beside this thread, a reader thread
 * reads the files ahead of it (its start costs a few milliseconds of the other core).
 */
export const READER_MIN_FILES = 1000;
/** Batches the reader thread is asked for ahead of the one being analysed. */
const READ_AHEAD_BATCHES = 3;

export interface ParallelAnalysisOptions {
  /** The bundled index worker; without it every file is analysed on this thread. */
  workerScript: string | undefined;
  /** The bundled reader thread; without it this thread reads its files itself. */
  readerScript: string | undefined;
  /** Index workers already started (a cold start expected): configured and used if workers pay, closed either way. */
  prestarted: AnalysisPool | undefined;
  settings: AnalysisSettingsByFolder;
  /** Takes each file's analysis into the index. */
  apply: (result: AnalysedFile) => void;
  /** Where the analysis was done, counted (the scan's stats, or any object with these counts). */
  stats: Pick<ScanStats, 'workers' | 'analysedHere' | 'analysedOnWorkers' | 'readAhead'>;
  slicer: Slicer;
  isCancelled: () => boolean;
  /** After each batch: how many files are analysed, of how many. */
  onProgress?: (done: number, total: number) => void;
  log?: (message: string) => void;
}

interface Batch {
  folder: string;
  paths: string[];
}

/**
 * Analyses files on worker threads and on this thread together: every party takes the
 * next batch when it is free, so the work spreads evenly whatever each gets of the CPU.
 * This thread works in short slices between requests; a worker that fails leaves its
 * batch to this thread. False when cancelled.
 */
export async function analyseInParallel(files: readonly string[], options: ParallelAnalysisOptions): Promise<boolean> {
  const { settings, apply, stats, slicer, isCancelled } = options;
  const total = files.length;
  if (total === 0) return true;
  const wanted = total >= WORKER_MIN_FILES || workersAskedFor() !== undefined;
  const started = options.prestarted;
  if (!wanted) void started?.close();
  const pool = !wanted
    ? undefined
    : started
      ? started.configure(settings.forWorkers())
      : options.workerScript
        ? AnalysisPool.create(options.workerScript, settings.forWorkers())
        : undefined;
  stats.workers = pool?.size ?? 0;
  // With index workers each reads its own files; without, this thread reads none if it need not.
  const reader = !pool && total >= READER_MIN_FILES ? ReadAhead.start(options.readerScript, settings.forFolder('').maxFileSize) : undefined;
  const batches = await batchesByFolder(files, settings, slicer);
  let next = 0;
  const take = (): Batch | undefined => (isCancelled() ? undefined : batches[next++]);
  let done = 0;
  const finished = (count: number): void => {
    done += count;
    options.onProgress?.(done, total);
  };
  const here = async (folder: string, paths: readonly string[], readAhead?: readonly ReadAheadFile[]): Promise<void> => {
    const folderSettings = settings.forFolder(folder);
    for (const [index, file] of paths.entries()) {
      const read = readAhead ? readAhead[index] : readPlainFileSync(file, folderSettings.maxFileSize);
      if (readAhead && read) stats.readAhead++;
      // The synchronous fast path needs no await: most files are plain and small.
      apply(analysePlainRead(file, read, folderSettings) ?? (await analyseLessonFile(file, folderSettings)));
      stats.analysedHere++;
      if (slicer.due) await slicer.yield();
    }
    finished(paths.length);
  };
  const asked = new Map<Batch, number>();
  const onThisThread = async (): Promise<void> => {
    for (let batch = take(); batch; batch = take()) {
      if (reader) for (const ahead of batches.slice(next, next + READ_AHEAD_BATCHES)) if (!asked.has(ahead)) asked.set(ahead, reader.request(ahead.paths));
      const seq = asked.get(batch);
      await here(batch.folder, batch.paths, seq === undefined ? undefined : reader?.take(seq));
    }
  };
  const onWorkers = async (): Promise<void> => {
    for (let batch = take(); batch && pool; batch = take()) {
      let results: AnalysedFile[];
      try {
        results = await pool.analyse(batch.folder, batch.paths);
      } catch (error) {
        if (isCancelled()) return;
        options.log?.(`An index worker failed; analysing its files here instead: ${String(error)}`);
        await here(batch.folder, batch.paths);
        continue;
      }
      if (isCancelled()) return;
      for (const result of results) apply(result);
      stats.analysedOnWorkers += batch.paths.length;
      finished(batch.paths.length);
      if (slicer.due) await slicer.yield();
    }
  };
  try {
    // Two batches in flight per worker, so none waits while this thread takes in the last one's results.
    await Promise.all([onThisThread(), ...Array.from({ length: (pool?.size ?? 0) * 2 }, onWorkers)]);
    return !isCancelled();
  } finally {
    await Promise.all([pool?.close(), reader?.close()]);
  }
}

/** Files grouped by workspace folder (their config), cut into batches; yields while grouping a large list. */
async function batchesByFolder(files: readonly string[], settings: AnalysisSettingsByFolder, slicer: Slicer): Promise<Batch[]> {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = settings.folderOf(file) ?? '';
    let list = byFolder.get(folder);
    if (!list) byFolder.set(folder, (list = []));
    list.push(file);
    if (slicer.due) await slicer.yield();
  }
  const batches: Batch[] = [];
  for (const [folder, paths] of byFolder) for (let i = 0; i < paths.length; i += BATCH_SIZE) batches.push({ folder, paths: paths.slice(i, i + BATCH_SIZE) });
  return batches;
}
