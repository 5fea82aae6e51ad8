import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { describeMatches, findSimilarLessons, type EngineQuery, type SimilarLesson, type SimilarQuery } from '../engine/similarity/findSimilarLessons';
import type { LessonIndex } from '../engine/index/LessonIndex';
import type { SimilarityMatch } from '../engine/similarity/lessonText';
import type { SimilarityChange } from '../engine/similarity/similarityChange';
import type { SimilarityIndex } from '../engine/similarity/similarityIndex';
import { CLAIMED_BY_MAIN, type RankedBatch, type RankingRequest, type RankingThreadData, type RankItem } from './rankingProtocol';

/** Turns the ranking thread off (`0`), e.g. to compare in a benchmark. */
export const RANKING_THREAD_ENV = 'LEARN_ONCE_RANKING_THREAD';

/**
 * Below this many lessons the pass is short and the thread's start and replica do not pay:
 * at 1,000 lessons, six alternating cold starts, every hint was known 0.47 s after the
 * progress end with it and 0.48 s without; at 3,000, five pairs, 1.10 s against 1.24 s.
 */
export const RANKING_THREAD_MIN_LESSONS = 2500;
/**
 * Above this many, the replica's memory is not worth the time: it costs about 5.5 KB a lesson
 * (at 100,000 lessons the server's peak went from about 1.05 to 1.6 GB, for a pass of 49 s
 * instead of 80), and the server keeps within 1.5 GB at 100,000 lessons without it.
 */
export const RANKING_THREAD_MAX_LESSONS = 50_000;

/** Lessons sent to the thread at a time, and how many may wait there: enough that it never runs dry between turns. */
const SEND_BATCH = 32;
const KEEP_WAITING = 96;
/** Changes sent in one message at most; fewer are sent at the next turn of the event loop. */
const CHANGES_PER_MESSAGE = 512;

/** The query for one lesson of a pass, or undefined for a lesson that gets no hint (the thread skips it). */
export type RankItemFor = (uri: string) => EngineQuery | undefined;

/**
 * A hint pass on two threads. The ranking thread holds a replica of the similarity engine,
 * sent every change as it happens, and ranks the pass's lessons from its end while this
 * thread ranks from its start; each lesson is claimed by one thread only. A result is used
 * only if the engine has not changed since it was ranked (same generation), so every hint
 * is exactly what this thread would have ranked; anything else is ranked here.
 */
export class RankingAhead {
  private pending: SimilarityChange[] = [];
  private flushQueued = false;
  private closed = false;
  private pass = 0;
  private uris: readonly string[] = [];
  private positions = new Map<string, number>();
  private claims: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private nextFromEnd = -1;
  private itemFor: RankItemFor = () => undefined;
  private waiting = 0;
  /** Counts changes to the index: a query made before one may have left out other lessons or had other settings. */
  private epoch = 0;
  /** The engine's generation when the replica (generation 0) was made: the same state is `offset` further on here. */
  private readonly offset: number;
  /** Results of the thread's that were used. */
  private used = 0;
  private readonly results = new Map<string, { generation: number; epoch: number; matches: SimilarityMatch[] }>();

  private constructor(
    private readonly worker: Worker,
    private readonly replies: MessagePort,
    private readonly similarity: SimilarityIndex,
  ) {
    this.offset = similarity.generation;
    similarity.onChange((change) => this.changed(change));
  }

  /**
   * Starts the thread to follow `similarity`, which must be pristine (the replica follows it
   * from there); undefined when it cannot be (no script, turned off, a start that failed).
   */
  static start(script: string | undefined, similarity: SimilarityIndex): RankingAhead | undefined {
    if (!script || process.env[RANKING_THREAD_ENV] === '0' || !similarity.pristine || !existsSync(script)) return undefined;
    try {
      const channel = new MessageChannel();
      const workerData: RankingThreadData = { results: channel.port2 };
      const worker = new Worker(script, { workerData, transferList: [channel.port2] });
      worker.unref();
      const ahead = new RankingAhead(worker, channel.port1, similarity);
      // A failed thread only means every lesson is ranked here.
      worker.on('error', () => void ahead.close());
      return ahead;
    } catch {
      return undefined;
    }
  }

  get running(): boolean {
    return !this.closed;
  }

  /** Lessons whose matches were taken from the thread. */
  get resultsUsed(): number {
    return this.used;
  }

  /** Lessons the thread has ranked whose results have not been taken yet. */
  get resultsWaiting(): number {
    if (!this.closed) this.receive();
    return this.results.size;
  }

  /** A pass over `uris` begins: the thread takes them from the end, as `itemFor` asks for each. */
  startPass(uris: readonly string[], itemFor: RankItemFor): void {
    if (this.closed) return;
    this.flush();
    this.pass++;
    this.uris = uris;
    this.itemFor = itemFor;
    this.positions = new Map(uris.map((uri, position) => [uri, position]));
    const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * uris.length);
    this.claims = new Int32Array(claims);
    this.nextFromEnd = uris.length - 1;
    this.results.clear();
    this.waiting = 0;
    this.post({ kind: 'pass', pass: this.pass, claims });
    this.sendMore();
  }

  /**
   * This thread is about to rank `uri`: the thread's matches if it ranked the lesson for the
   * engine and the index as they are now; otherwise undefined, and the lesson is claimed here.
   */
  take(uri: string): SimilarityMatch[] | undefined {
    if (this.closed) return undefined;
    this.receive();
    const result = this.results.get(uri);
    if (result) {
      this.results.delete(uri);
      if (result.generation + this.offset === this.similarity.generation && result.epoch === this.epoch) {
        this.used++;
        return result.matches;
      }
    }
    const position = this.positions.get(uri);
    if (position !== undefined) Atomics.compareExchange(this.claims, position, 0, CLAIMED_BY_MAIN);
    return undefined;
  }

  /**
   * After any change to the index or the settings: results ranked before it are not used. A
   * change to the engine alone would show in its generation, but not one to the links between
   * lessons (which lessons a query leaves out) or to the hint settings.
   */
  indexChanged(): void {
    this.epoch++;
    this.results.clear();
  }

  /** Stops the thread; the engine is no longer followed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.similarity.onChange(undefined);
    this.results.clear();
    this.replies.close();
    await this.worker.terminate().catch(() => undefined);
  }

  private changed(change: SimilarityChange): void {
    this.pending.push(change);
    if (this.pending.length >= CHANGES_PER_MESSAGE) this.flush();
    else if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.pending.length === 0) return;
    this.post({ kind: 'changes', changes: this.pending });
    this.pending = [];
  }

  private receive(): void {
    for (let received = receiveMessageOnPort(this.replies); received; received = receiveMessageOnPort(this.replies)) {
      const batch = received.message as RankedBatch;
      if (batch.pass !== this.pass) continue;
      this.waiting -= batch.consumed;
      for (const { uri, epoch, matches } of batch.results) this.results.set(uri, { generation: batch.generation, epoch, matches });
    }
    this.sendMore();
  }

  /** Tops up the thread's list from the end of the pass, leaving out what this thread has claimed. */
  private sendMore(): void {
    while (this.waiting < KEEP_WAITING && this.nextFromEnd >= 0) {
      const items: RankItem[] = [];
      while (items.length < SEND_BATCH && this.nextFromEnd >= 0) {
        const position = this.nextFromEnd--;
        if (Atomics.load(this.claims, position) !== 0) continue;
        const uri = this.uris[position]!;
        const query = this.itemFor(uri);
        if (query) items.push({ ...query, position, uri, epoch: this.epoch });
      }
      if (items.length === 0) continue;
      this.waiting += items.length;
      this.post({ kind: 'rank', pass: this.pass, items });
    }
  }

  private post(request: RankingRequest): void {
    if (!this.closed) this.worker.postMessage(request);
  }
}

/** The ranking thread for a pass over `lessons` lessons, where it pays: two cores or more and a large workspace, but not a huge one. */
export function startRankingAhead(script: string | undefined, similarity: SimilarityIndex, lessons: number): RankingAhead | undefined {
  const pays = lessons >= RANKING_THREAD_MIN_LESSONS && lessons <= RANKING_THREAD_MAX_LESSONS && availableParallelism() >= 2;
  return pays ? RankingAhead.start(script, similarity) : undefined;
}

/** findSimilarLessons for an indexed lesson, with the ranking thread's matches when it has them for the engine and index as they are now. */
export function findSimilarLessonsAhead(
  ranking: RankingAhead | undefined,
  index: LessonIndex,
  similarity: SimilarityIndex,
  uri: string,
  query: SimilarQuery,
): SimilarLesson[] {
  const ranked = ranking?.take(uri);
  return ranked ? describeMatches(index, ranked) : findSimilarLessons(index, similarity, uri, query);
}
