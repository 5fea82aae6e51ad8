import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measured, PerformanceFigures } from './performance';
import type { HintFigures, RankingFigures } from './qualityMetrics';

export interface BenchResult {
  date: string;
  corpus: { lessons: number; pairs: number; hardNegatives: number; skippedFiles: string[]; missingIds: string[] };
  ranking: RankingFigures;
  defaultThreshold: number;
  hints: HintFigures;
  sweep: HintFigures[];
  /** Thresholds (from the sweep) meeting hint precision ≥ 0.9 and hint recall ≥ 0.8 together. */
  thresholdsMeetingTargets: number[];
  performance?: PerformanceFigures;
  /** Plain TF-IDF cosine on the same corpus, for comparison. */
  baseline: { ranking: RankingFigures; best: HintFigures; thresholdsMeetingTargets: number[] };
  /** Load average when the run started: a busy machine inflates wall-clock times. */
  loadAverage: number[];
  /** The same figures from the built `learn-once similar --json` output. */
  commandLine: CommandLineFigures;
}

export interface CommandLineFigures {
  command: string;
  /** Lessons the command line ranked. */
  lessons: number;
  ranking: Pick<RankingFigures, 'queries' | 'recallAt1' | 'recallAt5' | 'recallAt10' | 'mrr'>;
  hints: HintFigures;
  /** Whether they match the in-process figures, once cut to the same top 10 and rounded alike. */
  agrees: boolean;
  disagreements: string[];
}

const TARGETS = { recallAt1: 0.9, recallAt5: 0.97, hintPrecision: 0.9, hintRecall: 0.8, queryP95Ms: 5, updateMs: 2 };

const pct = (x: number): string => (100 * x).toFixed(1) + '%';
const ms = (x: number): string => x.toFixed(2) + ' ms';
const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
const timingRow = (name: string, m: Measured): string =>
  `| ${name} | ${ms(m.wall.p50)} | ${ms(m.wall.p95)} | ${ms(m.wall.max)} | ${ms(m.cpu.p50)} | ${ms(m.cpu.p95)} |`;

export function markdownReport(r: BenchResult): string {
  const lines: string[] = [];
  lines.push('# Similarity benchmark', '');
  lines.push(`Run ${r.date}. Corpus: ${r.corpus.lessons} lessons, ${r.corpus.pairs} paraphrase pairs, ${r.corpus.hardNegatives} hard negatives.`);
  if (r.corpus.skippedFiles.length > 0) lines.push(`Skipped (did not parse or had no id): ${r.corpus.skippedFiles.length} files.`);
  if (r.corpus.missingIds.length > 0) lines.push(`Labelled ids with no lesson: ${r.corpus.missingIds.join(', ')}.`);
  lines.push('', '## Ranking (each side of each pair as the query, over the whole corpus)', '');
  lines.push('| figure | value | target |', '|---|---|---|');
  lines.push(`| recall@1 | ${pct(r.ranking.recallAt1)} | ≥ ${pct(TARGETS.recallAt1)} (${mark(r.ranking.recallAt1 >= TARGETS.recallAt1)}) |`);
  lines.push(`| recall@5 | ${pct(r.ranking.recallAt5)} | ≥ ${pct(TARGETS.recallAt5)} (${mark(r.ranking.recallAt5 >= TARGETS.recallAt5)}) |`);
  lines.push(`| recall@10 | ${pct(r.ranking.recallAt10)} | |`);
  lines.push(`| MRR | ${r.ranking.mrr.toFixed(3)} | |`);
  lines.push('', `## Hints at the default threshold ${r.defaultThreshold}`, '');
  lines.push(
    'Hint recall: share of pair queries (both directions) whose partner scores at or above the threshold. ' +
      'Hint precision: of every (query, lesson scoring at or above the threshold) over the lessons in pairs and hard negatives, the share that are labelled pairs.',
    '',
  );
  lines.push('| figure | value | target |', '|---|---|---|');
  lines.push(`| hint precision | ${pct(r.hints.hintPrecision)} (${r.hints.truePairHints}/${r.hints.hints}) | ≥ 90% (${mark(r.hints.hintPrecision >= TARGETS.hintPrecision)}) |`);
  lines.push(`| hint recall | ${pct(r.hints.hintRecall)} | ≥ 80% (${mark(r.hints.hintRecall >= TARGETS.hintRecall)}) |`);
  lines.push(`| hard negatives hinted | ${r.hints.hardNegativesHinted} of ${r.corpus.hardNegatives} (${r.hints.hardNegativeDirectionsHinted} directions) | |`);
  const b = r.baseline;
  lines.push(
    '',
    '## Compared with plain TF-IDF cosine',
    '',
    'Same stemming and stop words; no thesaurus, no field weights, cosine only.',
    '',
    '| | engine | plain TF-IDF |',
    '|---|---|---|',
    `| recall@1 | ${pct(r.ranking.recallAt1)} | ${pct(b.ranking.recallAt1)} |`,
    `| recall@5 | ${pct(r.ranking.recallAt5)} | ${pct(b.ranking.recallAt5)} |`,
    `| MRR | ${r.ranking.mrr.toFixed(3)} | ${b.ranking.mrr.toFixed(3)} |`,
    `| hint precision / recall | ${pct(r.hints.hintPrecision)} / ${pct(r.hints.hintRecall)} at ${r.defaultThreshold} | ${pct(b.best.hintPrecision)} / ${pct(b.best.hintRecall)} at its most balanced threshold ${b.best.threshold} |`,
    `| thresholds meeting both hint targets | ${r.thresholdsMeetingTargets.length > 0 ? `${r.thresholdsMeetingTargets[0]!.toFixed(3)}–${r.thresholdsMeetingTargets[r.thresholdsMeetingTargets.length - 1]!.toFixed(3)}` : 'none'} | ${b.thresholdsMeetingTargets.length > 0 ? b.thresholdsMeetingTargets.join(', ') : 'none'} |`,
  );
  const c = r.commandLine;
  lines.push(
    '',
    '## Through the command line',
    '',
    `The same figures from \`${c.command}\` (${c.lessons} lessons ranked), read from its JSON output.`,
    '',
    '| | in-process | command line |',
    '|---|---|---|',
    `| recall@1 | ${pct(r.ranking.recallAt1)} | ${pct(c.ranking.recallAt1)} |`,
    `| recall@5 | ${pct(r.ranking.recallAt5)} | ${pct(c.ranking.recallAt5)} |`,
    `| recall@10 | ${pct(r.ranking.recallAt10)} | ${pct(c.ranking.recallAt10)} |`,
    `| MRR | ${r.ranking.mrr.toFixed(3)} | ${c.ranking.mrr.toFixed(3)} |`,
    `| hint precision at ${r.defaultThreshold} | ${pct(r.hints.hintPrecision)} (${r.hints.truePairHints}/${r.hints.hints}) | ${pct(c.hints.hintPrecision)} (${c.hints.truePairHints}/${c.hints.hints}) |`,
    `| hint recall at ${r.defaultThreshold} | ${pct(r.hints.hintRecall)} | ${pct(c.hints.hintRecall)} |`,
    '',
    c.agrees
      ? 'They agree: the command line reports the engine exactly (compared on the top 10 with scores rounded to 4 decimals, which is what the command line prints).'
      : `They DISAGREE: ${c.disagreements.join('; ')}.`,
  );
  lines.push('', '## Threshold sweep', '', '| threshold | precision | recall | hints | hard negatives hinted |', '|---|---|---|---|---|');
  for (const h of r.sweep) lines.push(`| ${h.threshold.toFixed(3)} | ${pct(h.hintPrecision)} | ${pct(h.hintRecall)} | ${h.hints} | ${h.hardNegativesHinted} |`);
  lines.push('', `Thresholds meeting both hint targets: ${r.thresholdsMeetingTargets.length > 0 ? r.thresholdsMeetingTargets.map((t) => t.toFixed(3)).join(', ') : 'none'}.`);
  if (r.performance) {
    const p = r.performance;
    lines.push('', `## Performance with ${p.lessons} synthetic lessons`, '');
    lines.push(`Load average at the start of the run: ${r.loadAverage.map((x) => x.toFixed(2)).join(', ')} (this machine has few cores, shared with other work).`, '');
    lines.push(`Indexing them one upsert at a time took ${(p.buildMs / 1000).toFixed(2)} s. Save (toJSON) ${ms(p.saveMs)}, restore (fromJSON) ${ms(p.restoreMs)}.`, '');
    lines.push(
      'Wall-clock times include waiting for the CPU when the machine is shared; CPU time is what the engine itself spent.',
      '',
      '| operation | wall p50 | wall p95 | wall max | CPU p50 | CPU p95 |',
      '|---|---|---|---|---|---|',
    );
    lines.push(timingRow('queryByKey (top 5)', p.queryByKey));
    lines.push(timingRow('queryText (top 5)', p.queryText));
    lines.push(timingRow('update (upsert, existing key)', p.update));
    lines.push(timingRow('add (upsert, new key)', p.add));
    lines.push(timingRow('remove', p.remove));
    const queryP95 = Math.max(p.queryByKey.wall.p95, p.queryText.wall.p95);
    lines.push('', `With ${p.lessons} lessons indexed: query p95 ${ms(queryP95)} (wall), single-lesson update p95 ${ms(p.update.wall.p95)} (wall).`);
    lines.push('', `Query p95 target ≤ 5 ms (wall): ${mark(queryP95 <= TARGETS.queryP95Ms)}. Update target ≤ 2 ms (wall p95): ${mark(p.update.wall.p95 <= TARGETS.updateMs)}.`);
  }
  if (r.ranking.misses.length > 0) {
    lines.push('', '## Pair queries whose partner was not first', '', '| query | partner | rank |', '|---|---|---|');
    for (const m of r.ranking.misses) lines.push(`| ${m.query} | ${m.partner} | ${m.rank === 0 ? 'not found' : m.rank} |`);
  }
  return lines.join('\n') + '\n';
}

export function writeReport(dir: string, result: BenchResult): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(dir, 'latest.md'), markdownReport(result));
}
