import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME } from '../engine/config/workspaceConfig';
import { analyzeLesson, todayIso } from '../engine/lesson/analyzeLesson';
import type { Problem } from '../engine/problem';
import { isThemeFileName, THEME_FILE_GLOB } from '../engine/themes/themeFiles';
import { isLessonFileName, LESSON_FILE_GLOB } from '../engine/workspace/lessonFiles';
import { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import { readLessonFile } from '../engine/workspace/readLessonFile';
import { DiagnosticsPublisher } from './features/diagnostics';
import { toLspDiagnostic } from './features/toLspDiagnostic';
import type { ServerHost } from './host/serverHost';
import { IndexLimitNotice } from './indexLimitNotice';
import { AnalysisPool } from './scan/analysisPool';
import { HintStore } from './scan/hintStore';
import { engineFingerprint, hintsCacheFile, indexCacheFile } from './scan/indexCacheLocation';
import { prefetchIndex, type IndexPrefetch } from './scan/indexPrefetch';
import type { ScanStats } from './scan/scanStats';
import type { EventLoopWatch } from './scan/eventLoopWatch';
import { registerStatsRequest } from './scan/statsRequest';
import { yieldToEventLoop } from './scan/timeSlicer';
import { warmUpAnalysis } from './scan/warmUp';
import { WorkspaceScan } from './scan/workspaceScan';
import type { AnalysedDocument, ServerContext } from './serverContext';
import { DEFAULT_SETTINGS, enabledExcludes, normaliseSettings, type LearnOnceSettings } from './settings';

/** Changes that touch more files than this (a settings change, a checkout) are published in slices. */
const PUBLISH_AT_ONCE_UP_TO = 200;

export interface InitializationOptions {
  /** A folder the server may keep its persisted index in (VS Code's storage folder). */
  storagePath?: string;
}

/** A language feature: registers its handlers and returns the capabilities it adds. */
export type FeatureRegistration = (context: ServerContext) => ServerCapabilities | void;

/**
 * Owns the server's state: the engine's workspace, open documents, settings, and the
 * publishing of diagnostics. Language features register against it through a ServerContext.
 */
export class LessonServer implements ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  workspace = new LessonWorkspace({ folders: [] });
  publisher: DiagnosticsPublisher;
  private readonly indexLimit: IndexLimitNotice;
  private currentSettings: LearnOnceSettings = DEFAULT_SETTINGS;
  private clientCapabilities: ClientCapabilities = {};
  private ready = false;
  /** The similarity engine holds every lesson of the last scan (it is filled after the scan's problems are out). */
  private similarityReady = false;
  private lastScan: ScanStats | undefined;
  /** Where the last scan's similar-lesson hints are saved and restored from, once the scan is done. */
  private lastHintStore: HintStore | undefined;
  /** The saved index, read while the editor and the server finish their handshake; taken by the first scan. */
  private indexPrefetch: IndexPrefetch | undefined;
  private eventLoopWatch: EventLoopWatch | undefined;
  private readonly openCache = new Map<string, AnalysedDocument>();
  /** The end of the queue of work that reads the disk on notifications (see inOrder). */
  private diskWork: Promise<void> = Promise.resolve();
  private readonly indexListeners: ((changed: ReadonlySet<string>) => void)[] = [];
  private scanGeneration = 0;
  private featureCapabilities: ServerCapabilities = {};
  initializationOptions: InitializationOptions = {};

  constructor(
    readonly connection: Connection,
    private readonly features: readonly FeatureRegistration[],
    private readonly host: ServerHost,
  ) {
    this.publisher = new DiagnosticsPublisher(
      connection,
      // While a scan runs the index is partial: cross-file problems (unknown references, duplicate ids) wait for it.
      (uri) => (isThemeUri(uri) ? this.themeProblemsFor(uri) : this.ready ? this.workspace.lessonProblemsFor(uri) : (this.workspace.index.get(uri)?.problems ?? [])),
      (uri) => this.currentSettings.diagnostics.scope === 'workspace' || this.documents.get(uri) !== undefined,
      () => this.clientCapabilities.textDocument?.publishDiagnostics?.relatedInformation === true,
    );
    this.indexLimit = new IndexLimitNotice(connection, this.publisher);
  }

  settings(): LearnOnceSettings {
    return this.currentSettings;
  }

  /** A theme's problems; its references to lessons are checked once the scan has every lesson. */
  private themeProblemsFor(uri: string): readonly Problem[] {
    return this.ready ? this.workspace.themeProblemsFor(uri) : (this.workspace.themes.get(uri)?.problems ?? []);
  }

  capabilities(): ClientCapabilities {
    return this.clientCapabilities;
  }

  indexReady(): boolean {
    return this.ready;
  }

  similarityIndexReady(): boolean {
    return this.similarityReady;
  }

  hintStore(): HintStore | undefined {
    return this.lastHintStore;
  }

  onIndexChanged(listener: (changed: ReadonlySet<string>) => void): void {
    this.indexListeners.push(listener);
  }

  analysedOpen(uri: string): AnalysedDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.openCache.get(uri);
    if (cached && cached.version === document.version) return cached;
    const filePath = URI.parse(uri).fsPath;
    const text = document.getText();
    // Over learnOnce.maxFileSize the lesson is not parsed for any feature, as it is not for its problems.
    if (text.length > this.currentSettings.maxFileSize) return undefined;
    const analysed: AnalysedDocument = { uri, version: document.version, text, analysis: analyzeLesson(text, { config: this.workspace.configFor(filePath), today: todayIso() }) };
    this.openCache.set(uri, analysed);
    return analysed;
  }

  async analysed(uri: string): Promise<AnalysedDocument | undefined> {
    const open = this.analysedOpen(uri);
    if (open) return open;
    const filePath = URI.parse(uri).fsPath;
    const read = await readLessonFile(filePath, this.currentSettings.maxFileSize);
    if (read.kind !== 'text') return undefined;
    return { uri, version: undefined, text: read.text, analysis: analyzeLesson(read.text, { config: this.workspace.configFor(filePath), today: todayIso() }) };
  }

  start(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    connection.onDidChangeConfiguration(() => void this.reloadSettings(true));
    connection.onDidChangeWatchedFiles((params) => this.inOrder(() => this.watchedFilesChanged(params.changes)));

    documents.onDidOpen(({ document }) => this.documentChanged(document));
    documents.onDidChangeContent(({ document }) => this.documentChanged(document));
    documents.onDidClose(({ document }) => this.inOrder(() => this.documentClosed(document.uri)));

    for (const register of this.features) this.featureCapabilities = { ...this.featureCapabilities, ...(register(this) ?? {}) };
    this.eventLoopWatch = registerStatsRequest(connection, {
      lessons: () => this.workspace.index.size,
      indexReady: () => this.ready,
      similarityReady: () => this.similarityReady,
      lastScan: () => this.lastScan,
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.clientCapabilities = params.capabilities;
    this.initializationOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    const folders = (params.workspaceFolders ?? []).map((folder) => URI.parse(folder.uri).fsPath);
    if (folders.length === 0 && params.rootUri) folders.push(URI.parse(params.rootUri).fsPath);
    this.workspace = new LessonWorkspace({ folders });
    this.indexPrefetch = prefetchIndex(indexCacheFile(this.initializationOptions.storagePath, this.workspace.workspaceFolders));
    return {
      capabilities: {
        ...this.featureCapabilities,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'learn-once', version: SERVER_VERSION },
    };
  }

  private async initialized(): Promise<void> {
    const { connection } = this;
    // Requests can arrive from now on: the event-loop window starts here.
    this.eventLoopWatch?.reset();
    const dynamic = this.clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    if (dynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: LESSON_FILE_GLOB }, { globPattern: THEME_FILE_GLOB }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
      });
    }
    if (this.clientCapabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: ['learnOnce', 'files.exclude'] });
    }
    if (this.clientCapabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => void this.rescan());
    }
    await this.rescan(this.reloadSettings(false));
  }

  private async reloadSettings(apply: boolean): Promise<void> {
    const previous = this.currentSettings;
    const previousExclude = this.workspace.exclude;
    let exclude: string[] = [];
    if (this.clientCapabilities.workspace?.configuration) {
      try {
        const [learnOnce, filesExclude] = (await this.connection.workspace.getConfiguration([{ section: 'learnOnce' }, { section: 'files.exclude' }])) as unknown[];
        this.currentSettings = normaliseSettings(learnOnce);
        exclude = enabledExcludes(filesExclude);
      } catch (error) {
        this.connection.console.warn(`Could not read settings, keeping the previous ones: ${String(error)}`);
      }
    }
    this.workspace.maxFileSize = this.currentSettings.maxFileSize;
    this.workspace.exclude = exclude;
    if (!apply) return;
    const needsRescan =
      previous.maxFileSize !== this.currentSettings.maxFileSize || previous.maxLessons !== this.currentSettings.maxLessons || JSON.stringify(previousExclude) !== JSON.stringify(exclude);
    if (needsRescan) {
      await this.rescan();
      return;
    }
    // Scope or hint settings changed: every file may need republishing or clearing.
    const all = new Set([...this.workspace.index.uris(), ...this.publisher.publishedUris()]);
    this.notifyIndexChanged(all);
  }

  /**
   * Reads every folder again, with progress, and republishes everything. Lessons enter
   * the live index as they are analysed, so requests get partial answers meanwhile; the
   * progress ends once every problem is published, and the similarity engine is filled
   * right after (its hints follow a moment later, as they do after an edit).
   */
  async rescan(settingsLoading: Promise<void> = Promise.resolve()): Promise<void> {
    const generation = ++this.scanGeneration;
    const cancelled = (): boolean => generation !== this.scanGeneration;
    const previousUris = new Set([...this.workspace.index.uris(), ...this.publisher.publishedUris()]);
    this.ready = false;
    this.similarityReady = false;
    this.lastHintStore = undefined;
    // Each is a round trip to the editor: asked together, they cost one.
    const [currentFolders, progress] = await Promise.all([this.currentFolders(), this.beginProgress('Indexing lessons'), settingsLoading]);
    const folders = currentFolders ?? this.workspace.workspaceFolders;
    await this.host.prepareScan(folders);
    if (cancelled()) {
      progress?.done();
      return;
    }
    const workspace = new LessonWorkspace({ folders: [...folders], maxFileSize: this.currentSettings.maxFileSize, maxLessons: this.currentSettings.maxLessons, exclude: this.workspace.exclude });
    let scan: WorkspaceScan | undefined;
    try {
      // Listing the folders needs only the folders and the excludes: it starts while the configs load.
      // One walk finds the lessons and the themes.
      const listing = workspace.findLessonsAndThemes();
      const found = listing.then((files) => files.lessons);
      found.catch(() => undefined);
      // With nothing saved yet this is a cold start: the index workers load meanwhile too.
      const cacheFile = indexCacheFile(this.initializationOptions.storagePath, workspace.workspaceFolders);
      const pool = cacheFile !== undefined && this.host.indexWorkerScript !== undefined && !existsSync(cacheFile) ? AnalysisPool.start(this.host.indexWorkerScript) : undefined;
      for (const folder of workspace.workspaceFolders) await workspace.loadConfig(folder);
      if (cancelled()) {
        void pool?.close();
        return;
      }
      this.workspace = workspace;
      this.openCache.clear();
      scan = new WorkspaceScan({
        workspace,
        today: todayIso(),
        openText: (uri) => this.documents.get(uri)?.getText(),
        found,
        cacheFile,
        prefetched: this.indexPrefetch,
        engine: engineFingerprint(SERVER_VERSION),
        workerScript: this.host.indexWorkerScript,
        pool,
        isCancelled: cancelled,
        onProgress: (message, percentage) => progress?.report(percentage, message),
        log: (message) => this.connection.console.log(message),
      });
      this.lastScan = scan.stats;
      this.indexPrefetch = undefined;
      if (!(await scan.index())) return;
      // Open lessons outside every folder still get checked. One inside a folder that the scan
      // did not find is deleted or excluded: editors keep such documents open for a while.
      for (const document of this.documents.all()) {
        if (workspace.index.has(document.uri) || !isLessonUri(document.uri) || workspace.folderOf(URI.parse(document.uri).fsPath)) continue;
        workspace.updateText(document.uri, document.getText());
      }
      // Themes are few: read in full once every lesson is in (open editors' text wins), never by the scan's workers.
      await workspace.loadThemes((await listing).themes, (uri) => this.documents.get(uri)?.getText());
      for (const document of this.documents.all()) {
        if (isThemeUri(document.uri) && !workspace.themes.has(document.uri) && !workspace.folderOf(URI.parse(document.uri).fsPath)) workspace.updateThemeText(document.uri, document.getText());
      }
      if (cancelled()) return;
      this.ready = true;
      // Every lesson now, then every theme, then the files that showed problems before and are
      // gone. The set of every uri (for the listeners, below) grows as the publishing goes, in its slices.
      const gone = [...previousUris].filter((uri) => !workspace.index.has(uri) && !workspace.themes.has(uri));
      const everyUri = function* (): Generator<string> {
        for (const uri of workspace.index.uris()) {
          previousUris.add(uri);
          yield uri;
        }
        yield* workspace.themes.uris();
        yield* gone;
      };
      this.publishConfigProblems();
      if (!(await scan.publish((uri) => this.publisher.publish([uri]), everyUri()))) return;
      this.indexLimit.update(workspace);
    } finally {
      progress?.done();
    }
    // A warm start took every analysis from the saved index: compile the schema now (in a turn
    // of its own), not on the first edit.
    await yieldToEventLoop();
    if (cancelled()) return;
    warmUpAnalysis();
    if (!(await scan.readSavedFacts())) return;
    // Saved alongside the similarity build (both yield between slices), and finished before
    // the hints' background work starts, which would otherwise hold the save back.
    const saved = scan.persist();
    const built = await scan.buildSimilarity();
    await saved;
    if (!built || cancelled()) return;
    this.similarityReady = true;
    const hintsFile = hintsCacheFile(this.initializationOptions.storagePath, workspace.workspaceFolders);
    if (hintsFile) this.lastHintStore = new HintStore(hintsFile, engineFingerprint(SERVER_VERSION), scan, scan.stats, (message) => this.connection.console.log(message));
    this.notifyListeners(previousUris);
  }

  private async currentFolders(): Promise<string[] | undefined> {
    if (!this.clientCapabilities.workspace?.workspaceFolders) return undefined;
    try {
      const folders = await this.connection.workspace.getWorkspaceFolders();
      return folders ? folders.map((folder) => URI.parse(folder.uri).fsPath) : undefined;
    } catch {
      return undefined;
    }
  }

  private async beginProgress(title: string): Promise<{ report(percentage: number, message: string): void; done(): void } | undefined> {
    if (!this.clientCapabilities.window?.workDoneProgress) return undefined;
    try {
      const reporter = await this.connection.window.createWorkDoneProgress();
      reporter.begin(title, 0, 'Scanning workspace folders', false);
      return { report: (percentage, message) => reporter.report(percentage, message), done: () => reporter.done() };
    } catch {
      return undefined;
    }
  }

  private publishConfigProblems(): void {
    for (const folder of this.workspace.allFolderConfigs()) {
      if (!folder.configUri) continue;
      void this.connection.sendDiagnostics({ uri: folder.configUri, diagnostics: folder.problems.map((problem) => toLspDiagnostic(problem, true)) });
    }
  }

  notifyIndexChanged(changed: Set<string>): void {
    if (changed.size > PUBLISH_AT_ONCE_UP_TO) void this.publisher.publishInSlices(changed);
    else this.publisher.publish(changed);
    // A lesson's id may have come or gone: the themes naming it gain or lose a problem. They are
    // few, and the publisher sends only what changed.
    if (this.ready) this.publisher.publish(this.workspace.themes.uris());
    this.notifyListeners(changed);
  }

  /**
   * After a theme changed: the themes' problems (a theme's id may clash with another's) and
   * the lessons it names or named, whose themes their hover and the Lessons view show.
   */
  private themesChanged(lessonIds: ReadonlySet<string>): void {
    this.publisher.publish(this.workspace.themes.uris());
    const lessons = new Set<string>();
    for (const id of lessonIds) for (const holder of this.workspace.index.lessonsWithId(id)) lessons.add(holder.uri);
    if (lessons.size > 0) this.notifyIndexChanged(lessons);
  }

  private async themeClosed(uri: string): Promise<void> {
    if (this.documents.get(uri)) return;
    const exists = await fs.stat(URI.parse(uri).fsPath).then(() => true, () => false);
    const inFolder = this.workspace.folderOf(URI.parse(uri).fsPath) !== undefined;
    const changed = exists && inFolder ? await this.workspace.updateThemeFromDisk(uri) : this.workspace.removeTheme(uri);
    // Opened again while the disk was read: the editor's text wins.
    const reopened = this.documents.get(uri);
    if (reopened) for (const id of this.workspace.updateThemeText(uri, reopened.getText())) changed.add(id);
    else if (!exists || !inFolder) this.publisher.clear(uri);
    this.themesChanged(changed);
  }

  private async themeFileChanged(uri: string, type: FileChangeType): Promise<void> {
    if (!this.workspace.folderOf(URI.parse(uri).fsPath)) return;
    const open = this.documents.get(uri);
    if (type === FileChangeType.Deleted) {
      const changed = this.workspace.removeTheme(uri);
      this.publisher.clear(uri);
      this.themesChanged(changed);
      return;
    }
    // An open theme's unsaved text wins over the disk.
    if (open && this.workspace.themes.has(uri)) return;
    const changed = open ? this.workspace.updateThemeText(uri, open.getText()) : await this.workspace.updateThemeFromDisk(uri);
    const openedMeanwhile = open ? undefined : this.documents.get(uri);
    if (openedMeanwhile) for (const id of this.workspace.updateThemeText(uri, openedMeanwhile.getText())) changed.add(id);
    this.themesChanged(changed);
  }

  private notifyListeners(changed: Set<string>): void {
    for (const listener of this.indexListeners) {
      try {
        listener(changed);
      } catch (error) {
        this.connection.console.error(`Index listener failed: ${String(error)}`);
      }
    }
  }

  /**
   * Runs work that reads the disk after the work before it, in the order the notifications
   * came: a file created then deleted must not come back when its slow read ends last.
   */
  private inOrder(task: () => Promise<void>): void {
    this.diskWork = this.diskWork.then(task).catch((error: unknown) => this.connection.console.error(`Learn Once server error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  }

  private documentChanged(document: TextDocument): void {
    if (isConfigUri(document.uri)) {
      const text = document.getText();
      this.inOrder(() => this.configChanged(document.uri, text));
      return;
    }
    if (isThemeUri(document.uri)) {
      this.themesChanged(this.workspace.updateThemeText(document.uri, document.getText()));
      return;
    }
    if (!isLessonUri(document.uri)) return;
    const changed = this.workspace.updateText(document.uri, document.getText());
    this.notifyIndexChanged(changed);
  }

  private async documentClosed(uri: string): Promise<void> {
    this.openCache.delete(uri);
    if (isConfigUri(uri)) {
      await this.configChanged(uri);
      return;
    }
    if (isThemeUri(uri)) {
      await this.themeClosed(uri);
      return;
    }
    if (!isLessonUri(uri)) return;
    // Opened again before this ran: the editor's text is indexed already.
    if (this.documents.get(uri)) return;
    // The editor's unsaved text no longer wins: go back to what is on disk.
    const exists = await fs.stat(URI.parse(uri).fsPath).then(() => true, () => false);
    const folder = this.workspace.folderOf(URI.parse(uri).fsPath);
    const changed = exists && folder ? await this.workspace.updateFromDisk(uri) : this.workspace.remove(uri);
    const reopened = this.documents.get(uri);
    if (reopened) for (const item of this.workspace.updateText(uri, reopened.getText())) changed.add(item);
    if (!exists || !folder) this.publisher.clear(uri);
    changed.add(uri);
    this.notifyIndexChanged(changed);
  }

  private async configChanged(uri: string, text?: string): Promise<void> {
    const folder = path.dirname(URI.parse(uri).fsPath);
    if (!this.workspace.workspaceFolders.includes(folder)) return;
    const loaded = await this.workspace.loadConfig(folder, text);
    void this.connection.sendDiagnostics({ uri, diagnostics: loaded.problems.map((problem) => toLspDiagnostic(problem, true)) });
    // Localities and the thesaurus changed for every lesson in that folder.
    const changed = new Set<string>();
    for (const lessonUri of this.workspace.index.uris()) {
      if (this.workspace.folderOf(URI.parse(lessonUri).fsPath) !== folder) continue;
      const open = this.documents.get(lessonUri);
      const affected = open ? this.workspace.updateText(lessonUri, open.getText()) : await this.workspace.updateFromDisk(lessonUri);
      // Opened while the disk was read: the editor's text wins.
      const openedMeanwhile = open ? undefined : this.documents.get(lessonUri);
      if (openedMeanwhile) for (const item of this.workspace.updateText(lessonUri, openedMeanwhile.getText())) affected.add(item);
      for (const item of affected) changed.add(item);
    }
    // The themes of that folder are checked under the same config.
    const themeLessons = new Set<string>();
    for (const themeUri of this.workspace.themes.uris()) {
      if (this.workspace.folderOf(URI.parse(themeUri).fsPath) !== folder) continue;
      const open = this.documents.get(themeUri);
      for (const id of open ? this.workspace.updateThemeText(themeUri, open.getText()) : await this.workspace.updateThemeFromDisk(themeUri)) themeLessons.add(id);
    }
    this.openCache.clear();
    this.notifyIndexChanged(changed);
    this.themesChanged(themeLessons);
  }

  private async watchedFilesChanged(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    await this.host.filesChanged(changes);
    const changed = new Set<string>();
    for (const change of changes) {
      if (isConfigUri(change.uri)) {
        if (!this.documents.get(change.uri)) await this.configChanged(change.uri);
        continue;
      }
      if (isThemeUri(change.uri)) {
        await this.themeFileChanged(change.uri, change.type);
        continue;
      }
      if (!isLessonUri(change.uri)) continue;
      if (!this.workspace.folderOf(URI.parse(change.uri).fsPath)) continue;
      const open = this.documents.get(change.uri);
      if (change.type !== FileChangeType.Deleted && open) {
        // An open document's unsaved text wins over the disk; it only needs indexing if a
        // deletion had taken it out (e.g. it was saved again after being deleted).
        if (!this.workspace.index.has(change.uri)) for (const uri of this.workspace.updateText(change.uri, open.getText())) changed.add(uri);
        continue;
      }
      // A deleted file leaves the workspace even if an editor still holds its text (editors keep
      // closed documents for a while); typing in it again brings it back through didChange.
      if (change.type === FileChangeType.Deleted) {
        for (const uri of this.workspace.remove(change.uri)) changed.add(uri);
        this.publisher.clear(change.uri);
        // Listeners (the tree's catalogue, similar-lesson hints) must hear of the removed file itself.
        changed.add(change.uri);
      } else {
        for (const uri of await this.workspace.updateFromDisk(change.uri)) changed.add(uri);
        // Opened while the disk was read: the editor's text wins.
        const openedMeanwhile = this.documents.get(change.uri);
        if (openedMeanwhile) for (const uri of this.workspace.updateText(change.uri, openedMeanwhile.getText())) changed.add(uri);
      }
    }
    if (changed.size > 0) this.notifyIndexChanged(changed);
  }
}

function isLessonUri(uri: string): boolean {
  return isLessonFileName(uri);
}

function isThemeUri(uri: string): boolean {
  return isThemeFileName(uri);
}

function isConfigUri(uri: string): boolean {
  return uri.endsWith(`/${CONFIG_FILE_NAME}`);
}

declare const __LEARN_ONCE_VERSION__: string | undefined;
export const SERVER_VERSION = typeof __LEARN_ONCE_VERSION__ === 'string' ? __LEARN_ONCE_VERSION__ : '0.0.0-dev';
