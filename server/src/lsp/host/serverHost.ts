import type { FileChangeType } from 'vscode-languageserver';

/**
 * What differs between the language server in Node (dist/serverMain.js) and in a browser's
 * web worker (dist/web/server.js). Everything else, the engine and every feature, is the same
 * code. Files are read through `node:fs` in both: in Node from disk, in the web build from the
 * mirror this host keeps filled (server/src/web/), so the engine never knows where it runs.
 */
export interface ServerHost {
  /** The bundled index worker to analyse a large workspace on; undefined where there are no worker threads. */
  readonly indexWorkerScript: string | undefined;
  /** The bundled reader thread that reads files ahead of the scan's analysis; undefined where there are no worker threads. */
  readonly readerThreadScript: string | undefined;
  /** The bundled ranking thread that ranks a hint pass beside the server's thread; undefined where there are no worker threads. */
  readonly rankingThreadScript: string | undefined;
  /** Makes the lesson, theme and config files of these folders readable before a scan lists them. */
  prepareScan(folders: readonly string[]): Promise<void>;
  /** Makes changed files readable (or gone) before the server reads them after a file event. */
  filesChanged(changes: readonly { uri: string; type: FileChangeType }[]): Promise<void>;
}
