import { DEFAULT_CONFIG } from '../engine/config/workspaceConfig';
import type { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import type { AnalysisSettings } from './analyseLessonFile';
import type { IndexWorkerInit } from './workerProtocol';

/** The settings a scan analyses each file under: its workspace folder's config, the day, the size limit. */
export class AnalysisSettingsByFolder {
  constructor(
    private readonly workspace: LessonWorkspace,
    private readonly today: string,
  ) {}

  /** The workspace folder of a found file: with one folder (the usual case) no path arithmetic is needed. */
  folderOf(file: string): string | undefined {
    const folders = this.workspace.workspaceFolders;
    return folders.length === 1 ? folders[0] : this.workspace.folderOf(file);
  }

  forFile(file: string): AnalysisSettings {
    return this.forFolder(this.folderOf(file) ?? '');
  }

  /** A folder's settings; '' (no folder) takes the built-in config. */
  forFolder(folder: string): AnalysisSettings {
    const config = (folder && this.workspace.folderConfig(folder)?.config) || DEFAULT_CONFIG;
    return { config, today: this.today, maxFileSize: this.workspace.maxFileSize };
  }

  /** Every folder's settings at once, for index workers. */
  forWorkers(): IndexWorkerInit {
    const configs: IndexWorkerInit['configs'] = { '': DEFAULT_CONFIG };
    for (const folder of this.workspace.allFolderConfigs()) configs[folder.folder] = folder.config;
    return { configs, today: this.today, maxFileSize: this.workspace.maxFileSize };
  }
}
