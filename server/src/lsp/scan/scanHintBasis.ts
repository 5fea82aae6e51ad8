import { StoredLessonEntry } from '../../engine/persist/storedLessonEntry';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import type { TimeSlicer } from '../scheduling/timeSlicer';
import type { HintBasisSource } from './hintStore';
import type { SavedIndexReuse } from './savedIndexReuse';
import type { ScannedLessons } from './scannedLessons';

/**
 * A scan's bookkeeping for the similar-lesson hint store: which saved index it reused, which
 * lessons are still as that index held them, and which saved index holds what it read.
 */
export class ScanHintBasis implements HintBasisSource {
  /** The `writtenAt` of the saved index that holds exactly what this scan read from disk, once it is saved. */
  private savedIndexWrittenAt: number | undefined;

  constructor(
    private readonly workspace: LessonWorkspace,
    private readonly scanned: ScannedLessons,
    private readonly reuse: SavedIndexReuse,
    private readonly slicer: TimeSlicer,
  ) {}

  /** After the scan's save: the saved index holding what it read (undefined when it could not be saved). */
  indexSaved(writtenAt: number | undefined): void {
    this.savedIndexWrittenAt = writtenAt;
  }

  /**
   * What similar-lesson hints ranked over the saved index this scan loaded need in order to
   * be reused: that index's `writtenAt`, and the lessons that are not as it held them (changed,
   * new, open in the editor, gone), whose hints must be ranked again. Undefined when no saved
   * index was loaded.
   */
  hintBasis(): { indexWrittenAt: number; changed: Set<string> } | undefined {
    const indexWrittenAt = this.reuse.loadedIndexWrittenAt;
    if (indexWrittenAt === undefined) return undefined;
    return { indexWrittenAt, changed: new Set([...this.reuse.goneUris, ...this.scanned.notReused]) };
  }

  /** Whether a lesson is still as the scan took it from the saved index (not changed by an edit or a file event since). */
  isAsLoaded(uri: string): boolean {
    // A lesson taken from the saved index is a StoredLessonEntry; one analysed instead is not.
    const entry = this.scanned.fromDisk.get(uri)?.entry;
    return entry instanceof StoredLessonEntry && entry === this.workspace.index.get(uri);
  }

  /** The `writtenAt` of the saved index holding what this scan read, once saved (or unchanged); hints ranked now are saved against it. */
  savedIndex(): number | undefined {
    return this.savedIndexWrittenAt;
  }

  /** Lessons the index now holds otherwise than the saved index does: edited, opened, created or deleted since the scan read them. In slices. */
  async lessonsNotAsSaved(): Promise<string[]> {
    const { index } = this.workspace;
    const { fromDisk } = this.scanned;
    const uris: string[] = [];
    for (const entry of index.all()) {
      if (fromDisk.get(entry.uri)?.entry !== entry) uris.push(entry.uri);
      if (this.slicer.due) await this.slicer.yield();
    }
    for (const uri of fromDisk.keys()) {
      if (!index.has(uri)) uris.push(uri);
      if (this.slicer.due) await this.slicer.yield();
    }
    return uris;
  }
}
