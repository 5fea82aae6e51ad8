import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ServerCapabilities,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

export interface BenchServerOptions {
  /** The program and its arguments; the server talks LSP over stdio. */
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  folder: string;
  initializationOptions?: unknown;
  /** Answers workspace/configuration for a section. */
  configuration: (section: string | undefined) => unknown;
}

export interface Publication {
  at: number;
  diagnostics: Diagnostic[];
}

interface PublicationWaiter {
  uri: string;
  accept: (diagnostics: Diagnostic[]) => boolean;
  resolve: (publication: Publication) => void;
}

/**
 * Drives a language server over stdio as an editor does, timing what it sees: when each
 * publication of diagnostics arrived, when work-done progress ended, how long requests took.
 */
export class BenchLspClient {
  /** The latest publication per uri. */
  readonly published = new Map<string, Publication>();
  publications = 0;
  progressEndAt: number | undefined;
  capabilities: ServerCapabilities = {};
  readonly stderr: string[] = [];
  private readonly waiters: PublicationWaiter[] = [];
  private readonly progressWaiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  private exited = false;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
    /** performance.now() when the process was started. */
    readonly spawnedAt: number,
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  static async start(options: BenchServerOptions): Promise<BenchLspClient> {
    const spawnedAt = performance.now();
    const child = spawn(options.command, options.args, { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new BenchLspClient(connection, child, spawnedAt);
    child.on('exit', () => {
      client.exited = true;
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      client.stderr.push(chunk.toString());
      if (client.stderr.length > 200) client.stderr.shift();
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => client.received(params));
    connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      if (params.value.kind === 'end' && client.progressEndAt === undefined) {
        client.progressEndAt = performance.now();
        for (const wake of client.progressWaiters.splice(0)) wake();
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => options.configuration(item.section)),
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    const folders = [{ uri: URI.file(options.folder).toString(), name: path.basename(options.folder) }];
    connection.onRequest('workspace/workspaceFolders', () => folders);
    connection.listen();
    const result = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]!.uri,
      workspaceFolders: folders,
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    })) as { capabilities: ServerCapabilities };
    client.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  private received(params: PublishDiagnosticsParams): void {
    const publication = { at: performance.now(), diagnostics: params.diagnostics };
    this.publications++;
    this.published.set(params.uri, publication);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
        this.waiters.splice(i, 1);
        waiter.resolve(publication);
      }
    }
  }

  /** The next publication for a uri that the predicate accepts; register it before sending what causes it. */
  nextPublication(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<Publication> {
    return new Promise<Publication>((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = this.waiters.indexOf(waiter);
        if (at >= 0) this.waiters.splice(at, 1);
        reject(
          new Error(
            `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.published.get(uri)?.diagnostics.map((d) => d.code ?? d.message))}`,
          ),
        );
      }, timeoutMs);
      const waiter: PublicationWaiter = {
        uri,
        accept,
        resolve: (publication) => {
          clearTimeout(timer);
          resolve(publication);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Resolves with the time the first work-done progress ended. */
  async progressEnded(timeoutMs: number): Promise<number> {
    if (this.progressEndAt !== undefined) return this.progressEndAt;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server reported no progress end within ${timeoutMs} ms. stderr: ${this.stderr.join('').slice(-2000)}`)),
        timeoutMs,
      );
      this.progressWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return this.progressEndAt!;
  }

  /** Sends a request and times it; a failed request gives its error instead of a result. */
  async timedRequest<T>(method: string, params: unknown): Promise<{ ms: number; result?: T; error?: { code?: number; message: string } }> {
    const started = performance.now();
    try {
      const result = (await this.connection.sendRequest(method, params)) as T;
      return { ms: performance.now() - started, result };
    } catch (error) {
      const { code, message } = error as { code?: number; message?: string };
      return { ms: performance.now() - started, error: { code, message: message ?? String(error) } };
    }
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-content change, which every server accepts). */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  /** Asks the server to shut down and exit; kills it if it does not within a few seconds. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.exited) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), delay(10_000)]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, delay(10_000)]);
    this.connection.dispose();
    if (!this.exited) this.child.kill();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export function fileUri(filePath: string): string {
  return URI.file(filePath).toString();
}
