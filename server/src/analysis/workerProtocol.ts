import type { WorkspaceConfig } from '../engine/config/workspaceConfig';
import type { AnalysedFile } from './analyseLessonFile';

/** Given to each index worker before its first batch (it may be started before they are known). */
export interface IndexWorkerInit {
  /** Each workspace folder's config, by folder path. */
  configs: Record<string, WorkspaceConfig>;
  today: string;
  maxFileSize: number;
}

/** A batch of files of one folder to read and analyse. */
export interface AnalyseBatch {
  kind?: 'analyse';
  id: number;
  /** The workspace folder the files belong to ('' for none: the built-in config applies). */
  folder: string;
  paths: string[];
}

export type AnalyseBatchReply = { id: number; results: AnalysedFile[] } | { id: number; error: string };

/** The first message an index worker gets: the settings its batches are analysed with. */
export interface ConfigureWorker {
  kind: 'configure';
  init: IndexWorkerInit;
}
