import type { WorkspaceConfig } from '../../engine/config/workspaceConfig';
import type { AnalysedFile } from './analyseLessonFile';

/** Given to each index worker when it starts. */
export interface IndexWorkerInit {
  /** Each workspace folder's config, by folder path. */
  configs: Record<string, WorkspaceConfig>;
  today: string;
  maxFileSize: number;
}

/** A batch of files of one folder to read and analyse. */
export interface AnalyseBatch {
  id: number;
  /** The workspace folder the files belong to ('' for none: the built-in config applies). */
  folder: string;
  paths: string[];
}

export type AnalyseBatchReply = { id: number; results: AnalysedFile[] } | { id: number; error: string };
