import { parentPort, workerData } from 'node:worker_threads';
import { SimilarityIndex } from '../engine/similarity/similarityIndex';
import { CLAIMED_BY_RANKING_THREAD, type RankedBatch, type RankingRequest, type RankingThreadData, type RankItem } from './rankingProtocol';

/**
 * Entry point of the ranking thread (bundled as dist/rankingThread.js): a replica of the
 * server's similarity engine, kept identical change by change (see SimilarityChange), that
 * ranks lessons of a hint pass from the end of the pass while the server's thread ranks from
 * its start. Ranking is arithmetic over typed arrays with little garbage, so on two cores the
 * two threads rank nearly twice as fast as one.
 */
const data = workerData as RankingThreadData;
const replica = new SimilarityIndex();
let claims: Int32Array | undefined;
let pass = -1;
const waiting: RankItem[] = [];
let scheduled = false;

/** Lessons ranked before the results go back and new messages are let in: about 5 ms at 10,000 lessons. */
const BATCH = 16;

parentPort?.on('message', (request: RankingRequest) => {
  if (request.kind === 'changes') {
    for (const change of request.changes) replica.applyChange(change);
  } else if (request.kind === 'pass') {
    pass = request.pass;
    claims = new Int32Array(request.claims);
    waiting.length = 0;
  } else if (request.pass === pass) {
    waiting.push(...request.items);
    schedule();
  }
});

function schedule(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  setImmediate(rankSome);
}

/** Ranks a batch of the waiting lessons not yet taken by the main thread, then lets messages in. */
function rankSome(): void {
  scheduled = false;
  const batch: RankedBatch = { pass, generation: replica.generation, consumed: 0, results: [] };
  let ranked = 0;
  while (ranked < BATCH && waiting.length > 0) {
    const item = waiting.shift()!;
    batch.consumed++;
    if (!claims || Atomics.compareExchange(claims, item.position, 0, CLAIMED_BY_RANKING_THREAD) !== 0) continue;
    const matches = replica.queryByKey(item.uri, { top: item.top, minScore: item.minScore, minConfidence: item.minConfidence, exclude: new Set(item.exclude) });
    batch.results.push({ uri: item.uri, epoch: item.epoch, matches });
    ranked++;
  }
  if (batch.consumed > 0) data.results.postMessage(batch);
  schedule();
}
