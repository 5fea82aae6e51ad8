import { parentPort } from 'node:worker_threads';
import { DEFAULT_CONFIG } from '../engine/config/workspaceConfig';
import { analyseLessonFile, analyseLessonFileSync, type AnalysedFile } from './analyseLessonFile';
import type { AnalyseBatch, AnalyseBatchReply, ConfigureWorker, IndexWorkerInit } from './workerProtocol';

/**
 * Entry point of an index worker thread (bundled as dist/indexWorker.js): reads and
 * analyses batches of lesson files while the server's own thread stays free for requests.
 */
let init: IndexWorkerInit | undefined;
const port = parentPort;

port?.on('message', (message: ConfigureWorker | AnalyseBatch) => {
  if (message.kind === 'configure') {
    init = message.init;
    return;
  }
  void analyseBatch(message).then((reply) => port.postMessage(reply));
});

async function analyseBatch(batch: AnalyseBatch): Promise<AnalyseBatchReply> {
  try {
    if (!init) throw new Error('a batch came before the settings');
    const settings = { config: init.configs[batch.folder] ?? DEFAULT_CONFIG, today: init.today, maxFileSize: init.maxFileSize };
    const results: AnalysedFile[] = [];
    for (const filePath of batch.paths) results.push(analyseLessonFileSync(filePath, settings) ?? (await analyseLessonFile(filePath, settings)));
    return { id: batch.id, results };
  } catch (error) {
    return { id: batch.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
