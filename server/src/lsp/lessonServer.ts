import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
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
import { VERSION as SERVER_VERSION } from '../engine/version';
import { isThemeFileName, LESSON_FILE_GLOB, THEME_FILE_GLOB } from '../../../shared/lessonFiles';
import { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import { readLessonFile } from '../engine/workspace/readLessonFile';
import { DiagnosticsPublisher } from './features/diagnostics';
import type { ServerHost } from './host/serverHost';
import type { RankingAhead } from '../analysis/rankingAhead';
import type { HintStore } from './scan/hintStore';
import { ScanCoordinator, type ScannedServer } from './scan/scanCoordinator';
import type { EventLoopWatch } from './stats/eventLoopWatch';
import { registerStatsRequest } from './stats/statsRequest';
import { WorkspaceSync, type SyncedServer } from './sync/workspaceSync';
import type { AnalysedDocument, ServerContext } from './serverContext';
import type { LearnOnceSettings } from './settings/settings';

export interface InitializationOptions {
  /** A folder the server may keep its persisted index in (VS Code's storage folder). */
  storagePath?: string;
}

/** A language feature: registers its handlers and returns the capabilities it adds. */
export type FeatureRegistration = (context: ServerContext) => ServerCapabilities | void;

/**
 * The server's handshake with the editor, and the ServerContext every language feature gets:
 * the engine's workspace, open documents, settings and the publishing of diagnostics. Scans
 * are run by the ScanCoordinator, and the WorkspaceSync follows the editor between them.
 */
export class LessonServer implements ServerContext, ScannedServer, SyncedServer {
  readonly documents = new TextDocuments(TextDocument);
  workspace = new LessonWorkspace({ folders: [] });
  readonly publisher: DiagnosticsPublisher;
  private readonly scans: ScanCoordinator;
  private readonly sync: WorkspaceSync;
  private clientCapabilities: ClientCapabilities = {};
  private eventLoopWatch: EventLoopWatch | undefined;
  private readonly openCache = new Map<string, AnalysedDocument>();
  private readonly indexListeners: ((changed: ReadonlySet<string>) => void)[] = [];
  private featureCapabilities: ServerCapabilities = {};
  initializationOptions: InitializationOptions = {};

  constructor(
    readonly connection: Connection,
    private readonly features: readonly FeatureRegistration[],
    readonly host: ServerHost,
  ) {
    this.publisher = new DiagnosticsPublisher(
      connection,
      (uri) => this.problemsFor(uri),
      (uri) => this.settings().diagnostics.scope === 'workspace' || this.documents.get(uri) !== undefined,
      () => this.clientCapabilities.textDocument?.publishDiagnostics?.relatedInformation === true,
    );
    this.scans = new ScanCoordinator(this);
    this.sync = new WorkspaceSync(this, this.scans);
  }

  settings(): LearnOnceSettings {
    return this.sync.settings();
  }

  /**
   * What is published for a file. While a scan runs the index is partial: cross-file problems
   * (unknown references, duplicate ids, a theme's references to lessons) wait for it.
   */
  private problemsFor(uri: string): readonly Problem[] {
    if (isThemeFileName(uri)) return this.indexReady() ? this.workspace.themeProblemsFor(uri) : (this.workspace.themes.get(uri)?.problems ?? []);
    return this.indexReady() ? this.workspace.lessonProblemsFor(uri) : (this.workspace.index.get(uri)?.problems ?? []);
  }

  capabilities(): ClientCapabilities {
    return this.clientCapabilities;
  }

  storagePath(): string | undefined {
    return this.initializationOptions.storagePath;
  }

  indexReady(): boolean {
    return this.scans.indexReady();
  }

  similarityIndexReady(): boolean {
    return this.scans.similarityIndexReady();
  }

  rankingAhead(): RankingAhead | undefined {
    return this.scans.rankingAhead();
  }

  hintStore(): HintStore | undefined {
    return this.scans.hintStore();
  }

  onIndexChanged(listener: (changed: ReadonlySet<string>) => void): void {
    this.indexListeners.push(listener);
  }

  notifyListeners(changed: ReadonlySet<string>): void {
    for (const listener of this.indexListeners) {
      try {
        listener(changed);
      } catch (error) {
        this.connection.console.error(`Index listener failed: ${String(error)}`);
      }
    }
  }

  adoptWorkspace(workspace: LessonWorkspace): void {
    this.workspace = workspace;
    this.openCache.clear();
  }

  forgetAnalysed(uri?: string): void {
    if (uri === undefined) this.openCache.clear();
    else this.openCache.delete(uri);
  }

  analysedOpen(uri: string): AnalysedDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.openCache.get(uri);
    if (cached && cached.version === document.version) return cached;
    const filePath = URI.parse(uri).fsPath;
    const text = document.getText();
    // Over learnOnce.maxFileSize the lesson is not parsed for any feature, as it is not for its problems.
    if (text.length > this.settings().maxFileSize) return undefined;
    const analysed: AnalysedDocument = {
      uri,
      version: document.version,
      text,
      analysis: analyzeLesson(text, { config: this.workspace.configFor(filePath), today: todayIso() }),
    };
    this.openCache.set(uri, analysed);
    return analysed;
  }

  async analysed(uri: string): Promise<AnalysedDocument | undefined> {
    const open = this.analysedOpen(uri);
    if (open) return open;
    const filePath = URI.parse(uri).fsPath;
    const read = await readLessonFile(filePath, this.settings().maxFileSize);
    if (read.kind !== 'text') return undefined;
    return { uri, version: undefined, text: read.text, analysis: analyzeLesson(read.text, { config: this.workspace.configFor(filePath), today: todayIso() }) };
  }

  start(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    this.sync.listen();

    for (const register of this.features) this.featureCapabilities = { ...this.featureCapabilities, ...(register(this) ?? {}) };
    this.eventLoopWatch = registerStatsRequest(connection, {
      lessons: () => this.workspace.index.size,
      indexReady: () => this.indexReady(),
      similarityReady: () => this.similarityIndexReady(),
      lastScan: () => this.scans.lastScanStats(),
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
    this.scans.prefetch(this.workspace.workspaceFolders);
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
      connection.workspace.onDidChangeWorkspaceFolders(() => void this.scans.rescan());
    }
    await this.scans.rescan(this.sync.loadSettings());
  }
}
