import { FileChangeType, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { HostFindFilesRequest, HostReadFilesRequest, type HostFile, type HostFindFilesParams, type HostReadFilesParams } from '../../../../shared/protocol';
import type { ServerHost } from '../../lsp/host/serverHost';
import { decodeBase64 } from '../../../../shared/base64';
import { fileMirror } from './fileMirror';

/** Files read per request: a few hundred lessons of a few kilobytes keep each message small. */
const FILES_PER_READ = 200;

/**
 * The server in a browser's web worker: before a scan it asks the client for the folders'
 * lesson, theme and config files and fills the mirror the engine reads through; after a file
 * event it reads the changed files again. No index-worker or reader-thread script: the scan runs on this
 * worker in time slices. Nothing is saved between runs (no storage folder is given).
 */
export class WebHost implements ServerHost {
  readonly indexWorkerScript = undefined;
  readonly readerThreadScript = undefined;
  readonly rankingThreadScript = undefined;

  constructor(private readonly connection: Connection) {}

  /**
   * Lists and reads everything first, then replaces the folders' files in the mirror in one
   * step: scans can overlap (a settings change restarts one), and a scan must never walk a
   * mirror that another has half emptied.
   */
  async prepareScan(folders: readonly string[]): Promise<void> {
    const folderUris = folders.map((folder) => URI.file(folder).toString());
    const found = await this.connection.sendRequest(HostFindFilesRequest, { folderUris } satisfies HostFindFilesParams);
    const files = await this.readAll(found.uris);
    for (const folder of folders) fileMirror.clearUnder(folder);
    for (const file of files) this.mirror(file);
  }

  async filesChanged(changes: readonly { uri: string; type: FileChangeType }[]): Promise<void> {
    const toRead: string[] = [];
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted) fileMirror.delete(URI.parse(change.uri).fsPath);
      else toRead.push(change.uri);
    }
    await this.read(toRead);
  }

  private async read(uris: readonly string[]): Promise<void> {
    for (const file of await this.readAll(uris)) this.mirror(file);
  }

  private async readAll(uris: readonly string[]): Promise<HostFile[]> {
    const files: HostFile[] = [];
    for (let start = 0; start < uris.length; start += FILES_PER_READ) {
      const batch = uris.slice(start, start + FILES_PER_READ);
      const read = await this.connection.sendRequest(HostReadFilesRequest, { uris: batch } satisfies HostReadFilesParams);
      files.push(...read.files);
    }
    return files;
  }

  /** A file that could not be read leaves the mirror: the engine then reports it as it would a file gone from disk. */
  private mirror(file: HostFile): void {
    const path = URI.parse(file.uri).fsPath;
    if (file.base64 === undefined) fileMirror.delete(path);
    else fileMirror.set(path, { bytes: decodeBase64(file.base64), mtimeMs: file.mtimeMs ?? 0 });
  }
}
