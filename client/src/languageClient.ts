import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LESSON_FILE_GLOB } from '../../server/src/engine/workspace/lessonFiles';

/**
 * The Learn Once language server for lesson files and learn-once.yaml, run from the bundle
 * in dist/. The id `learnOnce` makes the client honour `learnOnce.trace.server`.
 */
/** The server's CONFIG_FILE_NAME. Importing it from the engine would pull the config parser and its schema validator into the client bundle. */
const CONFIG_FILE_NAME = 'learn-once.yaml';

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', pattern: LESSON_FILE_GLOB },
      { scheme: 'file', pattern: `**/${CONFIG_FILE_NAME}` },
    ],
    initializationOptions: { storagePath: context.storageUri?.fsPath },
    outputChannel,
  };
  return new LanguageClient('learnOnce', 'Learn Once', serverOptions, clientOptions);
}
