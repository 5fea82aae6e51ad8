import { existsSync } from 'node:fs';
import { type ClientCapabilities, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import { VERSION as SERVER_VERSION } from '../../engine/version';
import { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import { isLessonFileName, isThemeFileName } from '../../../../shared/lessonFiles';
import type { ScanStats } from '../../../../shared/protocol';
import type { DiagnosticsPublisher } from '../features/diagnostics';
import { toLspDiagnostic } from '../features/toLspDiagnostic';
import type { ServerHost } from '../host/serverHost';
import { IndexLimitNotice } from '../indexLimitNotice';
import { yieldToEventLoop } from '../scheduling/timeSlicer';
import type { LearnOnceSettings } from '../settings/settings';
import { editorTextOf, type EditorText } from '../sync/preferEditorText';
import { AnalysisPool } from '../../analysis/analysisPool';
import { startRankingAhead, type RankingAhead } from '../../analysis/rankingAhead';
import { HintStore } from './hintStore';
import { engineFingerprint, hintsCacheFile, indexCacheFile } from './indexCacheLocation';
import { prefetchIndex, type IndexPrefetch } from './indexPrefetch';
import { warmUpAnalysis } from './warmUp';
import { WorkspaceScan } from './workspaceScan';

/** What the scan coordinator needs of the server. */
export interface ScannedServer {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly publisher: DiagnosticsPublisher;
  readonly host: ServerHost;
  /** The workspace requests are answered from; each scan replaces it (adoptWorkspace). */
  readonly workspace: LessonWorkspace;
  settings(): LearnOnceSettings;
  capabilities(): ClientCapabilities;
  /** The folder the editor lets the server keep its saved index and hints in. */
  storagePath(): string | undefined;
  /** Makes a scan's new workspace the one the features and the sync use from now on. */
  adoptWorkspace(workspace: LessonWorkspace): void;
  /** Tells the features' listeners which files' problems may have changed. */
  notifyListeners(changed: ReadonlySet<string>): void;
}

interface Progress {
  report(percentage: number, message: string): void;
  done(): void;
}

/**
 * Runs the scans of the workspace: the folders and settings asked of the editor, work-done
 * progress, the scan of every lesson (`WorkspaceScan`), then the themes, the publishing, and
 * the similarity engine with its saved hints. A new scan cancels the one running.
 */
export class ScanCoordinator {
  private generation = 0;
  private ready = false;
  /** The similarity engine holds every lesson of the last scan (it is filled after the scan's problems are out). */
  private similarityReady = false;
  private lastScan: ScanStats | undefined;
  /** Where the last scan's similar-lesson hints are saved and restored from, once the scan is done. */
  private lastHintStore: HintStore | undefined;
  /** The thread that ranks the first hint pass after a cold scan beside the server's, while it runs. */
  private ranking: RankingAhead | undefined;
  /** The saved index, read while the editor and the server finish their handshake; taken by the first scan. */
  private indexPrefetch: IndexPrefetch | undefined;
  private readonly indexLimit: IndexLimitNotice;
  private readonly editorText: EditorText;

  constructor(private readonly server: ScannedServer) {
    this.indexLimit = new IndexLimitNotice(server.connection, server.publisher);
    this.editorText = editorTextOf(server.documents);
  }

  /** True once the last scan has every lesson in the index, and its problems are being published. */
  indexReady(): boolean {
    return this.ready;
  }

  similarityIndexReady(): boolean {
    return this.similarityReady;
  }

  hintStore(): HintStore | undefined {
    return this.lastHintStore;
  }

  rankingAhead(): RankingAhead | undefined {
    return this.ranking?.running ? this.ranking : undefined;
  }

  lastScanStats(): ScanStats | undefined {
    if (this.lastScan && this.ranking) this.lastScan.rankedOnThread = this.ranking.resultsUsed;
    return this.lastScan;
  }

  /** Starts reading the saved index of these folders, for the first scan to take. */
  prefetch(folders: readonly string[]): void {
    this.indexPrefetch = prefetchIndex(indexCacheFile(this.server.storagePath(), folders));
  }

  /**
   * Reads every folder again, with progress, and republishes everything. Lessons enter
   * the live index as they are analysed, so requests get partial answers meanwhile; the
   * progress ends once every problem is published, and the similarity engine is filled
   * right after (its hints follow a moment later, as they do after an edit).
   */
  async rescan(settingsLoading: Promise<void> = Promise.resolve()): Promise<void> {
    const { server } = this;
    const generation = ++this.generation;
    const cancelled = (): boolean => generation !== this.generation;
    const previousUris = new Set([...server.workspace.index.uris(), ...server.publisher.publishedUris()]);
    this.ready = false;
    this.similarityReady = false;
    this.lastHintStore = undefined;
    void this.ranking?.close();
    this.ranking = undefined;
    // Each is a round trip to the editor: asked together, they cost one.
    const [currentFolders, progress] = await Promise.all([this.currentFolders(), this.beginProgress('Indexing lessons'), settingsLoading]);
    const folders = currentFolders ?? server.workspace.workspaceFolders;
    await server.host.prepareScan(folders);
    if (cancelled()) {
      progress?.done();
      return;
    }
    const settings = server.settings();
    const workspace = new LessonWorkspace({
      folders: [...folders],
      maxFileSize: settings.maxFileSize,
      maxLessons: settings.maxLessons,
      exclude: server.workspace.exclude,
    });
    let scan: WorkspaceScan | undefined;
    try {
      const started = await this.startScan(workspace, cancelled, progress);
      if (!started) return;
      scan = started.scan;
      if (!(await scan.index())) return;
      await this.addOpenFilesAndThemes(workspace, started.listing);
      if (cancelled()) return;
      this.ready = true;
      if (!(await this.publishAll(scan, workspace, previousUris))) return;
      this.indexLimit.update(workspace);
    } finally {
      progress?.done();
    }
    await this.completeInBackground(scan, workspace, previousUris, cancelled);
  }

  /**
   * Lists the folders while their configs load (and, for a cold start, while index workers
   * start), then makes the new workspace the server's and sets up its scan. Undefined when cancelled.
   */
  private async startScan(
    workspace: LessonWorkspace,
    cancelled: () => boolean,
    progress: Progress | undefined,
  ): Promise<{ scan: WorkspaceScan; listing: Promise<{ lessons: string[]; themes: string[] }> } | undefined> {
    const { server } = this;
    // Listing the folders needs only the folders and the excludes: it starts while the configs load.
    // One walk finds the lessons and the themes.
    const listing = workspace.findLessonsAndThemes();
    const found = listing.then((files) => files.lessons);
    found.catch(() => undefined);
    // With nothing saved yet this is a cold start: the index workers load meanwhile too.
    const cacheFile = indexCacheFile(server.storagePath(), workspace.workspaceFolders);
    const pool =
      cacheFile !== undefined && server.host.indexWorkerScript !== undefined && !existsSync(cacheFile)
        ? AnalysisPool.start(server.host.indexWorkerScript)
        : undefined;
    for (const folder of workspace.workspaceFolders) await workspace.loadConfig(folder);
    if (cancelled()) {
      void pool?.close();
      return undefined;
    }
    server.adoptWorkspace(workspace);
    const scan = new WorkspaceScan({
      workspace,
      today: todayIso(),
      openText: this.editorText,
      found,
      cacheFile,
      prefetched: this.indexPrefetch,
      engine: engineFingerprint(SERVER_VERSION),
      workerScript: server.host.indexWorkerScript,
      readerScript: server.host.readerThreadScript,
      pool,
      isCancelled: cancelled,
      onProgress: (message, percentage) => progress?.report(percentage, message),
      log: (message) => server.connection.console.log(message),
    });
    this.lastScan = scan.stats;
    this.indexPrefetch = undefined;
    return { scan, listing };
  }

  /** Once every lesson is in: open files the scan did not find, and the themes. */
  private async addOpenFilesAndThemes(workspace: LessonWorkspace, listing: Promise<{ themes: string[] }>): Promise<void> {
    const { documents } = this.server;
    // Open lessons outside every folder still get checked. One inside a folder that the scan
    // did not find is deleted or excluded: editors keep such documents open for a while.
    for (const document of documents.all()) {
      if (workspace.index.has(document.uri) || !isLessonFileName(document.uri) || workspace.folderOf(URI.parse(document.uri).fsPath)) continue;
      workspace.updateText(document.uri, document.getText());
    }
    // Themes are few: read in full once every lesson is in (open editors' text wins), never by the scan's workers.
    await workspace.loadThemes((await listing).themes, this.editorText);
    for (const document of documents.all()) {
      if (isThemeFileName(document.uri) && !workspace.themes.has(document.uri) && !workspace.folderOf(URI.parse(document.uri).fsPath))
        workspace.updateThemeText(document.uri, document.getText());
    }
  }

  /**
   * Every lesson now, then every theme, then the files that showed problems before and are
   * gone. The set of every uri (for the listeners, at the end) grows as the publishing goes, in
   * its slices. False when cancelled.
   */
  private async publishAll(scan: WorkspaceScan, workspace: LessonWorkspace, previousUris: Set<string>): Promise<boolean> {
    const { publisher } = this.server;
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
    return scan.publish((uri) => publisher.publish([uri]), everyUri());
  }

  /** After the progress has ended: the saved facts, the saved index, the similarity engine and its hints. */
  private async completeInBackground(scan: WorkspaceScan, workspace: LessonWorkspace, previousUris: Set<string>, cancelled: () => boolean): Promise<void> {
    const { server } = this;
    // A warm start took every analysis from the saved index: compile the schema now (in a turn
    // of its own), not on the first edit.
    await yieldToEventLoop();
    if (cancelled()) return;
    warmUpAnalysis();
    if (!(await scan.readSavedFacts())) return;
    // Saved alongside the similarity build (both yield between slices), and finished before
    // the hints' background work starts, which would otherwise hold the save back.
    const saved = scan.persist();
    // Nothing was saved (a cold start): every hint will be ranked, on two threads where there are two cores.
    this.ranking = scan.stats.fromCache === 0 ? startRankingAhead(server.host.rankingThreadScript, workspace.similarity, workspace.index.size) : undefined;
    const built = await scan.buildSimilarity();
    await saved;
    if (!built || cancelled()) return;
    this.similarityReady = true;
    const hintsFile = hintsCacheFile(server.storagePath(), workspace.workspaceFolders);
    if (hintsFile)
      this.lastHintStore = new HintStore(hintsFile, engineFingerprint(SERVER_VERSION), scan.hintBasis, scan.stats, (message) =>
        server.connection.console.log(message),
      );
    server.notifyListeners(previousUris);
  }

  private async currentFolders(): Promise<string[] | undefined> {
    if (!this.server.capabilities().workspace?.workspaceFolders) return undefined;
    try {
      const folders = await this.server.connection.workspace.getWorkspaceFolders();
      return folders ? folders.map((folder) => URI.parse(folder.uri).fsPath) : undefined;
    } catch {
      return undefined;
    }
  }

  private async beginProgress(title: string): Promise<Progress | undefined> {
    if (!this.server.capabilities().window?.workDoneProgress) return undefined;
    try {
      const reporter = await this.server.connection.window.createWorkDoneProgress();
      reporter.begin(title, 0, 'Scanning workspace folders', false);
      return { report: (percentage, message) => reporter.report(percentage, message), done: () => reporter.done() };
    } catch {
      return undefined;
    }
  }

  private publishConfigProblems(): void {
    for (const folder of this.server.workspace.allFolderConfigs()) {
      if (!folder.configUri) continue;
      void this.server.connection.sendDiagnostics({ uri: folder.configUri, diagnostics: folder.problems.map((problem) => toLspDiagnostic(problem, true)) });
    }
  }
}
