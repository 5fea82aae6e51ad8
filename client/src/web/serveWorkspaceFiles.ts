import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  HostFindFilesRequest,
  HostReadFilesRequest,
  type HostFile,
  type HostFindFilesParams,
  type HostFindFilesResult,
  type HostReadFilesParams,
  type HostReadFilesResult,
} from '../../../shared/protocol';
import { encodeBase64 } from '../../../shared/base64';

/** Lesson and theme files, found by VS Code's own file search (files.exclude applies). */
const LESSON_AND_THEME_GLOB = '**/*.{lesson.yaml,lesson.yml,theme.yaml,theme.yml}';
const CONFIG_FILE_NAME = 'learn-once.yaml';

/**
 * Answers the web server's file requests with `vscode.workspace.findFiles` and
 * `vscode.workspace.fs`, which reach any file system VS Code has (github.dev's virtual one,
 * a remote's). Changes reach the server through the language client's file watcher.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  const find = client.onRequest(HostFindFilesRequest, (params: HostFindFilesParams) => findFiles(params));
  const read = client.onRequest(HostReadFilesRequest, (params: HostReadFilesParams) => readFiles(params));
  return vscode.Disposable.from(find, read);
}

async function findFiles({ folderUris }: HostFindFilesParams): Promise<HostFindFilesResult> {
  const uris: string[] = [];
  for (const folderUri of folderUris) {
    const folder = vscode.Uri.parse(folderUri);
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, LESSON_AND_THEME_GLOB));
    uris.push(...found.map((uri) => uri.toString()));
    // A folder's config is only ever at its root.
    const config = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
    if (await isFile(config)) uris.push(config.toString());
  }
  return { uris };
}

async function readFiles({ uris }: HostReadFilesParams): Promise<HostReadFilesResult> {
  return { files: await Promise.all(uris.map(readFile)) };
}

async function readFile(uriText: string): Promise<HostFile> {
  const uri = vscode.Uri.parse(uriText);
  try {
    const [stat, bytes] = await Promise.all([vscode.workspace.fs.stat(uri), vscode.workspace.fs.readFile(uri)]);
    return { uri: uriText, base64: encodeBase64(bytes), mtimeMs: stat.mtime };
  } catch (error) {
    return { uri: uriText, error: error instanceof Error ? error.message : String(error) };
  }
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
  } catch {
    return false;
  }
}
