import type { MessagePort } from 'node:worker_threads';
import type { EngineQuery } from '../engine/similarity/findSimilarLessons';
import type { SimilarityMatch } from '../engine/similarity/lessonText';
import type { SimilarityChange } from '../engine/similarity/similarityChange';

/** One lesson to rank on the ranking thread, with the query its matches are found by. */
export interface RankItem extends EngineQuery {
  /** The lesson's position in the pass (its slot in the claims). */
  position: number;
  /** Changes to the index seen by the main thread when the query was made (see RankingAhead.indexChanged). */
  epoch: number;
  uri: string;
}

/** What the thread is started with. */
export interface RankingThreadData {
  /** Where the thread posts its results (read with receiveMessageOnPort). */
  results: MessagePort;
}

/** Main thread → ranking thread, in order: changes first, so ranking always sees them. */
export type RankingRequest =
  | { kind: 'changes'; changes: SimilarityChange[] }
  /**
   * A new pass: `claims` holds one Int32 per position, 0 until a thread takes the lesson
   * (1: the main thread, 2: the ranking thread), so no lesson is ranked twice.
   */
  | { kind: 'pass'; pass: number; claims: SharedArrayBuffer }
  | { kind: 'rank'; pass: number; items: RankItem[] };

/** Ranking thread → main thread: matches for some lessons of a pass, as ranked at `generation` of the engine. */
export interface RankedBatch {
  pass: number;
  generation: number;
  /** Items of the pass this batch took off the thread's list: ranked, or skipped as the main thread's. */
  consumed: number;
  results: { uri: string; epoch: number; matches: SimilarityMatch[] }[];
}

export const CLAIMED_BY_MAIN = 1;
export const CLAIMED_BY_RANKING_THREAD = 2;
