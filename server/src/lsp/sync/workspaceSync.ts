import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type ClientCapabilities, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME } from '../../engine/config/workspaceConfig';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import { isLessonFileName, isThemeFileName } from '../../../../shared/lessonFiles';
import type { DiagnosticsPublisher } from '../features/diagnostics';
import { toLspDiagnostic } from '../features/toLspDiagnostic';
import type { ServerHost } from '../host/serverHost';
import type { ScanCoordinator } from '../scan/scanCoordinator';
import { DEFAULT_SETTINGS, enabledExcludes, normaliseSettings, type LearnOnceSettings } from '../settings/settings';
import { editorTextOf, preferEditorText, type EditorText } from './preferEditorText';

/** Changes that touch more files than this (a settings change, a checkout) are published in slices. */
const PUBLISH_AT_ONCE_UP_TO = 200;

/** What the workspace sync needs of the server. */
export interface SyncedServer {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly publisher: DiagnosticsPublisher;
  readonly host: ServerHost;
  /** The last scan's workspace: a new scan replaces it, so it is read afresh at each use. */
  readonly workspace: LessonWorkspace;
  capabilities(): ClientCapabilities;
  /** Forgets the parse of one open document, or of every one (their config changed). */
  forgetAnalysed(uri?: string): void;
  /** Tells the features' listeners which files' problems may have changed. */
  notifyListeners(changed: ReadonlySet<string>): void;
}

/**
 * Keeps the workspace in step with the editor between scans: open documents as they are
 * edited and closed, `learn-once.yaml` changes, watched-file events and settings changes.
 * Wherever a file is read, the editor's unsaved text wins over the disk (preferEditorText).
 */
export class WorkspaceSync {
  private currentSettings: LearnOnceSettings = DEFAULT_SETTINGS;
  /** The end of the queue of work that reads the disk on notifications (see inOrder). */
  private diskWork: Promise<void> = Promise.resolve();
  private readonly editorText: EditorText;

  constructor(
    private readonly server: SyncedServer,
    private readonly scans: ScanCoordinator,
  ) {
    this.editorText = editorTextOf(server.documents);
  }

  private get workspace(): LessonWorkspace {
    return this.server.workspace;
  }

  settings(): LearnOnceSettings {
    return this.currentSettings;
  }

  /** Follows the editor's documents, its file events and its settings. */
  listen(): void {
    const { connection, documents } = this.server;
    connection.onDidChangeConfiguration(() => void this.settingsChanged());
    connection.onDidChangeWatchedFiles((params) => this.inOrder(() => this.watchedFilesChanged(params.changes)));
    documents.onDidOpen(({ document }) => this.documentChanged(document));
    documents.onDidChangeContent(({ document }) => this.documentChanged(document));
    documents.onDidClose(({ document }) => this.inOrder(() => this.documentClosed(document.uri)));
  }

  /** Reads the settings (`learnOnce`, `files.exclude`) and gives the workspace its limits and excludes. */
  async loadSettings(): Promise<void> {
    const { connection } = this.server;
    let exclude: string[] = [];
    if (this.server.capabilities().workspace?.configuration) {
      try {
        const [learnOnce, filesExclude] = (await connection.workspace.getConfiguration([{ section: 'learnOnce' }, { section: 'files.exclude' }])) as unknown[];
        const read = normaliseSettings(learnOnce);
        this.currentSettings = read.settings;
        for (const warning of read.warnings) connection.console.warn(warning);
        exclude = enabledExcludes(filesExclude);
      } catch (error) {
        connection.console.warn(`Could not read settings, keeping the previous ones: ${String(error)}`);
      }
    }
    this.workspace.maxFileSize = this.currentSettings.maxFileSize;
    this.workspace.exclude = exclude;
  }

  /** Settings changed: a new scan when they change which files are read, otherwise every file published again. */
  private async settingsChanged(): Promise<void> {
    const previous = this.currentSettings;
    const previousExclude = this.workspace.exclude;
    await this.loadSettings();
    const current = this.currentSettings;
    const exclude = this.workspace.exclude;
    const needsRescan =
      previous.maxFileSize !== current.maxFileSize || previous.maxLessons !== current.maxLessons || JSON.stringify(previousExclude) !== JSON.stringify(exclude);
    if (needsRescan) {
      await this.scans.rescan();
      return;
    }
    // Scope or hint settings changed: every file may need republishing or clearing.
    const all = new Set([...this.workspace.index.uris(), ...this.server.publisher.publishedUris()]);
    this.notifyIndexChanged(all);
  }

  notifyIndexChanged(changed: Set<string>): void {
    const { publisher } = this.server;
    if (changed.size > PUBLISH_AT_ONCE_UP_TO) void publisher.publishInSlices(changed);
    else publisher.publish(changed);
    // A lesson's id may have come or gone: the themes naming it gain or lose a problem. They are
    // few, and the publisher sends only what changed.
    if (this.scans.indexReady()) publisher.publish(this.workspace.themes.uris());
    this.server.notifyListeners(changed);
  }

  /**
   * After a theme changed: the themes' problems (a theme's id may clash with another's) and
   * the lessons it names or named, whose themes their hover and the Lessons view show.
   */
  private themesChanged(lessonIds: ReadonlySet<string>): void {
    this.server.publisher.publish(this.workspace.themes.uris());
    const lessons = new Set<string>();
    for (const id of lessonIds) for (const holder of this.workspace.index.lessonsWithId(id)) lessons.add(holder.uri);
    if (lessons.size > 0) this.notifyIndexChanged(lessons);
  }

  /**
   * Runs work that reads the disk after the work before it, in the order the notifications
   * came: a file created then deleted must not come back when its slow read ends last.
   */
  private inOrder(task: () => Promise<void>): void {
    this.diskWork = this.diskWork
      .then(task)
      .catch((error: unknown) =>
        this.server.connection.console.error(`Learn Once server error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      );
  }

  /** Brings a lesson up to date, the editor's text winning over the disk; `fromDisk` defaults to reading the file. */
  private refreshLesson(uri: string, fromDisk = (): Promise<Set<string>> => this.workspace.updateFromDisk(uri)): Promise<Set<string>> {
    return preferEditorText(uri, this.editorText, { fromText: (text) => this.workspace.updateText(uri, text), fromDisk });
  }

  /** Brings a theme up to date, the editor's text winning over the disk; `fromDisk` defaults to reading the file. */
  private refreshTheme(uri: string, fromDisk = (): Promise<Set<string>> => this.workspace.updateThemeFromDisk(uri)): Promise<Set<string>> {
    return preferEditorText(uri, this.editorText, { fromText: (text) => this.workspace.updateThemeText(uri, text), fromDisk });
  }

  private documentChanged(document: TextDocument): void {
    if (isConfigUri(document.uri)) {
      const text = document.getText();
      this.inOrder(() => this.configChanged(document.uri, text));
      return;
    }
    if (isThemeFileName(document.uri)) {
      this.themesChanged(this.workspace.updateThemeText(document.uri, document.getText()));
      return;
    }
    if (!isLessonFileName(document.uri)) return;
    const changed = this.workspace.updateText(document.uri, document.getText());
    this.notifyIndexChanged(changed);
  }

  private async documentClosed(uri: string): Promise<void> {
    this.server.forgetAnalysed(uri);
    if (isConfigUri(uri)) {
      await this.configChanged(uri);
      return;
    }
    const isTheme = isThemeFileName(uri);
    if (!isTheme && !isLessonFileName(uri)) return;
    // Opened again before this ran: the editor's text is in the workspace already.
    if (this.server.documents.get(uri)) return;
    // The editor's unsaved text no longer wins: back to what is on disk, unless the file is gone
    // or outside every folder.
    const filePath = URI.parse(uri).fsPath;
    const kept = (await fileExists(filePath)) && this.workspace.folderOf(filePath) !== undefined;
    if (isTheme) {
      const changed = await this.refreshTheme(uri, async () => (kept ? this.workspace.updateThemeFromDisk(uri) : this.workspace.removeTheme(uri)));
      if (!kept && !this.server.documents.get(uri)) this.server.publisher.clear(uri);
      this.themesChanged(changed);
    } else {
      const changed = await this.refreshLesson(uri, async () => (kept ? this.workspace.updateFromDisk(uri) : this.workspace.remove(uri)));
      if (!kept) this.server.publisher.clear(uri);
      changed.add(uri);
      this.notifyIndexChanged(changed);
    }
  }

  private async configChanged(uri: string, text?: string): Promise<void> {
    const folder = path.dirname(URI.parse(uri).fsPath);
    if (!this.workspace.workspaceFolders.includes(folder)) return;
    const loaded = await this.workspace.loadConfig(folder, text);
    void this.server.connection.sendDiagnostics({ uri, diagnostics: loaded.problems.map((problem) => toLspDiagnostic(problem, true)) });
    // Localities and the thesaurus changed for every lesson in that folder.
    const changed = new Set<string>();
    for (const lessonUri of this.workspace.index.uris()) {
      if (this.workspace.folderOf(URI.parse(lessonUri).fsPath) !== folder) continue;
      for (const item of await this.refreshLesson(lessonUri)) changed.add(item);
    }
    // The themes of that folder are checked under the same config.
    const themeLessons = new Set<string>();
    for (const themeUri of this.workspace.themes.uris()) {
      if (this.workspace.folderOf(URI.parse(themeUri).fsPath) !== folder) continue;
      for (const id of await this.refreshTheme(themeUri)) themeLessons.add(id);
    }
    this.server.forgetAnalysed();
    this.notifyIndexChanged(changed);
    this.themesChanged(themeLessons);
  }

  private async watchedFilesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    await this.server.host.filesChanged(changes);
    const changed = new Set<string>();
    for (const change of changes) {
      if (isConfigUri(change.uri)) {
        // An open config's text wins: its edits arrive as document changes.
        if (!this.server.documents.get(change.uri)) await this.configChanged(change.uri);
        continue;
      }
      if (isThemeFileName(change.uri)) {
        await this.themeFileChanged(change.uri, change.type);
        continue;
      }
      if (!isLessonFileName(change.uri)) continue;
      if (!this.workspace.folderOf(URI.parse(change.uri).fsPath)) continue;
      // A deleted file leaves the workspace even if an editor still holds its text (editors keep
      // closed documents for a while); typing in it again brings it back through didChange.
      if (change.type === FileChangeType.Deleted) {
        for (const uri of this.workspace.remove(change.uri)) changed.add(uri);
        this.server.publisher.clear(change.uri);
        // Listeners (the tree's catalogue, similar-lesson hints) must hear of the removed file itself.
        changed.add(change.uri);
        continue;
      }
      // An open document's unsaved text wins over the disk; it only needs indexing if a
      // deletion had taken it out (e.g. it was saved again after being deleted).
      if (this.server.documents.get(change.uri) && this.workspace.index.has(change.uri)) continue;
      for (const uri of await this.refreshLesson(change.uri)) changed.add(uri);
    }
    if (changed.size > 0) this.notifyIndexChanged(changed);
  }

  private async themeFileChanged(uri: string, type: FileChangeType): Promise<void> {
    if (!this.workspace.folderOf(URI.parse(uri).fsPath)) return;
    if (type === FileChangeType.Deleted) {
      const changed = this.workspace.removeTheme(uri);
      this.server.publisher.clear(uri);
      this.themesChanged(changed);
      return;
    }
    // An open theme's unsaved text wins over the disk; it only needs reading if a deletion had taken it out.
    if (this.server.documents.get(uri) && this.workspace.themes.has(uri)) return;
    this.themesChanged(await this.refreshTheme(uri));
  }
}

function isConfigUri(uri: string): boolean {
  return uri.endsWith(`/${CONFIG_FILE_NAME}`);
}

function fileExists(filePath: string): Promise<boolean> {
  return fs.stat(filePath).then(
    () => true,
    () => false,
  );
}
