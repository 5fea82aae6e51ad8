import type { WorkspaceConfig } from '../engine/config/workspaceConfig';
import { analyzeLesson } from '../engine/lesson/analyzeLesson';
import type { LessonFacts } from '../engine/lesson/lessonModel';
import { contentHash } from '../engine/persist/contentHash';
import { stampOf, type FileStampStat } from '../engine/persist/checkFile';
import type { FileStamp } from '../engine/persist/persistedIndexFormat';
import type { Problem } from '../engine/problem';
import { decodeLessonBytes, readLessonFile, readPlainFileSync, tooLarge, type PlainFileRead } from '../engine/workspace/readLessonFile';

export interface AnalysisSettings {
  config: WorkspaceConfig;
  today: string;
  maxFileSize: number;
}

/** A lesson file read from disk and analysed, or the one problem that stopped it being read. */
export type AnalysedFile =
  { kind: 'lesson'; path: string; stamp: FileStamp; facts: LessonFacts; problems: Problem[] } | { kind: 'problem'; path: string; problem: Problem };

/**
 * Reads and analyses one lesson file. Plain files are read synchronously (several times
 * faster than the promise API for files this small; this runs on worker threads or in
 * short slices); anything unusual goes through readLessonFile for its exact problem.
 */
export async function analyseLessonFile(filePath: string, settings: AnalysisSettings): Promise<AnalysedFile> {
  return analyseLessonFileSync(filePath, settings) ?? (await analyseThroughReader(filePath, settings));
}

/** The fast path; undefined when the file is not a plain readable file. */
export function analyseLessonFileSync(filePath: string, settings: AnalysisSettings): AnalysedFile | undefined {
  return analysePlainRead(filePath, readPlainFileSync(filePath, settings.maxFileSize), settings);
}

/** Analyses a file readPlainFileSync (or the reader thread, its way) has read; undefined when it was not a plain readable file. */
export function analysePlainRead(filePath: string, read: PlainFileRead | undefined, settings: AnalysisSettings): AnalysedFile | undefined {
  if (!read) return undefined;
  if (!read.bytes) return { kind: 'problem', path: filePath, problem: tooLarge(read.stat.size, settings.maxFileSize) };
  return analyseBytes(filePath, read.bytes, read.stat, settings, read.hash);
}

/** Analyses bytes already read from a file; `stat` is the file's status when they were read, `hash` their contentHash if known. */
export function analyseBytes(filePath: string, bytes: Buffer, stat: FileStampStat, settings: AnalysisSettings, hash?: string): AnalysedFile {
  if (bytes.length > settings.maxFileSize) return { kind: 'problem', path: filePath, problem: tooLarge(bytes.length, settings.maxFileSize) };
  const text = decodeLessonBytes(bytes);
  if (typeof text !== 'string') return { kind: 'problem', path: filePath, problem: text };
  const analysis = analyzeLesson(text, { config: settings.config, today: settings.today });
  return { kind: 'lesson', path: filePath, stamp: stampOf(bytes.length, stat, hash ?? contentHash(bytes)), facts: analysis.facts, problems: analysis.problems };
}

async function analyseThroughReader(filePath: string, settings: AnalysisSettings): Promise<AnalysedFile> {
  const read = await readLessonFile(filePath, settings.maxFileSize);
  if (read.kind === 'problem') return { kind: 'problem', path: filePath, problem: read.problem };
  const analysis = analyzeLesson(read.text, { config: settings.config, today: settings.today });
  // The reader gives text, not bytes or an inode: this stamp never matches the file, which only means it is analysed again next time.
  return {
    kind: 'lesson',
    path: filePath,
    stamp: { size: read.size, mtimeMs: read.mtimeMs, ctimeMs: -1, ino: -1, hash: contentHash(read.text) },
    facts: analysis.facts,
    problems: analysis.problems,
  };
}
