import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { sizeTable } from '../corpus/sizeDistribution';
import type { BenchReport } from './benchReport';
import { cell } from './formatCell';
import type { LearnOnceRun } from './measureLearnOnce';
import { METRICS } from './metrics';
import { median } from './stats';

export type { BenchReport, SizeResult } from './benchReport';

export function medianOf(values: (number | undefined)[]): number | undefined {
  return median(values.filter((value): value is number => value !== undefined));
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
  lines.push(
    `Each figure is the median of the runs (counted in the column heading); latencies are p50/p95 over ${options.samples} edits or requests per run (20 at 100,000 lessons). ✅/❌ mark the issue's targets where it sets one for that size. n/a: the server does not offer that yet, or it was not measured.`,
    '',
  );
  lines.push(
    "The floor is measured in every run, in fresh processes, just before the server starts and again after `learn-once check` ends: one thread reading every lesson file (readFileSync in sequence), and one reading and parsing each with `yaml.parseDocument` (the engine's parse options). \"÷ parse floor\" rows divide each run's figure by the same run's parse floor, so a slow patch of the shared machine, which slows both, mostly cancels out.",
    '',
  );
  lines.push(
    `| Figure | ${results.map((r) => `${r.lessons.toLocaleString('en-GB')} lessons (${r.runs.length} run${r.runs.length === 1 ? '' : 's'})`).join(' | ')} |`,
  );
  lines.push(`|---|${results.map(() => '---').join('|')}|`);
  for (const metric of METRICS) {
    const cells = results.map((size) => cell(medianOf(metric.values(size)), metric.target?.(size.lessons), metric.unit));
    lines.push(`| ${metric.label} (${metric.unit}) | ${cells.join(' | ')} |`);
  }
  lines.push(
    `| Server code from V8's code cache: cold / warm start | ${results.map((r) => `${r.runs.map((run) => run.cold.codeCache ?? '?').join(', ')} / ${r.runs.map((run) => run.warm.codeCache ?? '?').join(', ')}`).join(' | ')} |`,
  );
  lines.push(
    `| Hints saved by the cold server / restored at the warm start (ranked again) | ${results.map((r) => r.runs.map((run) => `${run.coldHintsSaved ? 'saved' : 'not saved'} / ${run.warmHints.restored ?? 0} (${run.warmHints.toRank ?? 0})`).join(', ')).join(' | ')} |`,
  );
  lines.push(
    `| Hints of the cold start's first pass ranked on the ranking thread (none: no thread) | ${results.map((r) => r.runs.map((run) => run.coldRankedOnThread ?? 'none').join(', ')).join(' | ')} |`,
  );
  lines.push(
    `| Warm start published the same diagnostics as cold | ${results.map((r) => (r.runs.every((run) => run.warmMatchesCold) ? 'yes' : 'NO')).join(' | ')} |`,
  );
  lines.push(
    `| Lessons with problems published by progress end | ${results.map((r) => r.runs.map((run) => `${run.cold.brokenPublished}/${run.cold.brokenTotal}`).join(', ')).join(' | ')} |`,
  );
  lines.push(
    `| Requests during the scan answered as partial | ${results.map((r) => (r.runs.every((run) => run.cold.partialSeen || run.cold.requestsDuringScan.samples === 0) ? 'yes' : 'no')).join(' | ')} |`,
  );
  const timeouts = (run: LearnOnceRun): number =>
    [run.didOpen, run.didChange, run.didChangeWithHint, run.hintAfterEdit].reduce((sum, figure) => sum + (figure?.timeouts ?? 0), 0);
  lines.push(`| Edits with no diagnostics within 20 s (left out of the latencies) | ${results.map((r) => r.runs.map(timeouts).join(', ')).join(' | ')} |`);
  lines.push(
    `| Background hint work after the scan settled within the cap | ${results.map((r) => r.runs.map((run) => (run.settledAfterMs === undefined ? 'no' : `${Math.round(run.settledAfterMs)} ms`)).join(', ')).join(' | ')} |`,
  );
  lines.push('');
  lines.push(...corpusSizeLines(report));
  for (const size of results) for (const error of size.errors ?? []) lines.push(`- ${size.lessons.toLocaleString('en-GB')} lessons: a run failed: ${error}`);
  if (results.some((size) => (size.errors ?? []).length > 0)) lines.push('');

  const withYaml = results.filter((r) => r.yamlLanguageServer);
  if (withYaml.length > 0) {
    const version = withYaml[0]!.yamlLanguageServer!.version;
    lines.push(`## Beside yaml-language-server ${version}`, '');
    lines.push(
      'Same files, same edits, same lesson schema (associated through `yaml.schemas`). Ratio = Learn Once ÷ yaml-language-server (below 1: Learn Once is faster).',
      '',
    );
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

/** Bytes per lesson file of each generated corpus, beside the real lesson sets it is shaped after. */
function corpusSizeLines(report: BenchReport): string[] {
  const rows = [
    ...report.results.flatMap((size) =>
      size.corpus.sizes ? [{ name: `generated, ${size.lessons.toLocaleString('en-GB')} lessons`, sizes: size.corpus.sizes }] : [],
    ),
    ...(report.realCorpora ?? []),
  ];
  if (rows.length === 0) return [];
  return ['Bytes per lesson file (≥ 3 KB: 3,072 bytes or more):', '', ...sizeTable(rows), ''];
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
