import * as path from 'node:path';
import type { ServerHost } from './serverHost';

/** The server in Node: files are on disk already, and the index worker and reader thread are beside this bundle. */
export const NODE_HOST: ServerHost = {
  indexWorkerScript: path.join(__dirname, 'indexWorker.js'),
  readerThreadScript: path.join(__dirname, 'readerThread.js'),
  rankingThreadScript: path.join(__dirname, 'rankingThread.js'),
  prepareScan: async () => undefined,
  filesChanged: async () => undefined,
};
