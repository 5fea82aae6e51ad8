import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_SEED } from '../corpus/generateCorpus';
import { ensureCorpus } from '../corpus/writeCorpus';
import { loadCorpus, loadLabels, type CorpusLesson, type Labels } from './corpus';
import { sameLessonRelation, type Split } from './hintQuality';

/** A labelled workspace and the splits it is scored on. */
export interface EvaluationCorpus {
  name: string;
  /** What the corpus is for: fitting the hint model, or only measuring it. */
  description: string;
  dir: string;
  lessons: CorpusLesson[];
  labels: Labels;
  splits: Split[];
  sameLesson: (a: string, b: string) => boolean;
}

const here = __dirname;

/** bench/similarity/corpus: the first labelled corpus, which the engine was built on. All of it is tuning data. */
export function seedCorpus(): EvaluationCorpus {
  const dir = join(here, 'corpus');
  const { lessons } = loadCorpus(dir);
  const labels = loadLabels(join(here, 'labels.json'));
  return {
    name: 'seed',
    description: 'bench/similarity/corpus: the corpus the engine and its thesaurus were first tuned on (tuning only)',
    dir,
    lessons,
    labels,
    splits: [{ name: 'tuning', lessons: new Set(lessons.map((lesson) => lesson.id)) }],
    sameLesson: sameLessonRelation(labels.pairs),
  };
}

interface BlindSplitFile {
  tune: string[];
  test: string[];
}

/**
 * bench/similarity/blind: written by writers who never saw the engine, one folder per
 * writer. split.json assigns whole writers to tuning or test, fixed before any tuning.
 */
export function blindCorpus(): EvaluationCorpus {
  const root = join(here, 'blind');
  const dir = join(root, 'corpus');
  const { lessons } = loadCorpus(dir);
  const labels = loadLabels(join(root, 'labels.json'));
  const split = JSON.parse(readFileSync(join(root, 'split.json'), 'utf8')) as BlindSplitFile;
  const writerOf = (lesson: CorpusLesson): string => basename(dirname(lesson.file));
  const part = (name: string, writers: readonly string[]): Split => ({
    name,
    lessons: new Set(lessons.filter((lesson) => writers.includes(writerOf(lesson))).map((lesson) => lesson.id)),
  });
  return {
    name: 'blind',
    description: 'bench/similarity/blind: written blind; tuning split fitted on, test split frozen and only measured',
    dir,
    lessons,
    labels,
    splits: [part('tuning', split.tune), part('test', split.test)],
    sameLesson: sameLessonRelation(labels.pairs),
  };
}

/**
 * A generated national catalogue (bench/corpus) with its planted paraphrases as labels:
 * templated, repetitive prose, where a raw score threshold hints nearly every lesson.
 */
export async function generatedCorpus(count: number, seed = DEFAULT_SEED): Promise<EvaluationCorpus> {
  const dir = resolve(here, '..', '.corpus', seed === DEFAULT_SEED ? String(count) : `${count}-seed${seed}`);
  const { manifest } = await ensureCorpus(dir, { count, seed });
  const { lessons } = loadCorpus(dir);
  // Broken lessons may repeat an id; the first of each id is kept so keys stay unique.
  const seen = new Set<string>();
  const unique = lessons.filter((lesson) => !seen.has(lesson.id) && seen.add(lesson.id));
  const pairs = manifest.paraphrases.map((p): [string, string] => [p.id, p.of]);
  return {
    name: `generated ${count}${seed === DEFAULT_SEED ? '' : ` (seed ${seed})`}`,
    description: `bench/corpus generator, ${count} lessons, ${manifest.paraphrases.length} planted paraphrases (relative path ${relative(resolve(here, '..', '..'), dir)})`,
    dir,
    lessons: unique,
    labels: { pairs, hardNegatives: [] },
    splits: [{ name: 'all', lessons: new Set(unique.map((lesson) => lesson.id)) }],
    sameLesson: sameLessonRelation(pairs),
  };
}

export function hasBlindCorpus(): boolean {
  return existsSync(join(here, 'blind', 'split.json'));
}
