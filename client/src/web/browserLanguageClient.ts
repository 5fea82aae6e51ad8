import * as vscode from 'vscode';
import {
  BaseLanguageClient,
  BrowserMessageReader,
  BrowserMessageWriter,
  type LanguageClientOptions,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { THEME_FILE_GLOB, LESSON_FILE_GLOB } from '../../../shared/lessonFiles';

/** The server's CONFIG_FILE_NAME (importing the engine's would pull the config parser into the client). */
const CONFIG_FILE_NAME = 'learn-once.yaml';

/** The browser's Worker, Blob and URL, as much as this file uses (the project compiles without the DOM library). */
type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/**
 * A language client whose server is a web worker started on each start (so a restart gets a
 * fresh server), from a script that may first have to be read (see startServerWorker).
 * `vscode-languageclient/browser`'s own client takes a worker already made, which cannot be
 * awaited in `activate` and cannot be restarted.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: ServerWorker | undefined;

  constructor(
    clientOptions: LanguageClientOptions,
    private readonly serverMain: vscode.Uri,
  ) {
    super('learnOnce', 'Learn Once', clientOptions);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    const worker = await startServerWorker(this.serverMain);
    this.worker = worker;
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }
}

/**
 * The Learn Once language server's web build (dist/web/server.js) in a web worker of its own,
 * for lesson files on whatever file system the workspace's folders are on. No storage folder is
 * passed: the web server saves no index between runs.
 */
export function createBrowserLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): BaseLanguageClient {
  const clientOptions: LanguageClientOptions = {
    documentSelector: workspaceSchemes().flatMap((scheme) => [
      { scheme, pattern: LESSON_FILE_GLOB },
      { scheme, pattern: THEME_FILE_GLOB },
      { scheme, pattern: `**/${CONFIG_FILE_NAME}` },
    ]),
    initializationOptions: {},
    outputChannel,
  };
  return new WorkerLanguageClient(clientOptions, vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
}

/**
 * The server's worker. On vscode.dev and github.dev the extension is served over https and the
 * worker loads from its URL; an extension on a remote's file system (code-server, a dev
 * container) has a `vscode-remote:` URL, which VS Code refuses to start a worker from, so the
 * script is read through workspace.fs and started from memory instead.
 */
async function startServerWorker(serverMain: vscode.Uri): Promise<ServerWorker> {
  const options = { name: 'Learn Once language server' };
  if (serverMain.scheme === 'https' || serverMain.scheme === 'http') return new Worker(serverMain.toString(true), options);
  const script = await vscode.workspace.fs.readFile(serverMain);
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), options);
}

/** The schemes of the workspace's folders (`vscode-vfs` on github.dev), so diffs and other views of a lesson are left alone. */
function workspaceSchemes(): string[] {
  const schemes = new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme));
  return schemes.size > 0 ? [...schemes] : ['file', 'vscode-vfs', 'vscode-remote'];
}
