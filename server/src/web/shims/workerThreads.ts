/**
 * `node:worker_threads` in the web build. The web server gets no index-worker or reader-thread
 * script (its host says so), so the scan reads and analyses every file on its own thread in time
 * slices and never builds one of these; should it try, it fails as a missing script does in Node
 * and the scan goes on.
 */
export class Worker {
  constructor() {
    throw new Error('Worker threads are not available in the browser');
  }
}

export class MessageChannel {
  constructor() {
    throw new Error('Worker threads are not available in the browser');
  }
}

/** Nothing ever arrives: there is no thread to send it. */
export function receiveMessageOnPort(): undefined {
  return undefined;
}

export const isMainThread = true;
export const parentPort = null;
export const workerData = undefined;
