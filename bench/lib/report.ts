import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { BenchEnvironment } from './environment';
import type { CliCheckRun } from './measureCliCheck';
import { REQUEST_PHASES, type LearnOnceRun } from './measureLearnOnce';
import type { YamlLanguageServerRun } from './measureYamlLanguageServer';
import { median, round1 } from './stats';

export interface SizeResult {
  lessons: number;
  corpus: { bytes: number; paraphrases: number; broken: number };
  runs: LearnOnceRun[];
  cliCheck: CliCheckRun[];
  yamlLanguageServer?: YamlLanguageServerRun;
  clientBundleLoadMs?: number[];
  /** Runs that could not finish, with why. */
  errors?: string[];
}

export interface BenchReport {
  environment: BenchEnvironment;
  options: { sizes: number[]; runs: number; samples: number };
  results: SizeResult[];
}

interface Metric {
  label: string;
  unit: 'ms' | 'MB' | '×' | '';
  /** Each run's value; the table shows their median. */
  values: (size: SizeResult) => (number | undefined)[];
  /** The issue's target at a size, if it sets one there. */
  target?: (lessons: number) => number | undefined;
}

const at = (sizes: Record<number, number>) => (lessons: number): number | undefined => sizes[lessons];
const always = (value: number) => (): number => value;

export const METRICS: Metric[] = [
  { label: 'Cold index: start → progress end, all problems published', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.ms), target: at({ 10_000: 1500, 100_000: 15_000 }) },
  { label: 'Cold index: server CPU time (all threads)', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.cpuMs) },
  { label: 'Cold index: peak RSS', unit: 'MB', values: (s) => s.runs.map((r) => r.cold.peakRssMb), target: at({ 10_000: 300, 100_000: 1536 }) },
  { label: 'Cold: similarity engine filled (start → ready)', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.similarityReadyMs) },
  { label: 'Cold: peak RSS with similarity engine', unit: 'MB', values: (s) => s.runs.map((r) => r.cold.peakRssMbWithSimilarity) },
  { label: 'Warm start (persisted index): start → progress end', unit: 'ms', values: (s) => s.runs.map((r) => r.warm.ms), target: at({ 10_000: 400 }) },
  { label: 'Warm start: peak RSS', unit: 'MB', values: (s) => s.runs.map((r) => r.warm.peakRssMb) },
  { label: 'Warm: similarity engine filled (start → ready)', unit: 'ms', values: (s) => s.runs.map((r) => r.warm.similarityReadyMs) },
  { label: 'Warm: every similar-lesson hint known, saved ones restored (start → ready)', unit: 'ms', values: (s) => s.runs.map((r) => r.warmHints.readyMs) },
  { label: 'Warm: server CPU time by then (all threads)', unit: 'ms', values: (s) => s.runs.map((r) => r.warmHints.cpuMs) },
  { label: 'didOpen → diagnostics p50', unit: 'ms', values: (s) => s.runs.map((r) => r.didOpen.p50) },
  { label: 'didOpen → diagnostics p95', unit: 'ms', values: (s) => s.runs.map((r) => r.didOpen.p95) },
  { label: 'didChange → diagnostics p50', unit: 'ms', values: (s) => s.runs.map((r) => r.didChange.p50) },
  { label: 'didChange → diagnostics p95', unit: 'ms', values: (s) => s.runs.map((r) => r.didChange.p95), target: at({ 10_000: 50 }) },
  { label: 'didChange → diagnostics with similar-lesson hint p50', unit: 'ms', values: (s) => s.runs.map((r) => r.didChangeWithHint?.p50) },
  { label: 'didChange → diagnostics with similar-lesson hint p95', unit: 'ms', values: (s) => s.runs.map((r) => r.didChangeWithHint?.p95) },
  { label: 'Paste a near-duplicate → hint appears p50 (debounce included)', unit: 'ms', values: (s) => s.runs.map((r) => r.hintAfterEdit?.p50) },
  { label: 'Paste a near-duplicate → hint appears p95 (debounce included)', unit: 'ms', values: (s) => s.runs.map((r) => r.hintAfterEdit?.p95) },
  { label: 'Completion p95', unit: 'ms', values: (s) => s.runs.map((r) => r.completion?.p95), target: always(10) },
  { label: 'Similar-lessons request p95', unit: 'ms', values: (s) => s.runs.map((r) => r.similarLessons?.p95) },
  { label: 'Search lessons by problem p95 (top 20, passages placed)', unit: 'ms', values: (s) => s.runs.map((r) => r.search?.p95), target: at({ 10_000: 20, 100_000: 100 }) },
  { label: 'Tree request (every lesson, in pages of 2,000)', unit: 'ms', values: (s) => s.runs.map((r) => r.tree?.ms) },
  { label: 'Requests during the scan: max latency', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.requestsDuringScan.max) },
  { label: 'Event loop held up, max: during cold scan', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.eventLoopMaxMs), target: at({ 100_000: 50 }) },
  { label: 'Event loop held up, max: during warm start', unit: 'ms', values: (s) => s.runs.map((r) => r.warm.eventLoopMaxMs), target: at({ 100_000: 50 }) },
  { label: 'Event loop held up, max: during the request figures', unit: 'ms', values: (s) => s.runs.map((r) => r.eventLoopMaxDuringRequestsMs), target: at({ 100_000: 50 }) },
  ...REQUEST_PHASES.map((phase): Metric => ({ label: `… of which during ${phase}`, unit: 'ms', values: (s) => s.runs.map((r) => r.eventLoopMaxByPhase?.[phase]) })),
  { label: '`learn-once check` wall time', unit: 'ms', values: (s) => s.cliCheck.map((c) => c.wallMs) },
  { label: '`learn-once check` peak RSS', unit: 'MB', values: (s) => s.cliCheck.map((c) => c.peakRssMb) },
  { label: 'Client bundle load (first part of activation)', unit: 'ms', values: (s) => s.clientBundleLoadMs ?? [], target: always(50) },
];

export function medianOf(values: (number | undefined)[]): number | undefined {
  return median(values.filter((value): value is number => value !== undefined));
}

function cell(value: number | undefined, target: number | undefined): string {
  if (value === undefined) return 'n/a';
  const shown = value >= 100 ? String(Math.round(value)) : String(round1(value));
  if (target === undefined) return shown;
  return `${shown} ${value <= target ? '✅' : '❌'} (≤ ${target})`;
}

export function markdownReport(report: BenchReport): string {
  const { environment, options, results } = report;
  const lines: string[] = [];
  lines.push('# Learn Once performance benchmark', '');
  lines.push(
    `Run ${environment.date} on ${environment.cores} × ${environment.cpu}, ${environment.memoryGb} GB, Node ${environment.node}` +
      `${environment.commit ? `, commit ${environment.commit}` : ''}. Load average ${environment.loadAtStart} at the start, ${environment.loadAtEnd ?? '?'} at the end` +
      ' (other work on the machine slows every figure).',
    '',
  );
  lines.push(`Each figure is the median of the runs (counted in the column heading); latencies are p50/p95 over ${options.samples} edits or requests per run (20 at 100,000 lessons). ✅/❌ mark the issue's targets where it sets one for that size. n/a: the server does not offer that yet.`, '');
  lines.push(`| Figure | ${results.map((r) => `${r.lessons.toLocaleString('en-GB')} lessons (${r.runs.length} run${r.runs.length === 1 ? '' : 's'})`).join(' | ')} |`);
  lines.push(`|---|${results.map(() => '---').join('|')}|`);
  for (const metric of METRICS) {
    const cells = results.map((size) => cell(medianOf(metric.values(size)), metric.target?.(size.lessons)));
    lines.push(`| ${metric.label} (${metric.unit}) | ${cells.join(' | ')} |`);
  }
  lines.push(`| Server code from V8's code cache: cold / warm start | ${results.map((r) => `${r.runs.map((run) => run.cold.codeCache ?? '?').join(', ')} / ${r.runs.map((run) => run.warm.codeCache ?? '?').join(', ')}`).join(' | ')} |`);
  lines.push(`| Hints saved by the cold server / restored at the warm start (ranked again) | ${results.map((r) => r.runs.map((run) => `${run.coldHintsSaved ? 'saved' : 'not saved'} / ${run.warmHints.restored ?? 0} (${run.warmHints.toRank ?? 0})`).join(', ')).join(' | ')} |`);
  lines.push(`| Warm start published the same diagnostics as cold | ${results.map((r) => (r.runs.every((run) => run.warmMatchesCold) ? 'yes' : 'NO')).join(' | ')} |`);
  lines.push(`| Lessons with problems published by progress end | ${results.map((r) => r.runs.map((run) => `${run.cold.brokenPublished}/${run.cold.brokenTotal}`).join(', ')).join(' | ')} |`);
  lines.push(`| Requests during the scan answered as partial | ${results.map((r) => (r.runs.every((run) => run.cold.partialSeen || run.cold.requestsDuringScan.samples === 0) ? 'yes' : 'no')).join(' | ')} |`);
  const timeouts = (run: LearnOnceRun): number => [run.didOpen, run.didChange, run.didChangeWithHint, run.hintAfterEdit].reduce((sum, figure) => sum + (figure?.timeouts ?? 0), 0);
  lines.push(`| Edits with no diagnostics within 20 s (left out of the latencies) | ${results.map((r) => r.runs.map(timeouts).join(', ')).join(' | ')} |`);
  lines.push(`| Background hint work after the scan settled within the cap | ${results.map((r) => r.runs.map((run) => (run.settledAfterMs === undefined ? 'no' : `${Math.round(run.settledAfterMs)} ms`)).join(', ')).join(' | ')} |`);
  lines.push('');
  for (const size of results) for (const error of size.errors ?? []) lines.push(`- ${size.lessons.toLocaleString('en-GB')} lessons: a run failed: ${error}`);
  if (results.some((size) => (size.errors ?? []).length > 0)) lines.push('');

  const withYaml = results.filter((r) => r.yamlLanguageServer);
  if (withYaml.length > 0) {
    const version = withYaml[0]!.yamlLanguageServer!.version;
    lines.push(`## Beside yaml-language-server ${version}`, '');
    lines.push('Same files, same edits, same lesson schema (associated through `yaml.schemas`). Ratio = Learn Once ÷ yaml-language-server (below 1: Learn Once is faster).', '');
    lines.push('| Figure | Lessons | Learn Once | yaml-language-server | Ratio |');
    lines.push('|---|---|---|---|---|');
    for (const size of withYaml) {
      const theirs = size.yamlLanguageServer!;
      const rows: [string, number | undefined, number | undefined][] = [
        ['didOpen → diagnostics p50 (ms)', medianOf(size.runs.map((r) => r.didOpen.p50)), theirs.didOpen.p50],
        ['didOpen → diagnostics p95 (ms)', medianOf(size.runs.map((r) => r.didOpen.p95)), theirs.didOpen.p95],
        ['didChange → diagnostics p50 (ms)', medianOf(size.runs.map((r) => r.didChange.p50)), theirs.didChange.p50],
        ['didChange → diagnostics p95 (ms)', medianOf(size.runs.map((r) => r.didChange.p95)), theirs.didChange.p95],
        ['Completion p95 (ms)', medianOf(size.runs.map((r) => r.completion?.p95)), theirs.completion?.p95],
      ];
      for (const [label, ours, other] of rows) {
        const ratio = ours !== undefined && other !== undefined && other > 0 && ours > 0 ? formatRatio(ours / other) : 'n/a';
        lines.push(`| ${label} | ${size.lessons.toLocaleString('en-GB')} | ${cell(ours, undefined)} | ${cell(other, undefined)} | ${ratio} |`);
      }
    }
    lines.push('');
  }
  lines.push('How each figure is taken: see [docs/performance.md](../../docs/performance.md).', '');
  return lines.join('\n');
}

/** Learn Once ÷ yaml-language-server, with how many times faster or slower that is. */
function formatRatio(ratio: number): string {
  const shown = ratio >= 0.1 ? ratio.toFixed(2) : ratio.toPrecision(2);
  const times = ratio < 1 ? 1 / ratio : ratio;
  return `${shown} (${times >= 10 ? Math.round(times) : times.toFixed(1)}× ${ratio < 1 ? 'faster' : 'slower'})`;
}

export function writeReport(folder: string, report: BenchReport, name = 'latest'): { json: string; markdown: string } {
  mkdirSync(folder, { recursive: true });
  const json = path.join(folder, `${name}.json`);
  const markdown = path.join(folder, `${name}.md`);
  writeFileSync(json, `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(markdown, markdownReport(report));
  return { json, markdown };
}
