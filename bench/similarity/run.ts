// Similarity benchmark: `npm run bench:similarity` (builds first), or after a build
// `npx tsx bench/similarity/run.ts [--no-perf] [--generated 10000]`.
// Scores the similar-lesson hint, as the editor decides it, on every labelled corpus:
// the seed corpus and the blind corpus's tuning split (which the hint model was fitted
// on) and the blind corpus's frozen test split (which it never saw), plus a generated
// national catalogue of templated prose. Checks that `learn-once similar --hints --json`
// gives exactly the same hints, and exits non-zero when it does not.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { SimilarityIndex } from '../../server/src/engine/similarity/similarityIndex';
import { CALIBRATED_HINTS, DEFAULT_HINT_SETTINGS, hintRule, type HintRule } from '../../server/src/engine/similarity/similarHints';
import { plainTfIdfScores } from './baseline';
import { blindCorpus, generatedCorpus, seedCorpus, type EvaluationCorpus } from './corpora';
import { hintFigures, hintsOf, labelsIn, matchTable, rankingFigures, type HintFigures, type MatchTable, type RankingFigures } from './hintQuality';
import { measurePerformance, type PerformanceFigures } from './performance';
import { writeResults, type SplitResult, type SimilarityBenchResult } from './results';
import { runSimilarCommand } from './throughCommandLine';
import { loadWorkspace } from '../../server/src/cli/loadWorkspace';
import { loadProblemQueries } from './problemQueries';
import { searchFigures, type SearchSplitFigures } from './searchQuality';

const here = __dirname;
const repoRoot = resolve(here, '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const generatedCount = Number(option('--generated') ?? 10_000);
const withPerformance = !args.includes('--no-perf');
/** The generated catalogue is drawn with a seed the hint model was not fitted with. */
const GENERATED_SEED = 7;
const maxResults = DEFAULT_HINT_SETTINGS.maxResults;

const CONFIDENCE_SWEEP = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8];
const SCORE_SWEEP = Array.from({ length: 15 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);
const ruleName = (rule: HintRule): string => (rule.kind === 'fixed' ? `score ≥ ${rule.minScore}` : `confidence ≥ ${rule.minConfidence}`);

function indexOf(corpus: EvaluationCorpus): SimilarityIndex {
  const index = new SimilarityIndex();
  for (const lesson of corpus.lessons) index.upsert(lesson.id, lesson.text);
  return index;
}

function evaluate(corpus: EvaluationCorpus, table: MatchTable, withBaseline: boolean): SplitResult[] {
  const results: SplitResult[] = [];
  const baselineTable = withBaseline
    ? plainTfIdfScores(
        corpus.lessons,
        corpus.lessons.map((lesson) => lesson.id),
      )
    : undefined;
  for (const split of corpus.splits) {
    const labels = labelsIn(corpus.labels, split);
    const figuresAt = (rule: HintRule): HintFigures => hintFigures(hintsOf(table, rule, maxResults), labels, split, corpus.sameLesson, ruleName(rule));
    const result: SplitResult = {
      corpus: corpus.name,
      split: split.name,
      lessons: split.lessons.size,
      pairs: labels.pairs.length,
      hardNegatives: labels.hardNegatives.length,
      ranking: rankingFigures(table, labels),
      hints: figuresAt(CALIBRATED_HINTS),
      confidenceSweep: CONFIDENCE_SWEEP.map((minConfidence) => figuresAt({ kind: 'calibrated', minConfidence })),
      scoreSweep: SCORE_SWEEP.map((minScore) => figuresAt(hintRule(minScore))),
    };
    if (baselineTable) {
      const ranking: RankingFigures = rankingFigures(baselineTable, labels);
      const fixed = SCORE_SWEEP.concat([0.3, 0.35, 0.4, 0.45, 0.5]).map((minScore) => {
        const hints = new Map<string, string[]>();
        for (const id of split.lessons)
          hints.set(
            id,
            (baselineTable.get(id) ?? [])
              .filter((m) => m.score >= minScore)
              .slice(0, maxResults)
              .map((m) => m.key),
          );
        return hintFigures(hints, labels, split, corpus.sameLesson, `plain TF-IDF ≥ ${minScore}`);
      });
      result.baseline = { ranking, best: fixed.reduce((a, b) => (balance(b) > balance(a) ? b : a)) };
    }
    results.push(result);
  }
  return results;
}

/** How close a point comes to both targets (precision 0.9, recall 0.8): the smaller margin. */
function balance(h: HintFigures): number {
  return Math.min(h.precision - 0.9, h.recall - 0.8);
}

/** The hints of `learn-once similar --hints --json` must be the in-process hints, lesson for lesson. */
function commandLineHintsDiffer(corpus: EvaluationCorpus, table: MatchTable): string[] {
  const run = runSimilarCommand(repoRoot, corpus.dir, 'hints');
  const expected = hintsOf(table, CALIBRATED_HINTS, maxResults);
  const lines: string[] = [];
  for (const [id, hinted] of expected) {
    const got = (run.table.get(id) ?? []).map((m) => m.key);
    if (got.join(',') !== hinted.join(',')) lines.push(`${id}: in-process [${hinted.join(', ')}] | command line [${got.join(', ')}]`);
  }
  if (run.table.size !== expected.size) lines.push(`command line listed ${run.table.size} lessons, in-process ${expected.size}`);
  return lines;
}

/** The blind problem queries through the engine's search, loaded as `learn-once search` loads a workspace. */
async function searchQuality(dir: string): Promise<SearchSplitFigures[]> {
  const { workspace } = await loadWorkspace([dir], repoRoot, { similarity: true });
  const { queries, split } = loadProblemQueries();
  return [searchFigures(workspace, queries, 'tune', split.tune), searchFigures(workspace, queries, 'test', split.test)];
}

async function main(): Promise<number> {
  const started = Date.now();
  const corpora = [seedCorpus(), blindCorpus()];
  const splits: SplitResult[] = [];
  const tables = new Map<string, MatchTable>();
  for (const corpus of corpora) {
    const table = matchTable(
      indexOf(corpus),
      corpus.lessons.map((lesson) => lesson.id),
    );
    tables.set(corpus.name, table);
    splits.push(...evaluate(corpus, table, true));
  }
  const generated = await generatedCorpus(generatedCount, GENERATED_SEED);
  const generatedIndex = indexOf(generated);
  const cpuBefore = process.cpuUsage();
  const passStarted = performance.now();
  const generatedTable = matchTable(
    generatedIndex,
    generated.lessons.map((lesson) => lesson.id),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const fullPass = { lessons: generated.lessons.length, wallMs: performance.now() - passStarted, cpuMs: (cpu.user + cpu.system) / 1000 };
  splits.push(...evaluate(generated, generatedTable, false));

  const blind = corpora[1]!;
  const commandLine = commandLineHintsDiffer(blind, tables.get(blind.name)!);
  const search = await searchQuality(blind.dir);
  let performanceFigures: PerformanceFigures | undefined;
  if (withPerformance)
    performanceFigures = measurePerformance(
      corpora[0]!.lessons.map((lesson) => lesson.text),
      10_000,
    );

  const result: SimilarityBenchResult = {
    date: new Date().toISOString(),
    loadAverage: loadavg(),
    rule: ruleName(CALIBRATED_HINTS),
    maxResults,
    corpora: [...corpora, generated].map((corpus) => ({
      name: corpus.name,
      description: corpus.description,
      lessons: corpus.lessons.length,
      pairs: corpus.labels.pairs.length,
      hardNegatives: corpus.labels.hardNegatives.length,
    })),
    splits,
    fullHintPass: fullPass,
    commandLine: {
      command: 'node dist/cli.js similar --hints --json bench/similarity/blind/corpus',
      agrees: commandLine.length === 0,
      differences: commandLine.slice(0, 20),
    },
    search,
    performance: performanceFigures,
  };
  const text = writeResults(join(here, 'results'), result);
  console.log(text);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s) wrote bench/similarity/results/latest.md and latest.json`);
  if (commandLine.length > 0) {
    console.error('\n`learn-once similar --hints` and the in-process hints differ:');
    for (const line of commandLine.slice(0, 20)) console.error(`  ${line}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
