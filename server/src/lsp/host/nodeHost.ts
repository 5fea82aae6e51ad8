import * as path from 'node:path';
import type { ServerHost } from './serverHost';

/** The server in Node: files are on disk already, and the index worker is beside this bundle. */
export const NODE_HOST: ServerHost = {
  indexWorkerScript: path.join(__dirname, 'indexWorker.js'),
  prepareScan: async () => undefined,
  filesChanged: async () => undefined,
};
