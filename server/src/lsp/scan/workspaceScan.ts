import { performance } from 'node:perf_hooks';
import { configFingerprint, type CurrentAnalysisContext } from '../../engine/persist/cacheValidity';
import { StoredLessonEntry } from '../../engine/persist/storedLessonEntry';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import { type ScanStats } from '../../../../shared/protocol';
import { TimeSlicer } from '../scheduling/timeSlicer';
import type { EditorText } from '../sync/preferEditorText';
import type { AnalysisPool } from '../../analysis/analysisPool';
import { AnalysisSettingsByFolder } from '../../analysis/analysisSettingsByFolder';
import { saveScannedIndex } from './indexPersistence';
import type { IndexPrefetch } from './indexPrefetch';
import { analyseInParallel } from '../../analysis/parallelAnalysis';
import { SavedIndexReuse } from './savedIndexReuse';
import { ScanHintBasis } from './scanHintBasis';
import { ScannedLessons } from './scannedLessons';
import { emptyScanStats } from './scanStats';

export interface WorkspaceScanOptions {
  /** A workspace with its folders' configs loaded; the scan fills its index. */
  workspace: LessonWorkspace;
  today: string;
  /** The workspace's lesson files, if listing them has already started; otherwise the scan lists them. */
  found?: Promise<string[]>;
  /** The text of an open document: it wins over the file on disk. */
  openText: EditorText;
  /** The persisted index file, when the editor gave the server a storage folder. */
  cacheFile?: string;
  /** The same file already being read (see prefetchIndex); used when it is for cacheFile. */
  prefetched?: IndexPrefetch;
  /** Identifies this build of the analysis code; a cache written by another is discarded. */
  engine: string;
  /** The bundled index worker; without it every file is analysed on this thread. */
  workerScript?: string;
  /** The bundled reader thread; without it this thread reads the files it analyses. */
  readerScript?: string;
  /** Index workers already started (a cold start expected); the scan configures, uses and closes them. */
  pool?: AnalysisPool;
  isCancelled: () => boolean;
  onProgress?: (message: string, percentage: number) => void;
  log?: (message: string) => void;
}

/**
 * One full scan of a workspace's lesson files: reuses what the persisted index still
 * holds (each file's bytes checked against it, `savedIndexReuse.ts`), analyses the rest on
 * worker threads (`parallelAnalysis.ts`), then has the workspace fill the similarity engine
 * and saves the index (`indexPersistence.ts`). Every loop on the server's thread runs in
 * short slices, so requests are answered throughout.
 */
export class WorkspaceScan {
  readonly stats: ScanStats = emptyScanStats();
  /** What the similar-lesson hint store needs to know of this scan. */
  readonly hintBasis: ScanHintBasis;
  private readonly slicer = new TimeSlicer();
  private readonly scanned: ScannedLessons;
  private readonly settings: AnalysisSettingsByFolder;
  private readonly savedIndex: SavedIndexReuse;
  private context?: CurrentAnalysisContext;
  private cacheUnchanged = false;

  /** Workers started before the scan (see WorkspaceScanOptions.pool), until the analysis takes them. */
  private prestartedPool: AnalysisPool | undefined;

  constructor(private readonly options: WorkspaceScanOptions) {
    this.prestartedPool = options.pool;
    this.scanned = new ScannedLessons(options.workspace, options.openText);
    this.settings = new AnalysisSettingsByFolder(options.workspace, options.today);
    this.savedIndex = new SavedIndexReuse({
      cacheFile: options.cacheFile,
      prefetched: options.prefetched,
      editorText: options.openText,
      settings: this.settings,
      scanned: this.scanned,
      stats: this.stats,
      slicer: this.slicer,
      isCancelled: options.isCancelled,
      log: options.log,
    });
    this.hintBasis = new ScanHintBasis(options.workspace, this.scanned, this.savedIndex, this.slicer);
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
    const options = this.options;
    const { workspace } = options;
    const started = performance.now();
    this.stats.startedAtMs = started;
    const context: CurrentAnalysisContext = {
      engine: options.engine,
      maxFileSize: workspace.maxFileSize,
      folders: [...workspace.workspaceFolders],
      configs: Object.fromEntries(workspace.allFolderConfigs().map((folder) => [folder.folder, configFingerprint(folder.config)])),
      today: options.today,
    };
    this.context = context;
    // Listing the folders waits on the disk, reading the saved index mostly on this thread: they overlap.
    const finding = (options.found ?? workspace.findAll()).then((found) => {
      this.stats.phasesMs.find = performance.now() - started;
      return found;
    });
    const [files, cached] = await Promise.all([finding, this.savedIndex.load(context)]);
    this.stats.files = files.length;
    if (options.isCancelled()) return false;

    const toAnalyse = await this.savedIndex.reuse(files, cached, context);
    if (toAnalyse === undefined) return false;
    this.cacheUnchanged = this.stats.cache === 'loaded' && toAnalyse.length === 0 && cached.byPath.size === this.stats.fromCache && this.stats.openAtScan === 0;

    const analysing = performance.now();
    const prestarted = this.prestartedPool;
    this.prestartedPool = undefined;
    const finished = await analyseInParallel(toAnalyse, {
      workerScript: options.workerScript,
      readerScript: options.readerScript,
      prestarted,
      settings: this.settings,
      apply: (result) => this.scanned.apply(result),
      stats: this.stats,
      slicer: this.slicer,
      isCancelled: options.isCancelled,
      onProgress: (done, total) => options.onProgress?.(`${done} of ${total} lessons`, Math.floor((done / total) * 100)),
      log: options.log,
    });
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
    for (const { entry } of this.scanned.fromDisk.values()) {
      if (this.options.isCancelled()) return false;
      if (entry instanceof StoredLessonEntry) entry.readFacts();
      if (this.slicer.due) await this.slicer.yield();
    }
    this.stats.phasesMs.readFacts = performance.now() - started;
    return true;
  }

  /** Has the workspace put every lesson the scan analysed into its similarity engine, in slices. False when cancelled. */
  async buildSimilarity(): Promise<boolean> {
    const started = performance.now();
    const filled = await this.options.workspace.fillSimilarity(this.scanned.forSimilarity, {
      isCancelled: this.options.isCancelled,
      pause: () => (this.slicer.due ? this.slicer.yield() : undefined),
    });
    if (!filled) return false;
    this.stats.phasesMs.similarity = performance.now() - started;
    return true;
  }

  /** Saves what was read from disk, unless the cache already held exactly that. */
  async persist(): Promise<void> {
    const file = this.options.cacheFile;
    const context = this.context;
    if (this.cacheUnchanged) {
      this.hintBasis.indexSaved(this.savedIndex.loadedIndexWrittenAt);
      return;
    }
    if (!file || !context) return;
    const { workspace, log } = this.options;
    this.hintBasis.indexSaved(
      await saveScannedIndex({ file, context, workspace, fromDisk: this.scanned.fromDisk, stats: this.stats, slicer: this.slicer, log }),
    );
  }
}
