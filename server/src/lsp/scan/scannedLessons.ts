import type { LessonEntry } from '../../engine/index/LessonIndex';
import { emptyFacts } from '../../engine/lesson/extractFacts';
import type { FileStamp } from '../../engine/persist/persistedIndexFormat';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import type { EditorText } from '../sync/preferEditorText';
import type { AnalysedFile } from '../../analysis/analyseLessonFile';
import { fileUri } from '../../engine/workspace/fileUri';

/** What the scan knows of a lesson read from disk: enough to save it to the persisted index. */
export interface DiskLesson {
  path: string;
  stamp: FileStamp;
  entry: LessonEntry;
}

/**
 * What a scan put into the workspace's index and where each lesson came from: read from disk
 * (saved to the persisted index, and compared later to tell what changed since), analysed
 * rather than reused from the saved index, and which lessons the similarity engine takes.
 */
export class ScannedLessons {
  /** The lessons read from disk (reused or analysed), by uri. */
  readonly fromDisk = new Map<string, DiskLesson>();
  /** Lessons analysed from text (not problems), which the similarity engine takes. */
  readonly forSimilarity: string[] = [];
  /** Lessons analysed instead of reused: new, changed, or open in the editor. */
  readonly notReused = new Set<string>();

  constructor(
    private readonly workspace: LessonWorkspace,
    private readonly editorText: EditorText,
  ) {}

  /** An open document: analysed from the editor's text, which wins over the file. */
  addOpen(uri: string, text: string): void {
    this.workspace.updateText(uri, text);
    this.notReused.add(uri);
  }

  /** Puts one analysed file into the index, unless the editor opened it meanwhile (its text wins). */
  apply(result: AnalysedFile): void {
    const uri = fileUri(result.path);
    this.notReused.add(uri);
    if (this.editorText(uri) !== undefined) return;
    if (result.kind === 'lesson') this.addLesson(result.path, result.stamp, { uri, facts: result.facts, problems: result.problems });
    else this.workspace.addAnalysed({ uri, facts: emptyFacts(), problems: [result.problem] });
  }

  addLesson(file: string, stamp: FileStamp, entry: LessonEntry): void {
    this.workspace.addAnalysed(entry);
    // Not taken (over the lesson limit): nothing to save or to compare.
    if (this.workspace.index.get(entry.uri) !== entry) return;
    this.fromDisk.set(entry.uri, { path: file, stamp, entry });
    this.forSimilarity.push(entry.uri);
  }
}
