import type { WorkspaceConfig } from '../config/workspaceConfig';
import { contentHash } from './contentHash';
import type { PersistedIndexHeader } from './persistedIndexFormat';

/** What the analyses would depend on if they were made now. */
export interface CurrentAnalysisContext {
  engine: string;
  maxFileSize: number;
  folders: readonly string[];
  /** configFingerprint of each folder's config, by folder path. */
  configs: Readonly<Record<string, string>>;
  today: string;
}

/** A fingerprint of a folder's config: any change to localities, topics or thesaurus changes it. */
export function configFingerprint(config: WorkspaceConfig): string {
  return contentHash(JSON.stringify(config));
}

/** Why a cache written under `header` cannot be used at all now, or undefined if it can. */
export function headerMismatch(header: PersistedIndexHeader, current: CurrentAnalysisContext): string | undefined {
  if (header.engine !== current.engine) return `it was written by another version (${header.engine})`;
  if (header.maxFileSize !== current.maxFileSize) return 'the file size limit changed';
  if (header.folders.length !== current.folders.length || header.folders.some((folder, i) => folder !== current.folders[i]))
    return 'the workspace folders changed';
  return undefined;
}

/** What of a cached lesson says whether its analysis depended on the day: its date and its problems. */
export interface DatedAnalysis {
  date?: string;
  problems: readonly { code: string }[];
}

/**
 * Whether a cached analysis still holds, apart from the file's bytes: its folder's
 * config is unchanged, and, on a later day, no date of it was after the day it was
 * analysed on (a date in the future then may not be now). The capture date is kept with
 * the record; another date (a review's) shows as its future-date problem.
 */
export function analysisStillHolds(lesson: DatedAnalysis, folder: string | undefined, header: PersistedIndexHeader, current: CurrentAnalysisContext): boolean {
  if (folder === undefined) return false;
  const fingerprint = current.configs[folder];
  if (fingerprint === undefined || header.configs[folder] !== fingerprint) return false;
  if (header.today === current.today) return true;
  if (lesson.date !== undefined && lesson.date > header.today) return false;
  return !lesson.problems.some((problem) => problem.code === 'future-date');
}
