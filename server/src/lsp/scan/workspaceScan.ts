import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../engine/config/workspaceConfig';
import type { LessonEntry } from '../../engine/index/LessonIndex';
import { extractFacts } from '../../engine/lesson/extractFacts';
import type { LessonFacts } from '../../engine/lesson/lessonModel';
import { analysisStillHolds, configFingerprint, headerMismatch, type CurrentAnalysisContext } from '../../engine/persist/cacheValidity';
import { checkFile } from '../../engine/persist/checkFile';
import { PERSISTED_INDEX_FORMAT, type FileStamp, type PersistedIndexHeader, type PersistedLesson } from '../../engine/persist/persistedIndexFormat';
import { readPersistedIndex } from '../../engine/persist/readPersistedIndex';
import { writePersistedIndex } from '../../engine/persist/writePersistedIndex';
import { lessonTextOf } from '../../engine/similarity/findSimilarLessons';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import { parseYamlFile } from '../../engine/yaml/parseYamlFile';
import { analyseBytes, analyseLessonFile, type AnalysedFile, type AnalysisSettings } from './analyseLessonFile';
import { AnalysisPool } from './analysisPool';
import { emptyScanStats, type ScanStats } from './scanStats';
import { TimeSlicer } from './timeSlicer';

export interface WorkspaceScanOptions {
  /** A workspace with its folders' configs loaded; the scan fills its index. */
  workspace: LessonWorkspace;
  today: string;
  /** The text of an open document: it wins over the file on disk. */
  openText: (uri: string) => string | undefined;
  /** The persisted index file, when the editor gave the server a storage folder. */
  cacheFile?: string;
  /** Identifies this build of the analysis code; a cache written by another is discarded. */
  engine: string;
  /** The bundled index worker; without it every file is analysed on this thread. */
  workerScript?: string;
  isCancelled: () => boolean;
  onProgress?: (message: string, percentage: number) => void;
  log?: (message: string) => void;
}

/** Below this many files to analyse, starting worker threads costs more than it saves. */
export const WORKER_MIN_FILES = 400;
/** Files per message to a worker: large enough to amortise messaging, small enough to spread evenly. */
const BATCH_SIZE = 200;

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

  constructor(private readonly options: WorkspaceScanOptions) {}

  /** Finds, checks and analyses every lesson file into the workspace's index. False when cancelled. */
  async index(): Promise<boolean> {
    const { workspace, options } = { workspace: this.options.workspace, options: this.options };
    const started = performance.now();
    const files = await workspace.findAll();
    this.stats.files = files.length;
    this.stats.phasesMs.find = performance.now() - started;
    if (options.isCancelled()) return false;

    this.context = {
      engine: options.engine,
      maxFileSize: workspace.maxFileSize,
      folders: [...workspace.workspaceFolders],
      configs: Object.fromEntries(workspace.allFolderConfigs().map((folder) => [folder.folder, configFingerprint(folder.config)])),
      today: options.today,
    };
    const cached = await this.loadCache();
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
      await this.slicer.maybeYield();
    }
    this.stats.phasesMs.publish = performance.now() - started;
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
      await this.slicer.maybeYield();
    }
    this.stats.phasesMs.similarity = performance.now() - started;
    return true;
  }

  /** Saves what was read from disk, unless the cache already held exactly that. */
  async persist(): Promise<void> {
    const file = this.options.cacheFile;
    const context = this.context;
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
    } catch (error) {
      this.options.log?.(`Could not save the lesson index to ${file}: ${String(error)}`);
    }
    this.stats.phasesMs.save = performance.now() - started;
  }

  private async loadCache(): Promise<Map<string, PersistedLesson> & { header?: PersistedIndexHeader }> {
    const byPath = new Map<string, PersistedLesson>() as Map<string, PersistedLesson> & { header?: PersistedIndexHeader };
    const file = this.options.cacheFile;
    if (!file || !this.context) return byPath;
    const started = performance.now();
    const context = this.context;
    const load = await readPersistedIndex(file, (header) => headerMismatch(header, context));
    this.stats.phasesMs.loadCache = performance.now() - started;
    this.stats.cache = load.kind;
    if (load.kind === 'discarded') {
      this.stats.cacheReason = load.reason;
      this.options.log?.(`The saved lesson index was not used: ${load.reason}. Rebuilding it.`);
    }
    if (load.kind !== 'loaded') return byPath;
    byPath.header = load.header;
    for (const lesson of load.lessons) byPath.set(lesson.path, lesson);
    return byPath;
  }

  /**
   * Open documents are analysed from their text; files the cache holds are reused when
   * their bytes still hash the same. Returns the files left to analyse.
   */
  private async reuseCached(files: readonly string[], cached: Map<string, PersistedLesson> & { header?: PersistedIndexHeader }): Promise<string[] | undefined> {
    const started = performance.now();
    const { workspace, openText } = this.options;
    const toAnalyse: string[] = [];
    for (const file of files) {
      if (this.options.isCancelled()) return undefined;
      const uri = URI.file(file).toString();
      const open = openText(uri);
      if (open !== undefined) {
        workspace.updateText(uri, open);
        this.stats.openAtScan++;
      } else {
        const lesson = cached.get(file);
        const header = cached.header;
        if (lesson && header && this.context && analysisStillHolds(lesson, workspace.folderOf(file), header, this.context)) {
          if (!this.verifyAndReuse(uri, file, lesson)) toAnalyse.push(file);
        } else {
          toAnalyse.push(file);
        }
      }
      await this.slicer.maybeYield();
    }
    this.stats.phasesMs.verify = performance.now() - started;
    return toAnalyse;
  }

  /** Reuses a cached analysis if the file's bytes are the same; a changed file is analysed from the bytes just read. */
  private verifyAndReuse(uri: string, file: string, lesson: PersistedLesson): boolean {
    const check = checkFile(file, lesson);
    if (check.kind === 'unreadable') return false;
    if (check.kind === 'changed') {
      this.stats.staleInCache++;
      this.apply(analyseBytes(file, check.bytes, check.mtimeMs, this.settingsFor(file)));
      this.stats.analysedHere++;
      return true;
    }
    this.stats.fromCache++;
    this.addLesson(uri, file, check.stamp, lesson.facts, lesson.problems);
    return true;
  }

  private async analyse(files: string[]): Promise<boolean> {
    const total = files.length;
    if (total === 0) return true;
    const pool = total >= WORKER_MIN_FILES && this.options.workerScript ? AnalysisPool.create(this.options.workerScript, this.workerInit()) : undefined;
    this.stats.workers = pool?.size ?? 0;
    let done = 0;
    const report = (): void => this.options.onProgress?.(`${done} of ${total} lessons`, Math.floor((done / total) * 100));
    try {
      if (!pool) {
        for (const file of files) {
          if (this.options.isCancelled()) return false;
          this.apply(await analyseLessonFile(file, this.settingsFor(file)));
          this.stats.analysedHere++;
          if (++done % 250 === 0) report();
          await this.slicer.maybeYield();
        }
        return true;
      }
      const batches = batchesByFolder(files, (file) => this.options.workspace.folderOf(file) ?? '');
      let cancelled = false;
      await Promise.all(
        batches.map(async ({ folder, paths }) => {
          let results: AnalysedFile[];
          try {
            results = await pool.analyse(folder, paths);
            this.stats.analysedOnWorkers += paths.length;
          } catch (error) {
            if (this.options.isCancelled()) {
              cancelled = true;
              return;
            }
            this.options.log?.(`An index worker failed; analysing its files here instead: ${String(error)}`);
            results = [];
            for (const file of paths) {
              results.push(await analyseLessonFile(file, this.settingsFor(file)));
              await this.slicer.maybeYield();
            }
            this.stats.analysedHere += paths.length;
          }
          if (this.options.isCancelled()) {
            cancelled = true;
            await pool.close();
            return;
          }
          for (const result of results) this.apply(result);
          done += paths.length;
          report();
        }),
      );
      return !cancelled && !this.options.isCancelled();
    } finally {
      await pool?.close();
    }
  }

  /** Puts one analysed file into the index, unless the editor opened it meanwhile (its text wins). */
  private apply(result: AnalysedFile): void {
    const uri = URI.file(result.path).toString();
    if (this.options.openText(uri) !== undefined) return;
    if (result.kind === 'lesson') this.addLesson(uri, result.path, result.stamp, result.facts, result.problems);
    else this.options.workspace.addAnalysed(uri, emptyFacts(), [result.problem]);
  }

  private addLesson(uri: string, file: string, stamp: FileStamp, facts: LessonFacts, problems: LessonEntry['problems']): void {
    const { workspace } = this.options;
    workspace.addAnalysed(uri, facts, problems);
    const entry = workspace.index.get(uri);
    if (!entry || entry.facts !== facts) return;
    this.diskLessons.set(uri, { path: file, stamp, entry });
    this.lessonUris.push(uri);
  }

  private settingsFor(file: string): AnalysisSettings {
    return { config: this.options.workspace.configFor(file), today: this.options.today, maxFileSize: this.options.workspace.maxFileSize };
  }

  private workerInit(): { configs: Record<string, WorkspaceConfig>; today: string; maxFileSize: number } {
    const configs: Record<string, WorkspaceConfig> = { '': DEFAULT_CONFIG };
    for (const folder of this.options.workspace.allFolderConfigs()) configs[folder.folder] = folder.config;
    return { configs, today: this.options.today, maxFileSize: this.options.workspace.maxFileSize };
  }
}

/** Files grouped by workspace folder (their config), cut into batches. */
function batchesByFolder(files: readonly string[], folderOf: (file: string) => string): { folder: string; paths: string[] }[] {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = folderOf(file);
    let list = byFolder.get(folder);
    if (!list) byFolder.set(folder, (list = []));
    list.push(file);
  }
  const batches: { folder: string; paths: string[] }[] = [];
  for (const [folder, paths] of byFolder) for (let i = 0; i < paths.length; i += BATCH_SIZE) batches.push({ folder, paths: paths.slice(i, i + BATCH_SIZE) });
  return batches;
}

let emptyFactsValue: LessonFacts | undefined;

/** The facts of a file that could not be read: no fields. */
function emptyFacts(): LessonFacts {
  emptyFactsValue ??= extractFacts(parseYamlFile('', 'lesson'));
  return emptyFactsValue;
}
