import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HintFigures, RankingFigures } from './hintQuality';
import type { Measured, PerformanceFigures } from './performance';
import type { SearchSplitFigures } from './searchQuality';

export interface SplitResult {
  corpus: string;
  split: string;
  lessons: number;
  pairs: number;
  hardNegatives: number;
  ranking: RankingFigures;
  /** At the default rule, as the editor hints. */
  hints: HintFigures;
  confidenceSweep: HintFigures[];
  /** Fixed score thresholds, as the hint was decided before calibration, for comparison. */
  scoreSweep: HintFigures[];
  /** Plain TF-IDF cosine on the same split: its ranking and its best fixed threshold. */
  baseline?: { ranking: RankingFigures; best: HintFigures };
}

export interface SimilarityBenchResult {
  date: string;
  loadAverage: number[];
  rule: string;
  maxResults: number;
  corpora: { name: string; description: string; lessons: number; pairs: number; hardNegatives: number }[];
  splits: SplitResult[];
  /** Every lesson of the generated catalogue ranked once, as the editor's first hint pass does. */
  fullHintPass: { lessons: number; wallMs: number; cpuMs: number };
  commandLine: { command: string; agrees: boolean; differences: string[] };
  /** Searching by a problem: the blind problem queries run against the blind corpus, by split. */
  search: SearchSplitFigures[];
  performance?: PerformanceFigures;
}

export const TARGETS = {
  precision: 0.9,
  recall: 0.8,
  recallAt1: 0.9,
  seedRecall: 0.85,
  lessonsHinted: 0.15,
  queryP95Ms: 5,
  fullPassCpuMs: 3000,
  searchFirst: 0.8,
  searchTopFive: 0.95,
};

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ms = (x: number): string => `${x.toFixed(2)} ms`;
const ok = (met: boolean): string => (met ? '✅' : '❌');

function hintCells(h: HintFigures): string {
  return `${pct(h.precision)} (${h.trueHints}/${h.hints}) | ${pct(h.recall)} | ${h.hardNegatives === 0 ? '–' : `${h.hardNegativesHinted}/${h.hardNegatives}`} | ${pct(h.lessonsHinted)}`;
}

/** The results as Markdown (also printed), and both files written. */
export function writeResults(dir: string, r: SimilarityBenchResult): string {
  const lines: string[] = [];
  lines.push('# Similarity benchmark', '');
  lines.push(
    `Run ${r.date}, load average ${r.loadAverage.map((x) => x.toFixed(2)).join(' ')}. The hint as the editor decides it: ${r.rule}, at most ${r.maxResults} lessons named.`,
    '',
  );
  lines.push('## Corpora', '');
  for (const c of r.corpora)
    lines.push(`- **${c.name}**: ${c.lessons} lessons, ${c.pairs} same-lesson pairs, ${c.hardNegatives} look-alike negatives. ${c.description}.`);
  lines.push(
    '',
    "Hint recall: the share of pair directions whose partner the hint names. Hint precision: of every lesson named by the hints of the split's lessons (all of them, not only labelled ones), the share that are the same lesson. Each split is ranked inside its whole corpus.",
    '',
  );
  lines.push('## The default hint', '');
  lines.push(
    '| corpus / split | lessons | pairs | recall@1 | recall@5 | MRR | hint precision | hint recall | look-alikes hinted | lessons hinted |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const s of r.splits) {
    lines.push(
      `| ${s.corpus} / ${s.split} | ${s.lessons} | ${s.pairs} | ${pct(s.ranking.recallAt1)} | ${pct(s.ranking.recallAt5)} | ${s.ranking.mrr.toFixed(3)} | ${hintCells(s.hints)} |`,
    );
  }
  const tuning = r.splits.find((s) => s.corpus === 'blind' && s.split === 'tuning');
  const test = r.splits.find((s) => s.corpus === 'blind' && s.split === 'test');
  const seed = r.splits.find((s) => s.corpus === 'seed');
  const generated = r.splits.find((s) => s.corpus.startsWith('generated'));
  if (tuning && test) {
    const gap = (a: number, b: number): string => `${((b - a) * 100).toFixed(1)} points`;
    lines.push(
      '',
      `Gap from the blind tuning split to the frozen test split: precision ${gap(tuning.hints.precision, test.hints.precision)}, recall ${gap(tuning.hints.recall, test.hints.recall)}, recall@1 ${gap(tuning.ranking.recallAt1, test.ranking.recallAt1)}.`,
    );
  }
  lines.push('', '## Targets', '', '| target | figure | |', '|---|---|---|');
  if (test) {
    lines.push(`| blind test: hint precision ≥ 90% | ${pct(test.hints.precision)} | ${ok(test.hints.precision >= TARGETS.precision)} |`);
    lines.push(`| blind test: hint recall ≥ 80% | ${pct(test.hints.recall)} | ${ok(test.hints.recall >= TARGETS.recall)} |`);
    lines.push(`| blind test: recall@1 ≥ 90% | ${pct(test.ranking.recallAt1)} | ${ok(test.ranking.recallAt1 >= TARGETS.recallAt1)} |`);
  }
  if (seed) {
    lines.push(`| seed: hint precision ≥ 90% | ${pct(seed.hints.precision)} | ${ok(seed.hints.precision >= TARGETS.precision)} |`);
    lines.push(`| seed: hint recall ≥ 85% | ${pct(seed.hints.recall)} | ${ok(seed.hints.recall >= TARGETS.seedRecall)} |`);
  }
  if (generated)
    lines.push(
      `| ${generated.corpus}: lessons hinted ≤ 15% | ${pct(generated.hints.lessonsHinted)} | ${ok(generated.hints.lessonsHinted <= TARGETS.lessonsHinted)} |`,
    );
  lines.push(
    `| full hint pass over ${r.fullHintPass.lessons} lessons ≤ 3 s CPU | ${(r.fullHintPass.cpuMs / 1000).toFixed(2)} s CPU (${(r.fullHintPass.wallMs / 1000).toFixed(2)} s wall) | ${ok(r.fullHintPass.cpuMs <= TARGETS.fullPassCpuMs)} |`,
  );
  if (r.performance) {
    const p95 = Math.max(r.performance.queryByKey.wall.p95, r.performance.queryText.wall.p95);
    lines.push(`| query p95 ≤ 5 ms at ${r.performance.lessons} | ${ms(p95)} | ${ok(p95 <= TARGETS.queryP95Ms)} |`);
  }
  lines.push('| memory for added vectors ≤ 50 MB at 10k | none added: the model reads the scores it already has | ✅ |');
  const searchTest = r.search.find((s) => s.split === 'test');
  if (searchTest) {
    lines.push(`| search, test queries: an answering lesson first for ≥ 80% | ${pct(searchTest.first)} | ${ok(searchTest.first >= TARGETS.searchFirst)} |`);
    lines.push(
      `| search, test queries: an answering lesson in the first five for ≥ 95% | ${pct(searchTest.topFive)} | ${ok(searchTest.topFive >= TARGETS.searchTopFive)} |`,
    );
  }

  lines.push('', '## Searching by a problem', '');
  lines.push(
    "Problem queries written blind in other words than the lessons' (bench/similarity/search), run against the blind corpus as `learn-once search` and the editor run them; split by the writer of the lesson each was written about, fixed before any tuning.",
    '',
  );
  lines.push('| split | queries | answer first | answer in first five | MRR |', '|---|---|---|---|---|');
  for (const s of r.search) lines.push(`| ${s.split} | ${s.queries} | ${pct(s.first)} | ${pct(s.topFive)} | ${s.mrr.toFixed(3)} |`);
  for (const s of r.search) for (const miss of s.misses) lines.push(`- ${s.split} miss ${miss.id}: "${miss.query}" → ${miss.got.join(', ') || 'nothing'}`);

  for (const s of r.splits) {
    lines.push('', `## Operating curve: ${s.corpus} / ${s.split}`, '');
    lines.push('| rule | hint precision | hint recall | look-alikes hinted | lessons hinted |', '|---|---|---|---|---|');
    for (const h of s.confidenceSweep) lines.push(`| ${h.rule}${h.rule === r.rule ? ' (default)' : ''} | ${hintCells(h)} |`);
    for (const h of s.scoreSweep) lines.push(`| fixed ${h.rule} | ${hintCells(h)} |`);
    if (s.baseline) {
      const b = s.baseline;
      lines.push(
        '',
        `Plain TF-IDF cosine: recall@1 ${pct(b.ranking.recallAt1)}, recall@5 ${pct(b.ranking.recallAt5)}; its most balanced fixed threshold (${b.best.rule}): precision ${pct(b.best.precision)}, recall ${pct(b.best.recall)}.`,
      );
    }
  }
  lines.push('', '## Through the command line', '');
  lines.push(
    `\`${r.commandLine.command}\` ${r.commandLine.agrees ? 'names exactly the in-process hints for every lesson.' : `DIFFERS from the in-process hints: ${r.commandLine.differences.join('; ')}`}`,
  );
  if (r.performance) {
    const p = r.performance;
    const row = (name: string, m: Measured): string => `| ${name} | ${ms(m.wall.p50)} | ${ms(m.wall.p95)} | ${ms(m.wall.max)} | ${ms(m.cpu.p95)} |`;
    lines.push('', `## Speed, ${p.lessons} synthetic lessons indexed (built in ${(p.buildMs / 1000).toFixed(2)} s)`, '');
    lines.push('| operation | wall p50 | wall p95 | wall max | CPU p95 |', '|---|---|---|---|---|');
    lines.push(
      row('query by key', p.queryByKey),
      row('query unsaved text', p.queryText),
      row('update a lesson', p.update),
      row('add', p.add),
      row('remove', p.remove),
    );
  }
  const text = `${lines.join('\n')}\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), text);
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(r, null, 2)}\n`);
  return text;
}
