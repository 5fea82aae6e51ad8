import { RequestType } from 'vscode-languageserver-protocol';

/**
 * Requests from the server to the client, sent only by the server's web build (a browser's web
 * worker has no file system): the client lists and reads workspace files with
 * `vscode.workspace.findFiles` and `vscode.workspace.fs`, which work on any file system
 * VS Code has (github.dev's, vscode.dev's, a remote's). After the first scan the server follows
 * changes through the client's file watcher (`workspace/didChangeWatchedFiles`) and reads the
 * changed files again with `readFiles`.
 */

/** `learnOnce/host/findFiles`: the lesson, theme and config files of workspace folders, with files.exclude applied. */
export const HostFindFilesRequest = new RequestType<HostFindFilesParams, HostFindFilesResult, void>('learnOnce/host/findFiles');

/** `learnOnce/host/readFiles`: the bytes of files. */
export const HostReadFilesRequest = new RequestType<HostReadFilesParams, HostReadFilesResult, void>('learnOnce/host/readFiles');

/** `learnOnce/host/findFiles`: the folders to list, as the server's uris of them. */
export interface HostFindFilesParams {
  folderUris: string[];
}

export interface HostFindFilesResult {
  uris: string[];
}

/** `learnOnce/host/readFiles`: at most a few hundred uris at a time, so no one message is large. */
export interface HostReadFilesParams {
  uris: string[];
}

/** One file read: its bytes in base64 (lessons are checked for binary and invalid UTF-8 on the server), or why it could not be read. */
export interface HostFile {
  uri: string;
  base64?: string;
  mtimeMs?: number;
  error?: string;
}

export interface HostReadFilesResult {
  files: HostFile[];
}
