import { performance } from 'node:perf_hooks';
import type { Slicer } from '../../analysis/timeSlicer';
import type { CurrentAnalysisContext } from '../../engine/persist/cacheValidity';
import { PERSISTED_INDEX_FORMAT, type PersistedIndexHeader, type PersistedLesson } from '../../engine/persist/persistedIndexFormat';
import { writePersistedIndex } from '../../engine/persist/writePersistedIndex';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import type { ScanStats } from '../../../../shared/protocol';
import type { DiskLesson } from './scannedLessons';

export interface ScannedIndexSave {
  file: string;
  /** What the analyses depended on: the saved index's header. */
  context: CurrentAnalysisContext;
  workspace: LessonWorkspace;
  /** The lessons the scan read from disk, by uri. */
  fromDisk: ReadonlyMap<string, DiskLesson>;
  stats: ScanStats;
  /** Shares the thread while the lines are made: at 100,000 lessons that takes seconds. */
  slicer: Slicer;
  log?: (message: string) => void;
}

/**
 * Saves what a scan read from disk as the persisted index, for the next start. Returns the
 * saved index's `writtenAt`, or undefined when it could not be written (never throws).
 */
export async function saveScannedIndex({ file, context, workspace, fromDisk, stats, slicer, log }: ScannedIndexSave): Promise<number | undefined> {
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
  const lessons = function* (): Generator<PersistedLesson> {
    for (const [uri, lesson] of fromDisk) {
      // Only what still matches the disk: not changed by an edit or a file event since.
      if (workspace.index.get(uri) !== lesson.entry) continue;
      yield { path: lesson.path, ...lesson.stamp, facts: lesson.entry.facts, problems: lesson.entry.problems };
    }
  };
  let writtenAt: number | undefined;
  try {
    const written = await writePersistedIndex(file, header, lessons(), { slicer });
    stats.savedLessons = written.count;
    stats.savedBytes = written.bytes;
    writtenAt = header.writtenAt;
  } catch (error) {
    log?.(`Could not save the lesson index to ${file}: ${String(error)}`);
  }
  stats.phasesMs.save = performance.now() - started;
  return writtenAt;
}
