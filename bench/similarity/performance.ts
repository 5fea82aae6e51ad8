import { performance } from 'node:perf_hooks';
import { SimilarityIndex } from '../../server/src/engine/similarity/similarityIndex';
import type { LessonText } from '../../server/src/engine/similarity/lessonText';
import { DEFAULT_HINT_CONFIDENCE } from '../../server/src/engine/similarity/hintModel';
import { seededRandom, syntheticLessons } from './syntheticLessons';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Wall-clock time, and the CPU time the process spent (which a busy shared machine does not inflate). */
export interface Measured {
  wall: Timing;
  cpu: Timing;
}

export interface PerformanceFigures {
  lessons: number;
  /** Time to index every lesson one upsert at a time, ms. */
  buildMs: number;
  /** queryByKey, top 5, ms. */
  queryByKey: Measured;
  /** queryText of a lesson not in the index (an unsaved document), top 5, ms. */
  queryText: Measured;
  /** upsert replacing an indexed lesson with new text, ms. */
  update: Measured;
  /** upsert of a new key, ms. */
  add: Measured;
  remove: Measured;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, mean: sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1) };
}

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

interface Sample {
  wall: number;
  cpu: number;
}

function sample(action: () => void): Sample {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  action();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function measured(samples: Sample[]): Measured {
  return { wall: timing(samples.map((s) => s.wall)), cpu: timing(samples.map((s) => s.cpu)) };
}

/** Indexes `count` synthetic lessons and times queries and single-lesson changes. */
export function measurePerformance(source: readonly LessonText[], count: number): PerformanceFigures {
  const lessons = syntheticLessons(source, count + 1000, 7);
  const index = new SimilarityIndex();
  const buildMs = time(() => lessons.slice(0, count).forEach((text, i) => index.upsert(`syn-${i}`, text)));
  const random = seededRandom(99);
  const anyKey = (): string => `syn-${Math.floor(random() * count)}`;
  const spare = lessons.slice(count);
  const query = { top: 3, minConfidence: DEFAULT_HINT_CONFIDENCE };

  // Warm up the JIT before measuring.
  for (let i = 0; i < 50; i++) index.queryByKey(anyKey(), query);

  const byKey = Array.from({ length: 1000 }, () => {
    const key = anyKey();
    return sample(() => index.queryByKey(key, query));
  });
  const byText = Array.from({ length: 1000 }, (_, i) => sample(() => index.queryText(spare[i % spare.length]!, query)));
  const update = Array.from({ length: 1000 }, (_, i) => {
    const key = anyKey();
    const text = spare[(i * 7) % spare.length]!;
    return sample(() => index.upsert(key, text));
  });
  const add = Array.from({ length: 500 }, (_, i) => sample(() => index.upsert(`new-${i}`, spare[i % spare.length]!)));
  const remove = Array.from({ length: 500 }, (_, i) => sample(() => index.remove(`new-${i}`)));

  return {
    lessons: count,
    buildMs,
    queryByKey: measured(byKey),
    queryText: measured(byText),
    update: measured(update),
    add: measured(add),
    remove: measured(remove),
  };
}
