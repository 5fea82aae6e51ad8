// The browser build's performance: `npm run bench:web -- [--runs 3] [--edits 40] [--out bench/web/results]`.
// Issue 19's targets: 1,000 lessons indexed in the browser within 5 s, edit → diagnostics p95 within
// 20 ms. Runs the production web bundles in code-server's web-worker extension host, in headless
// Chromium, on a copy of the benchmark's 1,000-lesson corpus; a measuring extension in the same
// host takes the figures (bench/web/measure/). How: docs/web.md, "Performance in the browser".
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../test/web/stageExtensions.mjs';
import { prepareWorkbench } from '../../test/web/webWorkbench.mjs';
import { ensureCorpus } from '../corpus/writeCorpus';
import { describeEnvironment } from '../lib/environment';
import { runWebBenchOnce } from './webBenchRun.mjs';
import { webBenchMarkdown, writeWebBenchReport } from './webBenchReport';
import type { WebBenchReport } from './webBenchResult';

const LESSONS = 1000;
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? '3');
const edits = Number(option('--edits') ?? '40');
const out = path.resolve(option('--out') ?? path.join(REPO_ROOT, 'bench', 'web', 'results'));
/** One run's bound: the workbench, the scan, the settling and the edits. */
const RUN_TIMEOUT_MS = 300_000;

const loadAverage = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);

async function main(): Promise<void> {
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(edits) || edits < 2) {
    console.error('usage: npm run bench:web -- [--runs 3] [--edits 40] [--out folder]');
    process.exit(2);
  }
  const environment = { ...describeEnvironment(REPO_ROOT), loadAverageAtStart: loadAverage() };
  console.log(
    `Learn Once in the browser: ${LESSONS} lessons, ${runs} run(s), ${edits} edits; load average ${environment.loadAverageAtStart.join(', ')} on ${environment.cores} cores.`,
  );
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.mjs'), '--production'], { cwd: REPO_ROOT, stdio: 'inherit' });
  // A private copy, so a rebuild of dist/ during the run cannot change what is measured.
  const webBundles = mkdtempSync(path.join(tmpdir(), 'learn-once-web-bench-build-'));
  cpSync(path.join(REPO_ROOT, 'dist', 'web'), webBundles, { recursive: true });
  prepareWorkbench();
  const corpusRoot = path.join(REPO_ROOT, 'bench', '.corpus', String(LESSONS));
  const { manifest, reused } = await ensureCorpus(corpusRoot, { count: LESSONS });
  console.log(
    `Corpus ${reused ? 'reused' : 'written'}: ${manifest.count} lessons, ${manifest.broken.length} broken; editing ${manifest.cleanSample[0]?.path}.`,
  );
  const report: WebBenchReport = { environment, options: { lessons: LESSONS, runs, edits }, runs: [], errors: [] };
  try {
    for (let run = 1; run <= runs; run++) {
      try {
        const figures = await runWebBenchOnce({ corpusRoot, manifest, webBundles, edits, timeoutMs: RUN_TIMEOUT_MS });
        report.runs.push(figures);
        console.log(
          `  run ${run}: index complete ${Math.round(figures.indexMs)} ms from workbench load start (${Math.round(figures.indexFromActivationMs)} ms from Learn Once active at ${Math.round(figures.learnOnceActiveMs)} ms), ` +
            `edit → diagnostics p50 ${figures.editToDiagnostics.p50?.toFixed(1)} / p95 ${figures.editToDiagnostics.p95?.toFixed(1)} ms (onDidChangeDiagnostics p95 ${figures.editToDiagnosticsEvent.p95?.toFixed(1)} ms); load ${loadAverage()[0]}`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        report.errors.push(message);
        console.log(`  run ${run} failed: ${message}`);
      }
    }
  } finally {
    rmSync(webBundles, { recursive: true, force: true });
  }
  report.environment.loadAverageAtEnd = loadAverage();
  report.environment.loadAtEnd = report.environment.loadAverageAtEnd[0];
  const written = writeWebBenchReport(out, report);
  console.log(`\n${webBenchMarkdown(report)}`);
  console.log(`Written: ${path.relative(REPO_ROOT, written.json)}, ${path.relative(REPO_ROOT, written.markdown)}`);
  if (report.runs.length === 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
