/**
 * `node:worker_threads` in the web build. The web server gets no index-worker script (its host
 * says so), so the scan analyses every file on its own thread in time slices and never builds
 * one of these; should it try, it fails as a missing script does in Node and the scan goes on.
 */
export class Worker {
  constructor() {
    throw new Error('Index workers are not available in the browser');
  }
}

export const isMainThread = true;
export const parentPort = null;
export const workerData = undefined;
