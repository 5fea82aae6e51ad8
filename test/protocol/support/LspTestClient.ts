import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

export const SERVER_BUNDLE = path.resolve(__dirname, '../../../dist/server.js');

/** How long stop() lets the server answer shutdown and then exit before it kills it. */
const STOP_GRACE_MS = 10_000;

export interface StartOptions {
  folders: string[];
  settings?: Record<string, unknown>;
  filesExclude?: Record<string, boolean>;
  initializationOptions?: Record<string, unknown>;
  /** Command-line arguments after `--stdio`, such as `--code-cache=<folder>`. */
  serverArgs?: string[];
  /** The file operations a WorkspaceEdit may carry (`create`, `rename`, `delete`); none by default. */
  resourceOperations?: string[];
}

/**
 * Drives the bundled server over stdio exactly as an editor would: initialize with
 * capabilities, answer workspace/configuration, accept progress and registrations,
 * and collect published diagnostics.
 */
export class LspTestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly progress: { token: string | number; value: { kind: string; message?: string; percentage?: number } }[] = [];
  settings: Record<string, unknown>;
  filesExclude: Record<string, boolean>;
  private readonly waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  readonly stderr: string[] = [];
  /** Documents the server asked the editor to show (window/showDocument). */
  readonly shownDocuments: { uri: string; selection?: unknown }[] = [];
  /** Messages the server showed the user (window/showMessage and window/showMessageRequest). */
  readonly messages: { type: number; message: string }[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    this.filesExclude = options.filesExclude ?? {};
  }

  static async start(options: StartOptions): Promise<LspTestClient> {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio', ...(options.serverArgs ?? [])], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspTestClient(connection, child, options);
    child.stderr!.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.diagnostics.set(params.uri, params.diagnostics);
      client.wake();
    });
    connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string } }) => {
      client.progress.push(params);
      client.wake();
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      client.messages.push(params);
      client.wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'files.exclude' ? client.filesExclude : item.section === 'learnOnce' ? client.settings : null)),
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/workspaceFolders', () =>
      options.folders.map((folder) => ({ uri: URI.file(folder).toString(), name: path.basename(folder) })),
    );
    // vscode-languageserver sends show*Message as a request (with optional actions).
    connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => {
      client.messages.push({ type: params.type, message: params.message });
      client.wake();
      return null;
    });
    connection.onRequest('window/showDocument', (params: { uri: string; selection?: unknown }) => {
      client.shownDocuments.push(params);
      client.wake();
      return { success: true };
    });
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.folders.map((folder) => ({ uri: URI.file(folder).toString(), name: path.basename(folder) })),
      initializationOptions: options.initializationOptions ?? {},
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, ...(options.resourceOperations ? { resourceOperations: options.resourceOperations } : {}) },
        },
        window: { workDoneProgress: true, showDocument: { support: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } },
            dataSupport: true,
            resolveSupport: { properties: ['edit'] },
          },
          rename: { prepareSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** The diagnostics published so far that `keep` keeps, by uri; uris left with none are left out. */
  diagnosticsWhere(keep: (diagnostic: Diagnostic) => boolean): Map<string, Diagnostic[]> {
    const snapshot = new Map<string, Diagnostic[]>();
    for (const [uri, diagnostics] of this.diagnostics) {
      const kept = diagnostics.filter(keep);
      if (kept.length > 0) snapshot.set(uri, kept);
    }
    return snapshot;
  }

  /** Resolves when the condition holds, re-checked whenever the server sends anything; fails after the deadline. */
  async waitFor<T>(condition: () => T | undefined | false, what: string, timeoutMs = 15000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Server stderr: ${this.stderr.join('').slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends a request again, a moment apart, until its answer is complete by `done`. */
  async requestUntil<T>(method: string, params: unknown, done: (answer: T) => boolean, what: string, timeoutMs = 15000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer: T = await this.connection.sendRequest(method, params);
      if (done(answer)) return answer;
      if (Date.now() >= deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last answer: ${JSON.stringify(answer).slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits until the initial scan's work-done progress has ended. */
  async waitForIndex(count = 1): Promise<void> {
    await this.waitFor(() => this.progress.filter((item) => item.value.kind === 'end').length >= count, 'the index scan to end');
  }

  async waitForDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean, what = 'diagnostics'): Promise<Diagnostic[]> {
    return this.waitFor(
      () => {
        const diagnostics = this.diagnostics.get(uri);
        return diagnostics && predicate(diagnostics) ? diagnostics : undefined;
      },
      `${what} for ${uri}; last: ${JSON.stringify(this.diagnostics.get(uri)?.map((d) => d.code))}`,
    );
  }

  /** The version this client last sent for an open document. */
  versionOf(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  async filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /**
   * Shuts the server down as an editor does and resolves once its process is gone: one that
   * has not gone within the grace period is killed, and waited for too, so no server outlives
   * its test to hold the test process open.
   */
  async stop(): Promise<void> {
    const gone = (): boolean => this.process.exitCode !== null || this.process.signalCode !== null;
    const exited = new Promise<void>((resolve) => (gone() ? resolve() : this.process.once('exit', () => resolve())));
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const graceOver = new Promise<void>((resolve) => (graceTimer = setTimeout(resolve, STOP_GRACE_MS)));
    try {
      // A server that already died never answers shutdown: its exit ends the wait instead.
      await Promise.race([this.connection.sendRequest('shutdown'), exited, graceOver]);
      await this.connection.sendNotification('exit');
      // The server finishes its exit work (saving the code cache) before it goes.
      await Promise.race([exited, graceOver]);
    } catch {
      // The server may already be gone.
    } finally {
      clearTimeout(graceTimer);
    }
    this.connection.dispose();
    if (!gone()) {
      // SIGKILL: a server hung past the grace period may not get round to handling a gentler signal.
      this.process.kill('SIGKILL');
      await exited;
    }
  }
}

export function fileUri(filePath: string): string {
  return URI.file(filePath).toString();
}
