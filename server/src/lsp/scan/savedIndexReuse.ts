import { performance } from 'node:perf_hooks';
import type { LessonFacts } from '../../engine/lesson/lessonModel';
import { analysisStillHolds, headerMismatch, type CurrentAnalysisContext } from '../../engine/persist/cacheValidity';
import { checkFile } from '../../engine/persist/checkFile';
import type { PersistedIndexHeader, StoredLesson } from '../../engine/persist/persistedIndexFormat';
import { readPersistedIndex, type PersistedIndexLoad } from '../../engine/persist/readPersistedIndex';
import { StoredLessonEntry } from '../../engine/persist/storedLessonEntry';
import type { ScanStats } from '../../../../shared/protocol';
import type { TimeSlicer } from '../scheduling/timeSlicer';
import type { EditorText } from '../sync/preferEditorText';
import { analyseBytes, analyseLessonFileSync } from '../../analysis/analyseLessonFile';
import type { AnalysisSettingsByFolder } from '../../analysis/analysisSettingsByFolder';
import type { IndexPrefetch } from './indexPrefetch';
import { emptyFacts } from '../../engine/lesson/extractFacts';
import type { ScannedLessons } from './scannedLessons';
import { fileUri } from '../../engine/workspace/fileUri';

/** The saved index as loaded: its header (none when nothing usable was loaded) and its lessons by path. */
export interface LoadedIndex {
  header: PersistedIndexHeader | undefined;
  byPath: Map<string, StoredLesson>;
}

export interface SavedIndexReuseOptions {
  /** The persisted index file, when the editor gave the server a storage folder. */
  cacheFile: string | undefined;
  /** The same file already being read (see prefetchIndex); used when it is for cacheFile. */
  prefetched: IndexPrefetch | undefined;
  editorText: EditorText;
  settings: AnalysisSettingsByFolder;
  scanned: ScannedLessons;
  stats: ScanStats;
  slicer: TimeSlicer;
  isCancelled: () => boolean;
  log?: (message: string) => void;
}

/**
 * A scan's use of the persisted index: loads it, and decides for each file found whether its
 * saved analysis is reused (the analysis still holds and the file's bytes hash the same) or the
 * file is analysed again. Remembers which saved index it reused and which of its lessons are gone.
 */
export class SavedIndexReuse {
  /** The `writtenAt` of the saved index the scan reused lessons from. */
  loadedIndexWrittenAt: number | undefined;
  /** Lessons in the saved index whose files are gone. */
  readonly goneUris: string[] = [];

  constructor(private readonly options: SavedIndexReuseOptions) {}

  /** Reads the saved index (or takes the prefetched read), checked against what the analyses would depend on now. */
  async load(context: CurrentAnalysisContext): Promise<LoadedIndex> {
    const loaded: LoadedIndex = { header: undefined, byPath: new Map() };
    const { cacheFile: file, stats, slicer } = this.options;
    if (!file) return loaded;
    const started = performance.now();
    const accept = (header: PersistedIndexHeader): string | undefined => headerMismatch(header, context);
    const prefetched = this.options.prefetched?.file === file ? await this.options.prefetched.load : undefined;
    const load = prefetched ? checkHeader(prefetched, accept) : await readPersistedIndex(file, accept, slicer);
    stats.phasesMs.loadCache = performance.now() - started;
    stats.cache = load.kind;
    if (load.kind === 'discarded') {
      stats.cacheReason = load.reason;
      this.options.log?.(`The saved lesson index was not used: ${load.reason}. Rebuilding it.`);
    }
    if (load.kind !== 'loaded') return loaded;
    loaded.header = load.header;
    for (const lesson of load.lessons) {
      loaded.byPath.set(lesson.path, lesson);
      if (slicer.due) await slicer.yield();
    }
    return loaded;
  }

  /**
   * Open documents are analysed from their text; files the cache holds are reused when
   * their bytes still hash the same. Returns the files left to analyse; undefined when cancelled.
   */
  async reuse(files: readonly string[], cached: LoadedIndex, context: CurrentAnalysisContext): Promise<string[] | undefined> {
    const started = performance.now();
    const { editorText, scanned, settings, stats, slicer } = this.options;
    const toAnalyse: string[] = [];
    // Listed files the saved index holds: when that is all it holds, none of its lessons is gone.
    let found = 0;
    for (const file of files) {
      if (this.options.isCancelled()) return undefined;
      const uri = fileUri(file);
      const open = editorText(uri);
      if (open !== undefined) {
        scanned.addOpen(uri, open);
        stats.openAtScan++;
        if (cached.byPath.has(file)) found++;
      } else {
        const lesson = cached.byPath.get(file);
        if (lesson) found++;
        const header = cached.header;
        if (lesson && header && analysisStillHolds(lesson, settings.folderOf(file), header, context)) {
          if (!this.verifyAndReuse(uri, file, lesson, header.writtenAt)) toAnalyse.push(file);
        } else {
          toAnalyse.push(file);
        }
      }
      if (slicer.due) await slicer.yield();
    }
    stats.phasesMs.verify = performance.now() - started;
    if (cached.header && stats.cache === 'loaded') {
      this.loadedIndexWrittenAt = cached.header.writtenAt;
      if (found < cached.byPath.size) this.noteGone(files, cached.byPath);
    }
    return toAnalyse;
  }

  /** The saved lessons whose files were not found (only when there are some: it takes a set of every file). */
  private noteGone(files: readonly string[], cached: ReadonlyMap<string, StoredLesson>): void {
    const present = new Set(files);
    for (const file of cached.keys()) if (!present.has(file)) this.goneUris.push(fileUri(file));
  }

  /** Reuses a cached analysis if the file's bytes are the same; a changed file is analysed from the bytes just read. */
  private verifyAndReuse(uri: string, file: string, lesson: StoredLesson, indexWrittenAt: number): boolean {
    const { scanned, settings, stats } = this.options;
    const check = checkFile(file, lesson, { indexWrittenAt });
    if (check.kind === 'unreadable') return false;
    if (check.kind === 'changed') {
      stats.staleInCache++;
      scanned.apply(analyseBytes(file, check.bytes, check.stat, settings.forFile(file)));
      stats.analysedHere++;
      return true;
    }
    stats.fromCache++;
    if (check.read) stats.readToCheck++;
    scanned.addLesson(file, check.stamp, new StoredLessonEntry(uri, lesson, () => this.factsFromFile(file)));
    return true;
  }

  /** The facts of a reused lesson whose saved facts would not read: analysed from the file now. */
  private factsFromFile(file: string): LessonFacts {
    this.options.log?.(`The saved lesson index held facts that would not read for ${file}; analysing the file instead.`);
    const analysed = analyseLessonFileSync(file, this.options.settings.forFile(file));
    return analysed?.kind === 'lesson' ? analysed.facts : emptyFacts();
  }
}

/** A load made without knowing the settings, checked against them now. */
function checkHeader(load: PersistedIndexLoad, accept: (header: PersistedIndexHeader) => string | undefined): PersistedIndexLoad {
  if (load.kind !== 'loaded') return load;
  const reason = accept(load.header);
  return reason ? { kind: 'discarded', reason } : load;
}
