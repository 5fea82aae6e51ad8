import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../engine/config/workspaceConfig';
import type { LessonEntry } from '../../engine/index/LessonIndex';
import { extractFacts } from '../../engine/lesson/extractFacts';
import type { LessonFacts } from '../../engine/lesson/lessonModel';
import { analysisStillHolds, configFingerprint, headerMismatch, type CurrentAnalysisContext } from '../../engine/persist/cacheValidity';
import { checkFile } from '../../engine/persist/checkFile';
import { PERSISTED_INDEX_FORMAT, type FileStamp, type PersistedIndexHeader, type PersistedLesson, type StoredLesson } from '../../engine/persist/persistedIndexFormat';
import { readPersistedIndex, type PersistedIndexLoad } from '../../engine/persist/readPersistedIndex';
import { StoredLessonEntry } from '../../engine/persist/storedLessonEntry';
import { writePersistedIndex } from '../../engine/persist/writePersistedIndex';
import { lessonTextOf } from '../../engine/similarity/findSimilarLessons';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import { parseYamlFile } from '../../engine/yaml/parseYamlFile';
import { analyseBytes, analyseLessonFile, analyseLessonFileSync, type AnalysedFile, type AnalysisSettings } from './analyseLessonFile';
import { AnalysisPool, workersAskedFor } from './analysisPool';
import type { IndexPrefetch } from './indexPrefetch';
import { emptyScanStats, type ScanStats } from './scanStats';
import { TimeSlicer } from './timeSlicer';

export interface WorkspaceScanOptions {
  /** A workspace with its folders' configs loaded; the scan fills its index. */
  workspace: LessonWorkspace;
  today: string;
  /** The workspace's lesson files, if listing them has already started; otherwise the scan lists them. */
  found?: Promise<string[]>;
  /** The text of an open document: it wins over the file on disk. */
  openText: (uri: string) => string | undefined;
  /** The persisted index file, when the editor gave the server a storage folder. */
  cacheFile?: string;
  /** The same file already being read (see prefetchIndex); used when it is for cacheFile. */
  prefetched?: IndexPrefetch;
  /** Identifies this build of the analysis code; a cache written by another is discarded. */
  engine: string;
  /** The bundled index worker; without it every file is analysed on this thread. */
  workerScript?: string;
  /** Index workers already started (a cold start expected); the scan configures, uses and closes them. */
  pool?: AnalysisPool;
  isCancelled: () => boolean;
  onProgress?: (message: string, percentage: number) => void;
  log?: (message: string) => void;
}

/**
 * Below this many files to analyse, starting a worker thread (loading the bundle, compiling
 * the schema, warming up the parser) costs more than it saves. A worker count set through
 * the environment applies whatever the number of files.
 */
export const WORKER_MIN_FILES = 2500;
/** Files per batch: large enough to amortise messaging, small enough that the last batches end together. */
const BATCH_SIZE = 100;

/** What the scan knows of a lesson read from disk: enough to save it to the persisted index. */
interface DiskLesson {
  path: string;
  stamp: FileStamp;
  entry: LessonEntry;
}

/**
 * One full scan of a workspace's lesson files: reuses what the persisted index still
 * holds (each file's bytes checked against it), analyses the rest on worker threads,
 * then fills the similarity engine and saves the index. Every loop on the server's
 * thread runs in short slices, so requests are answered throughout.
 */
export class WorkspaceScan {
  readonly stats: ScanStats = emptyScanStats();
  private readonly diskLessons = new Map<string, DiskLesson>();
  /** Lessons analysed from text (not problems), which the similarity engine takes. */
  private readonly lessonUris: string[] = [];
  private context?: CurrentAnalysisContext;
  private cacheUnchanged = false;
  private readonly slicer = new TimeSlicer();

  /** Workers started before the scan (see WorkspaceScanOptions.pool), until the analysis takes them. */
  private prestartedPool: AnalysisPool | undefined;

  /** The `writtenAt` of the saved index the scan reused lessons from. */
  private loadedIndexWrittenAt: number | undefined;
  /** Lessons analysed instead: new, changed, or open in the editor. */
  private readonly notReusedUris = new Set<string>();
  /** Lessons in the saved index whose files are gone. */
  private readonly goneUris: string[] = [];
  /** The `writtenAt` of the saved index that holds exactly what this scan read from disk, once it is saved. */
  private savedIndexWrittenAt: number | undefined;

  constructor(private readonly options: WorkspaceScanOptions) {
    this.prestartedPool = options.pool;
  }

  /** Finds, checks and analyses every lesson file into the workspace's index. False when cancelled. */
  async index(): Promise<boolean> {
    try {
      return await this.findCheckAndAnalyse();
    } finally {
      // Started for a cold start that turned out to need no workers (or was cancelled).
      void this.prestartedPool?.close();
      this.prestartedPool = undefined;
    }
  }

  private async findCheckAndAnalyse(): Promise<boolean> {
    const { workspace, options } = { workspace: this.options.workspace, options: this.options };
    const started = performance.now();
    this.stats.startedAtMs = started;
    this.context = {
      engine: options.engine,
      maxFileSize: workspace.maxFileSize,
      folders: [...workspace.workspaceFolders],
      configs: Object.fromEntries(workspace.allFolderConfigs().map((folder) => [folder.folder, configFingerprint(folder.config)])),
      today: options.today,
    };
    // Listing the folders waits on the disk, reading the saved index mostly on this thread: they overlap.
    const finding = (options.found ?? workspace.findAll()).then((found) => {
      this.stats.phasesMs.find = performance.now() - started;
      return found;
    });
    const [files, cached] = await Promise.all([finding, this.loadCache()]);
    this.stats.files = files.length;
    if (options.isCancelled()) return false;

    const toAnalyse = await this.reuseCached(files, cached);
    if (toAnalyse === undefined) return false;
    this.cacheUnchanged = this.stats.cache === 'loaded' && toAnalyse.length === 0 && cached.size === this.stats.fromCache && this.stats.openAtScan === 0;

    const analysing = performance.now();
    const finished = await this.analyse(toAnalyse);
    this.stats.phasesMs.analyse = performance.now() - analysing;
    return finished;
  }

  /**
   * Publishes the problems of the given files (every lesson and every file that showed
   * problems before) one file at a time, yielding between slices. False when cancelled.
   */
  async publish(publishOne: (uri: string) => void, uris: Iterable<string>): Promise<boolean> {
    const started = performance.now();
    for (const uri of uris) {
      if (this.options.isCancelled()) return false;
      publishOne(uri);
      if (this.slicer.due) await this.slicer.yield();
    }
    this.stats.publishedAtMs = performance.now();
    this.stats.phasesMs.publish = this.stats.publishedAtMs - started;
    return true;
  }

  /**
   * Reads, in slices, the rest of the facts of every lesson reused from the saved index (each
   * would read its own on first use). Run before the similarity build, which takes long at
   * scale, so that the first request looking at every lesson (completing an id, searching
   * symbols) never reads them all in one go. False when cancelled.
   */
  async readSavedFacts(): Promise<boolean> {
    const started = performance.now();
    for (const { entry } of this.diskLessons.values()) {
      if (this.options.isCancelled()) return false;
      if (entry instanceof StoredLessonEntry) entry.readFacts();
      if (this.slicer.due) await this.slicer.yield();
    }
    this.stats.phasesMs.readFacts = performance.now() - started;
    return true;
  }

  /** Puts every lesson the scan analysed into the similarity engine. False when cancelled. */
  async buildSimilarity(): Promise<boolean> {
    const started = performance.now();
    const { workspace } = this.options;
    for (const uri of this.lessonUris) {
      if (this.options.isCancelled()) return false;
      const entry = workspace.index.get(uri);
      // An edit since may have put the newer text in already.
      if (entry && !workspace.similarity.has(uri)) workspace.similarity.upsert(uri, lessonTextOf(entry.facts));
      if (this.slicer.due) await this.slicer.yield();
    }
    this.stats.phasesMs.similarity = performance.now() - started;
    return true;
  }

  /** Saves what was read from disk, unless the cache already held exactly that. */
  async persist(): Promise<void> {
    const file = this.options.cacheFile;
    const context = this.context;
    if (this.cacheUnchanged) this.savedIndexWrittenAt = this.loadedIndexWrittenAt;
    if (!file || !context || this.cacheUnchanged) return;
    const started = performance.now();
    const header: PersistedIndexHeader = {
      format: PERSISTED_INDEX_FORMAT,
      engine: context.engine,
      maxFileSize: context.maxFileSize,
      folders: [...context.folders],
      configs: { ...context.configs },
      today: context.today,
      writtenAt: Date.now(),
    };
    const { workspace } = this.options;
    const diskLessons = this.diskLessons;
    const lessons = function* (): Generator<PersistedLesson> {
      for (const [uri, lesson] of diskLessons) {
        // Only what still matches the disk: not changed by an edit or a file event since.
        if (workspace.index.get(uri) !== lesson.entry) continue;
        yield { path: lesson.path, ...lesson.stamp, facts: lesson.entry.facts, problems: lesson.entry.problems };
      }
    };
    try {
      const written = await writePersistedIndex(file, header, lessons());
      this.stats.savedLessons = written.count;
      this.stats.savedBytes = written.bytes;
      this.savedIndexWrittenAt = header.writtenAt;
    } catch (error) {
      this.options.log?.(`Could not save the lesson index to ${file}: ${String(error)}`);
    }
    this.stats.phasesMs.save = performance.now() - started;
  }

  private async loadCache(): Promise<Map<string, StoredLesson> & { header?: PersistedIndexHeader }> {
    const byPath = new Map<string, StoredLesson>() as Map<string, StoredLesson> & { header?: PersistedIndexHeader };
    const file = this.options.cacheFile;
    if (!file || !this.context) return byPath;
    const started = performance.now();
    const context = this.context;
    const accept = (header: PersistedIndexHeader): string | undefined => headerMismatch(header, context);
    const prefetched = this.options.prefetched?.file === file ? await this.options.prefetched.load : undefined;
    const load = prefetched ? checkHeader(prefetched, accept) : await readPersistedIndex(file, accept);
    this.stats.phasesMs.loadCache = performance.now() - started;
    this.stats.cache = load.kind;
    if (load.kind === 'discarded') {
      this.stats.cacheReason = load.reason;
      this.options.log?.(`The saved lesson index was not used: ${load.reason}. Rebuilding it.`);
    }
    if (load.kind !== 'loaded') return byPath;
    byPath.header = load.header;
    for (const lesson of load.lessons) {
      byPath.set(lesson.path, lesson);
      if (this.slicer.due) await this.slicer.yield();
    }
    return byPath;
  }

  /**
   * Open documents are analysed from their text; files the cache holds are reused when
   * their bytes still hash the same. Returns the files left to analyse.
   */
  private async reuseCached(files: readonly string[], cached: Map<string, StoredLesson> & { header?: PersistedIndexHeader }): Promise<string[] | undefined> {
    const started = performance.now();
    const { workspace, openText } = this.options;
    const toAnalyse: string[] = [];
    for (const file of files) {
      if (this.options.isCancelled()) return undefined;
      const uri = URI.file(file).toString();
      const open = openText(uri);
      if (open !== undefined) {
        workspace.updateText(uri, open);
        this.notReusedUris.add(uri);
        this.stats.openAtScan++;
      } else {
        const lesson = cached.get(file);
        const header = cached.header;
        if (lesson && header && this.context && analysisStillHolds(lesson, this.folderOf(file), header, this.context)) {
          if (!this.verifyAndReuse(uri, file, lesson, header.writtenAt)) toAnalyse.push(file);
        } else {
          toAnalyse.push(file);
        }
      }
      if (this.slicer.due) await this.slicer.yield();
    }
    this.stats.phasesMs.verify = performance.now() - started;
    if (cached.header && this.stats.cache === 'loaded') {
      this.loadedIndexWrittenAt = cached.header.writtenAt;
      if (cached.size > 0) this.noteGone(files, cached);
    }
    return toAnalyse;
  }

  /** The saved lessons whose files were not found (only when there are some: it takes a set of every file). */
  private noteGone(files: readonly string[], cached: ReadonlyMap<string, StoredLesson>): void {
    let found = 0;
    for (const file of files) if (cached.has(file)) found++;
    if (found === cached.size) return;
    const present = new Set(files);
    for (const file of cached.keys()) if (!present.has(file)) this.goneUris.push(URI.file(file).toString());
  }

  /**
   * What similar-lesson hints ranked over the saved index this scan loaded need in order to
   * be reused: that index's `writtenAt`, and the lessons that are not as it held them (changed,
   * new, open in the editor, gone), whose hints must be ranked again. Undefined when no saved
   * index was loaded.
   */
  hintBasis(): { indexWrittenAt: number; changed: Set<string> } | undefined {
    if (this.loadedIndexWrittenAt === undefined) return undefined;
    return { indexWrittenAt: this.loadedIndexWrittenAt, changed: new Set([...this.goneUris, ...this.notReusedUris]) };
  }

  /** Whether a lesson is still as the scan took it from the saved index (not changed by an edit or a file event since). */
  isAsLoaded(uri: string): boolean {
    // A lesson taken from the saved index is a StoredLessonEntry; one analysed instead is not.
    const entry = this.diskLessons.get(uri)?.entry;
    return entry instanceof StoredLessonEntry && entry === this.options.workspace.index.get(uri);
  }

  /** The `writtenAt` of the saved index holding what this scan read, once saved (or unchanged); hints ranked now are saved against it. */
  savedIndex(): number | undefined {
    return this.savedIndexWrittenAt;
  }

  /** Lessons the index now holds otherwise than the saved index does: edited, opened, created or deleted since the scan read them. In slices. */
  async lessonsNotAsSaved(): Promise<string[]> {
    const { index } = this.options.workspace;
    const uris: string[] = [];
    for (const entry of index.all()) {
      if (this.diskLessons.get(entry.uri)?.entry !== entry) uris.push(entry.uri);
      if (this.slicer.due) await this.slicer.yield();
    }
    for (const uri of this.diskLessons.keys()) {
      if (!index.has(uri)) uris.push(uri);
      if (this.slicer.due) await this.slicer.yield();
    }
    return uris;
  }

  /** Reuses a cached analysis if the file's bytes are the same; a changed file is analysed from the bytes just read. */
  private verifyAndReuse(uri: string, file: string, lesson: StoredLesson, indexWrittenAt: number): boolean {
    const check = checkFile(file, lesson, { indexWrittenAt });
    if (check.kind === 'unreadable') return false;
    if (check.kind === 'changed') {
      this.stats.staleInCache++;
      this.apply(analyseBytes(file, check.bytes, check.stat, this.settingsFor(file)));
      this.stats.analysedHere++;
      return true;
    }
    this.stats.fromCache++;
    if (check.read) this.stats.readToCheck++;
    this.addLesson(file, check.stamp, new StoredLessonEntry(uri, lesson, () => this.factsFromFile(file)));
    return true;
  }

  /** The facts of a reused lesson whose saved facts would not read: analysed from the file now. */
  private factsFromFile(file: string): LessonFacts {
    this.options.log?.(`The saved lesson index held facts that would not read for ${file}; analysing the file instead.`);
    const analysed = analyseLessonFileSync(file, this.settingsFor(file));
    return analysed?.kind === 'lesson' ? analysed.facts : emptyFacts();
  }

  /**
   * Analyses files on worker threads and on this thread together: every party takes the
   * next batch when it is free, so the work spreads evenly whatever each gets of the CPU.
   * This thread works in short slices between requests; a worker that fails leaves its
   * batch to this thread.
   */
  private async analyse(files: string[]): Promise<boolean> {
    const total = files.length;
    if (total === 0) return true;
    const wanted = total >= WORKER_MIN_FILES || workersAskedFor() !== undefined;
    const started = this.prestartedPool;
    this.prestartedPool = undefined;
    if (!wanted) void started?.close();
    const pool = !wanted ? undefined : started ? started.configure(this.workerInit()) : this.options.workerScript ? AnalysisPool.create(this.options.workerScript, this.workerInit()) : undefined;
    this.stats.workers = pool?.size ?? 0;
    const batches = await this.batchesByFolder(files);
    let next = 0;
    const take = (): { folder: string; paths: string[] } | undefined => (this.options.isCancelled() ? undefined : batches[next++]);
    let done = 0;
    const finished = (count: number): void => {
      done += count;
      this.options.onProgress?.(`${done} of ${total} lessons`, Math.floor((done / total) * 100));
    };
    const here = async (folder: string, paths: readonly string[]): Promise<void> => {
      const settings = this.settingsOf(folder);
      for (const file of paths) {
        // The synchronous fast path needs no await: most files are plain and small.
        this.apply(analyseLessonFileSync(file, settings) ?? (await analyseLessonFile(file, settings)));
        this.stats.analysedHere++;
        if (this.slicer.due) await this.slicer.yield();
      }
      finished(paths.length);
    };
    const onThisThread = async (): Promise<void> => {
      for (let batch = take(); batch; batch = take()) await here(batch.folder, batch.paths);
    };
    const onWorkers = async (): Promise<void> => {
      for (let batch = take(); batch && pool; batch = take()) {
        let results: AnalysedFile[];
        try {
          results = await pool.analyse(batch.folder, batch.paths);
        } catch (error) {
          if (this.options.isCancelled()) return;
          this.options.log?.(`An index worker failed; analysing its files here instead: ${String(error)}`);
          await here(batch.folder, batch.paths);
          continue;
        }
        if (this.options.isCancelled()) return;
        for (const result of results) this.apply(result);
        this.stats.analysedOnWorkers += batch.paths.length;
        finished(batch.paths.length);
        if (this.slicer.due) await this.slicer.yield();
      }
    };
    try {
      // Two batches in flight per worker, so none waits while this thread takes in the last one's results.
      await Promise.all([onThisThread(), ...Array.from({ length: (pool?.size ?? 0) * 2 }, onWorkers)]);
      return !this.options.isCancelled();
    } finally {
      await pool?.close();
    }
  }

  /** Puts one analysed file into the index, unless the editor opened it meanwhile (its text wins). */
  private apply(result: AnalysedFile): void {
    const uri = URI.file(result.path).toString();
    this.notReusedUris.add(uri);
    if (this.options.openText(uri) !== undefined) return;
    if (result.kind === 'lesson') this.addLesson(result.path, result.stamp, { uri, facts: result.facts, problems: result.problems });
    else this.options.workspace.addAnalysed({ uri, facts: emptyFacts(), problems: [result.problem] });
  }

  private addLesson(file: string, stamp: FileStamp, entry: LessonEntry): void {
    const { workspace } = this.options;
    workspace.addAnalysed(entry);
    // Not taken (over the lesson limit): nothing to save or to compare.
    if (workspace.index.get(entry.uri) !== entry) return;
    this.diskLessons.set(entry.uri, { path: file, stamp, entry });
    this.lessonUris.push(entry.uri);
  }

  private settingsFor(file: string): AnalysisSettings {
    return this.settingsOf(this.folderOf(file) ?? '');
  }

  private settingsOf(folder: string): AnalysisSettings {
    const config = (folder && this.options.workspace.folderConfig(folder)?.config) || DEFAULT_CONFIG;
    return { config, today: this.options.today, maxFileSize: this.options.workspace.maxFileSize };
  }

  /** The workspace folder of a found file: with one folder (the usual case) no path arithmetic is needed. */
  private folderOf(file: string): string | undefined {
    const folders = this.options.workspace.workspaceFolders;
    return folders.length === 1 ? folders[0] : this.options.workspace.folderOf(file);
  }

  /** Files grouped by workspace folder (their config), cut into batches; yields while grouping a large list. */
  private async batchesByFolder(files: readonly string[]): Promise<{ folder: string; paths: string[] }[]> {
    const byFolder = new Map<string, string[]>();
    for (const file of files) {
      const folder = this.folderOf(file) ?? '';
      let list = byFolder.get(folder);
      if (!list) byFolder.set(folder, (list = []));
      list.push(file);
      if (this.slicer.due) await this.slicer.yield();
    }
    const batches: { folder: string; paths: string[] }[] = [];
    for (const [folder, paths] of byFolder) for (let i = 0; i < paths.length; i += BATCH_SIZE) batches.push({ folder, paths: paths.slice(i, i + BATCH_SIZE) });
    return batches;
  }

  private workerInit(): { configs: Record<string, WorkspaceConfig>; today: string; maxFileSize: number } {
    const configs: Record<string, WorkspaceConfig> = { '': DEFAULT_CONFIG };
    for (const folder of this.options.workspace.allFolderConfigs()) configs[folder.folder] = folder.config;
    return { configs, today: this.options.today, maxFileSize: this.options.workspace.maxFileSize };
  }
}

/** A load made without knowing the settings, checked against them now. */
function checkHeader(load: PersistedIndexLoad, accept: (header: PersistedIndexHeader) => string | undefined): PersistedIndexLoad {
  if (load.kind !== 'loaded') return load;
  const reason = accept(load.header);
  return reason ? { kind: 'discarded', reason } : load;
}

let emptyFactsValue: LessonFacts | undefined;

/** The facts of a file that could not be read: no fields. */
function emptyFacts(): LessonFacts {
  emptyFactsValue ??= extractFacts(parseYamlFile('', 'lesson'));
  return emptyFactsValue;
}
