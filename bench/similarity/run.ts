// Similarity benchmark: `npm run bench:similarity` (builds first), or after a build
// `npx tsx bench/similarity/run.ts [--no-perf] [--threshold 0.3] [--lessons 10000] [--corpus DIR --labels FILE]`.
// Scores the engine in-process and again through the built `learn-once similar --json`,
// and exits non-zero when the two disagree.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SIMILARITY_THRESHOLD, SimilarityIndex } from '../../server/src/engine/similarity';
import { plainTfIdfScores } from './baseline';
import { loadCorpus, loadLabels } from './corpus';
import { measurePerformance, type Measured } from './performance';
import { hintFigures, rankingFigures, scoreTable } from './qualityMetrics';
import { writeReport, type BenchResult, type CommandLineFigures } from './report';
import { asCommandLineReports, COMMAND_LINE_TOP, differingQueries, figureDisagreements, runSimilarCommand } from './throughCommandLine';

const here = __dirname;
const repoRoot = resolve(here, '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const threshold = Number(option('--threshold') ?? DEFAULT_SIMILARITY_THRESHOLD);
const syntheticCount = Number(option('--lessons') ?? 10_000);
const withPerformance = !args.includes('--no-perf');

const labelsFile = option('--labels') ?? join(here, 'labels.json');
const corpusDir = option('--corpus') ?? join(here, 'corpus');
if (!existsSync(labelsFile) || !existsSync(corpusDir)) {
  console.error(`No labelled corpus yet: expected ${labelsFile} and ${corpusDir}/.`);
  process.exit(1);
}

const labels = loadLabels(labelsFile);
const { lessons, skipped } = loadCorpus(corpusDir);
const index = new SimilarityIndex();
for (const lesson of lessons) index.upsert(lesson.id, lesson.text);

const ids = new Set(lessons.map((l) => l.id));
const labelled = [...labels.pairs, ...labels.hardNegatives].flat();
const missingIds = [...new Set(labelled.filter((id) => !ids.has(id)))];
const present = (pair: [string, string]): boolean => ids.has(pair[0]) && ids.has(pair[1]);
const usable = { pairs: labels.pairs.filter(present), hardNegatives: labels.hardNegatives.filter(present) };

const queries = new Set(usable.pairs.flat().concat(usable.hardNegatives.flat()));
const table = scoreTable(index, queries);
const ranking = rankingFigures(table, usable);
const sweep = Array.from({ length: 51 }, (_, i) => hintFigures(table, usable, Math.round((0.25 + i * 0.005) * 10000) / 10000));
// The same figures for plain TF-IDF cosine, to show what the engine adds.
const baselineTable = plainTfIdfScores(lessons, queries);
const baselineSweep = Array.from({ length: 81 }, (_, i) => hintFigures(baselineTable, usable, Math.round((0.05 + i * 0.005) * 10000) / 10000));
const balanced = (h: { hintPrecision: number; hintRecall: number }): number => Math.min(h.hintPrecision - 0.9, h.hintRecall - 0.8);
const baseline = {
  ranking: rankingFigures(baselineTable, usable),
  best: baselineSweep.reduce((a, b) => (balanced(b) > balanced(a) ? b : a)),
  thresholdsMeetingTargets: baselineSweep.filter((h) => h.hintPrecision >= 0.9 && h.hintRecall >= 0.8).map((h) => h.threshold),
};

// The same figures through the command line, as `learn-once similar --json` reports them.
let cli: ReturnType<typeof runSimilarCommand>;
try {
  cli = runSimilarCommand(repoRoot, resolve(corpusDir));
} catch (error) {
  console.error(`Could not score the engine through the command line: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const cliRanking = rankingFigures(cli.table, usable);
const cliHints = hintFigures(cli.table, usable, threshold);
const reference = asCommandLineReports(table);
const disagreements = figureDisagreements({ ranking: rankingFigures(reference, usable), hints: hintFigures(reference, usable, threshold) }, { ranking: cliRanking, hints: cliHints });
const commandLine: CommandLineFigures = {
  command: cli.command,
  lessons: cli.lessons,
  ranking: { queries: cliRanking.queries, recallAt1: cliRanking.recallAt1, recallAt5: cliRanking.recallAt5, recallAt10: cliRanking.recallAt10, mrr: cliRanking.mrr },
  hints: cliHints,
  agrees: disagreements.length === 0,
  disagreements,
};

const result: BenchResult = {
  date: new Date().toISOString(),
  corpus: { lessons: lessons.length, pairs: usable.pairs.length, hardNegatives: usable.hardNegatives.length, skippedFiles: skipped, missingIds },
  ranking,
  defaultThreshold: threshold,
  hints: hintFigures(table, usable, threshold),
  sweep,
  loadAverage: loadavg(),
  baseline,
  thresholdsMeetingTargets: sweep.filter((h) => h.hintPrecision >= 0.9 && h.hintRecall >= 0.8).map((h) => h.threshold),
  commandLine,
};

const pct = (x: number): string => (100 * x).toFixed(1) + '%';
console.log(`corpus: ${lessons.length} lessons (${skipped.length} files skipped), ${usable.pairs.length} pairs, ${usable.hardNegatives.length} hard negatives`);
if (missingIds.length > 0) console.log(`labelled ids with no lesson: ${missingIds.join(', ')}`);
console.log(`recall@1 ${pct(ranking.recallAt1)}  recall@5 ${pct(ranking.recallAt5)}  recall@10 ${pct(ranking.recallAt10)}  MRR ${ranking.mrr.toFixed(3)}`);
const h = result.hints;
console.log(`threshold ${threshold}: hint precision ${pct(h.hintPrecision)} (${h.truePairHints}/${h.hints})  hint recall ${pct(h.hintRecall)}  hard negatives hinted ${h.hardNegativesHinted}/${usable.hardNegatives.length}`);
console.log('threshold  precision  recall  hints  hardneg');
for (const s of sweep) console.log(`${s.threshold.toFixed(4).padEnd(9)}  ${pct(s.hintPrecision).padStart(9)}  ${pct(s.hintRecall).padStart(6)}  ${String(s.hints).padStart(5)}  ${String(s.hardNegativesHinted).padStart(7)}`);
console.log(`thresholds meeting both hint targets: ${result.thresholdsMeetingTargets.join(', ') || 'none'}`);
console.log(`through the command line (${cli.command}, ${cli.lessons} lessons):`);
console.log(
  `  recall@1 ${pct(cliRanking.recallAt1)}  recall@5 ${pct(cliRanking.recallAt5)}  recall@10 ${pct(cliRanking.recallAt10)}  MRR ${cliRanking.mrr.toFixed(3)}  ` +
    `hint precision ${pct(cliHints.hintPrecision)} (${cliHints.truePairHints}/${cliHints.hints})  hint recall ${pct(cliHints.hintRecall)}`,
);
// Shown, not failed on: an engine whose partner falls below rank 10 is a quality finding, not a disagreement.
const cutOff = figureDisagreements({ ranking, hints: result.hints }, { ranking: rankingFigures(reference, usable), hints: hintFigures(reference, usable, threshold) }, ['whole ranking', `top ${COMMAND_LINE_TOP} at 4 decimals`]);
if (cutOff.length > 0) console.log(`  (the command line's cut-off and rounding alone change: ${cutOff.join('; ')})`);
console.log(disagreements.length === 0 ? '  agrees with the in-process figures' : `  DISAGREES with the in-process figures: ${disagreements.join('; ')}`);
const b = baseline.best;
console.log(
  `plain TF-IDF cosine: recall@1 ${pct(baseline.ranking.recallAt1)} recall@5 ${pct(baseline.ranking.recallAt5)} MRR ${baseline.ranking.mrr.toFixed(3)}; ` +
    `most balanced threshold ${b.threshold}: precision ${pct(b.hintPrecision)} recall ${pct(b.hintRecall)}; thresholds meeting both: ${baseline.thresholdsMeetingTargets.join(', ') || 'none'}`,
);

if (withPerformance) {
  const p = measurePerformance(
    lessons.map((l) => l.text),
    syntheticCount,
    threshold,
  );
  result.performance = p;
  console.log(`${p.lessons} lessons indexed in ${(p.buildMs / 1000).toFixed(2)} s`);
  const line = (name: string, m: Measured): string =>
    `${name.padEnd(11)} wall p50 ${m.wall.p50.toFixed(2)} ms p95 ${m.wall.p95.toFixed(2)} ms max ${m.wall.max.toFixed(2)} ms | CPU p50 ${m.cpu.p50.toFixed(2)} ms p95 ${m.cpu.p95.toFixed(2)} ms`;
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const [name, m] of [
    ['queryByKey', p.queryByKey],
    ['queryText', p.queryText],
    ['update', p.update],
    ['add', p.add],
    ['remove', p.remove],
  ] as const)
    console.log(line(name, m));
  console.log(`save ${p.saveMs.toFixed(0)} ms, restore ${p.restoreMs.toFixed(0)} ms`);
  const queryP95 = Math.max(p.queryByKey.wall.p95, p.queryText.wall.p95);
  console.log(`with ${p.lessons} lessons indexed: query p95 ${queryP95.toFixed(2)} ms, single-lesson update p95 ${p.update.wall.p95.toFixed(2)} ms (wall)`);
}

writeReport(join(here, 'results'), result);
console.log(`wrote ${join('bench', 'similarity', 'results', 'latest.md')} and latest.json`);

if (disagreements.length > 0) {
  console.error('\nThe command line and the in-process engine disagree beyond rounding:');
  for (const line of disagreements) console.error(`  ${line}`);
  console.error('Lessons ranked differently (in-process top 10 at 4 decimals vs command line):');
  const differing = differingQueries(reference, cli.table, queries);
  for (const line of differing.slice(0, 20)) console.error(`  ${line}`);
  if (differing.length > 20) console.error(`  … and ${differing.length - 20} more`);
  process.exit(1);
}
