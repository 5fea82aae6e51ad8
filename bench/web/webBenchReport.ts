import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cell } from '../lib/formatCell';
import { median } from '../lib/stats';
import { WARM_UP_EDITS, type WebBenchReport, type WebBenchRun } from './webBenchResult';

/** Issue 19's targets for the browser build. */
export const WEB_TARGETS = { indexMs: 5_000, editP95Ms: 20 };

interface Row {
  label: string;
  value(run: WebBenchRun): number | undefined;
  target?: number;
}

const ROWS: Row[] = [
  { label: 'Workbench load start → web-worker extension host running', value: (run) => run.extensionHostMs },
  { label: 'Workbench load start → Learn Once active', value: (run) => run.learnOnceActiveMs },
  { label: "Workbench load start → every broken lesson's problem shown", value: (run) => run.problemsMs },
  { label: 'Workbench load start → Lessons view holds the finished scan', value: (run) => run.viewMs },
  { label: '**Index complete** (both): from workbench load start', value: (run) => run.indexMs, target: WEB_TARGETS.indexMs },
  { label: '**Index complete** (both): from Learn Once active', value: (run) => run.indexFromActivationMs, target: WEB_TARGETS.indexMs },
  { label: 'Workbench load start → diagnostics quiet for 1 s (similar-lesson hints published; the second not included)', value: (run) => run.settledMs },
  { label: "Edit → diagnostics p50 (extension host's diagnostics)", value: (run) => run.editToDiagnostics.p50 },
  { label: "**Edit → diagnostics p95** (extension host's diagnostics)", value: (run) => run.editToDiagnostics.p95, target: WEB_TARGETS.editP95Ms },
  { label: 'Edit → diagnostics max', value: (run) => run.editToDiagnostics.max },
  {
    label: `Edit → diagnostics p95 without the first ${WARM_UP_EDITS} edits (code not yet compiled; not the target's figure)`,
    value: (run) => run.editToDiagnosticsAfterWarmUp.p95,
  },
  { label: 'Edit → `onDidChangeDiagnostics` p50 (VS Code delays this event by up to 50 ms)', value: (run) => run.editToDiagnosticsEvent.p50 },
  { label: 'Edit → `onDidChangeDiagnostics` p95', value: (run) => run.editToDiagnosticsEvent.p95 },
];

const medianOf = (values: (number | undefined)[]): number | undefined => median(values.filter((value): value is number => value !== undefined));
const shown = (value: number | undefined): string => (value === undefined ? 'n/a' : value >= 100 ? String(Math.round(value)) : value.toFixed(1));

export function webBenchMarkdown(report: WebBenchReport): string {
  const { environment, options, runs } = report;
  const load = (triple: number[] | undefined): string => (triple ? triple.map((value) => value.toFixed(2)).join(', ') : '?');
  const lines = [
    '# Learn Once in the browser: performance',
    '',
    `Run ${environment.date} on ${environment.cores} × ${environment.cpu}, ${environment.memoryGb} GB${environment.commit ? `, commit ${environment.commit} (with the working tree's changes)` : ''}. ` +
      `Load average (1, 5, 15 min) ${load(environment.loadAverageAtStart)} at the start, ${load(environment.loadAverageAtEnd)} at the end: other work on the machine slows every figure.`,
    '',
    `${options.lessons.toLocaleString('en-GB')} generated lessons (bench/.corpus/${options.lessons}, copied), the production web bundles in code-server's web-worker extension host, ` +
      `headless Chromium; each run a fresh code-server and browser. Figures in ms, the median of ${runs.length} run(s) (each run's figure beside it); edit latencies over ${options.edits} edits per run. ` +
      'How they are taken: docs/web.md, "Performance in the browser".',
    '',
    `| Figure | Median | Runs | Target |`,
    '|---|---|---|---|',
  ];
  for (const row of ROWS) {
    const value = medianOf(runs.map(row.value));
    lines.push(
      `| ${row.label} | ${cell(value === undefined ? undefined : Math.round(value * 10) / 10, row.target)} | ${runs.map((run) => shown(row.value(run))).join(', ')} | ${row.target === undefined ? '' : `≤ ${row.target}`} |`,
    );
  }
  lines.push(
    `| Broken lessons whose problem was shown | ${runs.map((run) => `${run.brokenSeen}/${run.brokenTotal}`).join(', ')} | | |`,
    `| Lessons in the Lessons view | ${runs.map((run) => run.viewLessons ?? '?').join(', ')} | | |`,
    `| Edits with no diagnostics within 20 s | ${runs.map((run) => run.editToDiagnostics.timeouts ?? 0).join(', ')} | | |`,
    `| \`typeof process\` in the extension host | ${[...new Set(runs.map((run) => run.processInHost))].join(', ')} | | |`,
    '',
  );
  for (const error of report.errors) lines.push(`- A run failed: ${error.split('\n')[0]}`);
  if (report.errors.length > 0) lines.push('');
  return lines.join('\n');
}

/** Writes `<out>/latest.json` and `<out>/latest.md`. */
export function writeWebBenchReport(out: string, report: WebBenchReport): { json: string; markdown: string } {
  mkdirSync(out, { recursive: true });
  const json = path.join(out, 'latest.json');
  const markdown = path.join(out, 'latest.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, webBenchMarkdown(report));
  return { json, markdown };
}
