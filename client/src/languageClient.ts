import * as path from 'node:path';
import type * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';
import { THEME_FILE_GLOB, LESSON_FILE_GLOB } from '../../shared/lessonFiles';

/**
 * The Learn Once language server for lesson files, theme files and learn-once.yaml, run from the bundle
 * in dist/. The id `learnOnce` makes the client honour `learnOnce.trace.server`.
 */
/** The server's CONFIG_FILE_NAME. Importing it from the engine would pull the config parser and its schema validator into the client bundle. */
const CONFIG_FILE_NAME = 'learn-once.yaml';

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps V8's compiled code of its bundle here: later starts skip compiling it.
  const args = [`--code-cache=${context.globalStorageUri.fsPath}`];
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, args },
    // No code cache when debugging: V8 refuses a cache made under other flags (--nolazy).
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: LESSON_FILE_GLOB },
      { scheme: 'file', pattern: THEME_FILE_GLOB },
      { scheme: 'file', pattern: `**/${CONFIG_FILE_NAME}` },
    ],
    initializationOptions: { storagePath: context.storageUri?.fsPath },
    outputChannel,
    errorHandler: restartingErrorHandler(outputChannel.name),
  };
  return new LanguageClient('learnOnce', 'Learn Once', serverOptions, clientOptions);
}

/**
 * Restarts a server that died, within RestartPolicy's bounds; past them, stops with a message
 * that names the log to read instead of restarting in a loop.
 */
function restartingErrorHandler(logName: string): NonNullable<LanguageClientOptions['errorHandler']> {
  const policy = new RestartPolicy();
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      if (policy.shouldRestart(Date.now())) return { action: CloseAction.Restart, handled: true };
      return { action: CloseAction.DoNotRestart, message: policy.giveUpMessage(logName) };
    },
  };
}
