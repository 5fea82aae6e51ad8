import { DEFAULT_LOCALITIES } from '../../server/src/engine/config/defaultLocalities';
import type { Locality } from '../../server/src/engine/config/workspaceConfig';
import { STAGES, type Stage } from '../../shared/stages';
import { composeContent } from './composeContent';
import { lessonDate } from './dates';
import type { LessonContent } from './lessonContent';
import { paraphrase } from './paraphrase';
import { THEMES } from './prose';
import { Random } from './random';
import { renderLesson } from './renderLesson';
import { quoteIfNeeded } from './yamlText';

/** Bump whenever the output for a given seed and count changes, so cached corpora are rebuilt. */
export const CORPUS_GENERATOR_VERSION = 7;

export interface CorpusOptions {
  /** How many lesson files. */
  count: number;
  seed?: number;
  /** Share of lessons that restate an earlier lesson in other words (default 5%). */
  paraphraseRate?: number;
  /** Share of lessons with a schema or YAML problem (default 3%). */
  brokenRate?: number;
}

export type GeneratedKind = 'lesson' | 'paraphrase' | 'broken';

export interface GeneratedLesson {
  id: string;
  /** Path relative to the corpus root, with forward slashes: `<locality-folder>/<id>.lesson.yaml`. */
  relativePath: string;
  text: string;
  kind: GeneratedKind;
  /** For a paraphrase: the id of the lesson it restates. */
  paraphraseOf?: string;
  /** For a broken lesson: which problem it was given. */
  breakage?: Breakage;
}

export const DEFAULT_SEED = 20250314;

/** Relative sizes of the localities: some catalogues are bigger than others. */
const LOCALITY_WEIGHTS: Readonly<Record<string, number>> = {
  GM: 12,
  OL: 14,
  YH: 10,
  LD: 7,
  WX: 8,
  CHIE: 6,
  DC: 6,
  TVS: 8,
  OX: 5,
  CMS: 9,
  LSC: 7,
  GN: 8,
  CC: 5,
};

const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['captured', 35],
  ['collated', 20],
  ['organised', 15],
  ['curated', 18],
  ['communicated', 12],
];

const BREAKAGES = [
  'stage-typo',
  'missing-field',
  'date-format',
  'unknown-field',
  'topics-not-list',
  'yaml-syntax',
  'duplicate-key',
  'unknown-locality',
  'missing-summary',
  'unknown-reference',
] as const;
export type Breakage = (typeof BREAKAGES)[number];

/** Lessons kept for paraphrasing: recent enough to bound memory at any corpus size. */
const PARAPHRASE_POOL = 2000;

/**
 * Lessons of a national catalogue, the same on every run for a seed: prose recombined
 * from sentence templates and varied details, in three styles (rough notes, a few
 * sentences per question, long write-ups) so file sizes spread as real ones do; stages and
 * dates spread out, references and adoptions of earlier lessons, a share restated in other
 * words by another locality, and a share with a problem a checker must report.
 */
export function* generateLessons(options: CorpusOptions): Generator<GeneratedLesson> {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const paraphraseRate = options.paraphraseRate ?? 0.05;
  const brokenRate = options.brokenRate ?? 0.03;
  const counters = new Map<string, number>();
  // Lessons others may refer to: only readable ones, so a reference never points at a lesson whose id cannot be read.
  const earlier = { ids: [] as string[], dates: [] as string[] };
  const pool: { id: string; prefix: string; content: LessonContent }[] = [];

  for (let n = 0; n < options.count; n++) {
    const original = pool.length > 0 && random.chance(paraphraseRate) ? random.pick(pool) : undefined;
    const locality = pickLocality(random, original?.prefix);
    const number = (counters.get(locality.prefix) ?? 0) + 1;
    counters.set(locality.prefix, number);
    const id = `${locality.prefix}-${String(number).padStart(4, '0')}`;
    const content = original ? paraphrase(random, original.content) : composeContent(random);
    // Rough notes are rarely past collating; nobody curates a lesson left as notes.
    const stage = content.style === 'draft' ? (random.chance(0.8) ? 'captured' : 'collated') : pickStage(random);
    const date = lessonDate(random, n, options.count);
    const breakage = !original && random.chance(brokenRate) ? random.pick(BREAKAGES) : undefined;
    const text = renderLesson(random, { id, locality, stage, date, content, earlier, breakage });
    yield {
      id,
      relativePath: `${locality.folder}/${id}.lesson.yaml`,
      text,
      kind: original ? 'paraphrase' : breakage ? 'broken' : 'lesson',
      paraphraseOf: original?.id,
      breakage,
    };
    if (!breakage) {
      earlier.ids.push(id);
      earlier.dates.push(date);
    }
    if (!original && !breakage) {
      if (pool.length < PARAPHRASE_POOL) pool.push({ id, prefix: locality.prefix, content });
      else pool[random.int(0, PARAPHRASE_POOL - 1)] = { id, prefix: locality.prefix, content };
    }
  }
}

export function generateCorpus(options: CorpusOptions): GeneratedLesson[] {
  return [...generateLessons(options)];
}

/** The corpus's learn-once.yaml: the built-in localities, a topic vocabulary and a thesaurus. */
export function corpusConfigText(): string {
  const lines = ['# Generated national catalogue of lessons learned.', 'localities:'];
  for (const locality of DEFAULT_LOCALITIES) {
    lines.push(`  - name: ${quoteIfNeeded(locality.name)}`, `    prefix: ${locality.prefix}`);
    if (locality.aliases && locality.aliases.length > 0) lines.push(`    aliases: [${locality.aliases.map(quoteIfNeeded).join(', ')}]`);
    lines.push(`    folder: ${locality.folder}`);
  }
  const topics = [...new Set(THEMES.flatMap((theme) => theme.topics))].sort();
  lines.push('topics:', ...topics.map((topic) => `  - ${topic}`));
  lines.push('similarity:', '  thesaurus:', '    - [interface engine, integration engine, integration platform]', '    - [launch, go-live]');
  return `${lines.join('\n')}\n`;
}

function pickLocality(random: Random, notPrefix: string | undefined): Locality {
  const candidates = DEFAULT_LOCALITIES.filter((locality) => locality.prefix !== notPrefix);
  const total = candidates.reduce((sum, locality) => sum + (LOCALITY_WEIGHTS[locality.prefix] ?? 1), 0);
  let roll = random.next() * total;
  for (const locality of candidates) {
    roll -= LOCALITY_WEIGHTS[locality.prefix] ?? 1;
    if (roll < 0) return locality;
  }
  return candidates[candidates.length - 1]!;
}

function pickStage(random: Random): Stage {
  let roll = random.next() * 100;
  for (const [stage, weight] of STAGE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return stage;
  }
  return STAGES[0];
}
