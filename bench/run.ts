// Performance benchmark at national scale: `npm run bench -- [--sizes 1000,10000,100000] [--runs 3] [--samples 40] [--quick] [--no-yaml-ls] [--out bench/results]`.
// At 100,000 lessons and more, one run of 20 samples unless --runs or --samples say otherwise.
// `npm run bench -- --render bench/results/latest.json` writes the Markdown table again from a JSON result.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lessonFileSizes } from './corpus/lessonFileSizes';
import { describeSizes, sizeDistribution, type SizeDistribution } from './corpus/sizeDistribution';
import { ensureCorpus } from './corpus/writeCorpus';
import { buildBundles } from './lib/buildBundles';
import { currentLoad, describeEnvironment } from './lib/environment';
import { measureCliCheck } from './lib/measureCliCheck';
import { measureClientLoad } from './lib/measureClientLoad';
import { buildFloorProbe, measureFloor, type FloorRun } from './lib/measureFloor';
import { measureLearnOnce, type LearnOnceRun } from './lib/measureLearnOnce';
import { measureYamlLanguageServer } from './lib/measureYamlLanguageServer';
import { parseFloorOf, readFloorOf } from './lib/metrics';
import { markdownReport, writeReport, type BenchReport, type SizeResult } from './lib/report';

const repoRoot = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const sizes = (option('--sizes') ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map((size) => Number(size.trim()));
const runs = Number(option('--runs') ?? (quick ? '1' : '3'));
const samples = Number(option('--samples') ?? (quick ? '20' : '40'));
const withYaml = !args.includes('--no-yaml-ls');
const out = path.resolve(option('--out') ?? path.join(repoRoot, 'bench', 'results'));

if (sizes.some((size) => !Number.isInteger(size) || size < 50) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(samples) || samples < 2) {
  console.error('usage: npm run bench -- [--sizes 1000,10000,100000] [--runs 3] [--samples 40] [--quick] [--no-yaml-ls] [--out folder]');
  process.exit(2);
}

async function main(): Promise<void> {
  const rerender = option('--render');
  if (rerender) {
    // Writes the Markdown table again from a JSON result, e.g. after the table's layout changed.
    const report = JSON.parse(readFileSync(rerender, 'utf8')) as BenchReport;
    const written = writeReport(path.dirname(path.resolve(rerender)), report, path.basename(rerender, '.json'));
    console.log(`Written: ${path.relative(repoRoot, written.markdown)}`);
    return;
  }
  const environment = describeEnvironment(repoRoot);
  console.log(
    `Learn Once benchmark: sizes ${sizes.join(', ')}, ${runs} run(s), ${samples} samples; load average ${environment.loadAtStart} on ${environment.cores} cores.`,
  );
  const realCorpora = realLessonSets();
  for (const real of realCorpora) console.log(`${real.name}: ${describeSizes(real.sizes)}`);
  const build = buildBundles(repoRoot);
  const floorProbe = buildFloorProbe(build.folder);
  const results: SizeResult[] = [];
  try {
    for (const lessons of sizes) {
      const corpusRoot = path.join(repoRoot, 'bench', '.corpus', String(lessons));
      const { manifest, reused } = await ensureCorpus(corpusRoot, { count: lessons });
      console.log(
        `\n${lessons} lessons (${reused ? 'corpus reused' : 'corpus written'}: ${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.paraphrases.length} paraphrased, ${manifest.broken.length} broken)`,
      );
      if (manifest.sizes) console.log(`  bytes per lesson file: ${describeSizes(manifest.sizes)}`);
      const floors: FloorRun[] = [];
      const result: SizeResult = {
        lessons,
        corpus: { bytes: manifest.bytes, paraphrases: manifest.paraphrases.length, broken: manifest.broken.length, sizes: manifest.sizes },
        runs: [],
        cliCheck: [],
        floor: floors,
      };
      // The largest corpus gets one run unless more are asked for: a run there takes minutes.
      const large = lessons >= 100_000;
      const runsHere = large && option('--runs') === undefined ? 1 : runs;
      const samplesHere = large && option('--samples') === undefined ? Math.min(samples, 20) : samples;
      for (let run = 1; run <= runsHere; run++) {
        let figures: LearnOnceRun;
        let floor: FloorRun;
        try {
          // The floor first, in fresh processes, on the files the server is about to read.
          floor = measureFloor(floorProbe, corpusRoot);
          figures = await measureLearnOnce({ serverScript: build.server, corpusRoot, manifest, samples: samplesHere, settleCapMs: 30_000, hintCapMs: 600_000 });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          (result.errors ??= []).push(message);
          console.log(`  run ${run} failed: ${message}`);
          continue;
        }
        result.runs.push(figures);
        console.log(
          `  run ${run}: cold ${Math.round(figures.cold.ms)} ms (${Math.round(figures.cold.peakRssMb ?? 0)} MB), warm ${Math.round(figures.warm.ms)} ms (hints ${figures.warmHints.readyMs === undefined ? 'not ready' : `${Math.round(figures.warmHints.readyMs)} ms`}), ` +
            `didChange p95 ${figures.didChange.p95?.toFixed(1)} ms, completion p95 ${figures.completion?.p95?.toFixed(1) ?? 'n/a'} ms, ` +
            `event loop max ${figures.cold.eventLoopMaxMs ?? '?'} / ${figures.eventLoopMaxDuringRequestsMs ?? '?'} ms`,
        );
        const byPhase = Object.entries(figures.eventLoopMaxByPhase ?? {}).map(([phase, ms]) => `${phase} ${ms ?? '?'}`);
        if (byPhase.length > 0) console.log(`  event loop max by request figure (ms): ${byPhase.join(', ')}`);
        const check = await measureCliCheck(build.cli, corpusRoot);
        result.cliCheck.push(check);
        console.log(`  learn-once check: ${Math.round(check.wallMs)} ms, exit ${check.exitCode}`);
        // Again after the server and the check, so a slow patch of the machine weighs on the floor as on them.
        measureFloor(floorProbe, corpusRoot, floor);
        floors.push(floor);
        const parseFloor = parseFloorOf(floor)!;
        const times = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${(ms / parseFloor).toFixed(2)}×`);
        console.log(
          `  floor: read ${Math.round(readFloorOf(floor)!)} ms, read + parse ${Math.round(parseFloor)} ms (${floor.parseMs.map(Math.round).join(' / ')}); ` +
            `÷ parse floor: cold ${times(figures.cold.ms)}, every diagnostic ${times(figures.cold.allDiagnosticsMs)}, warm ${times(figures.warm.ms)}, check ${times(check.wallMs)}`,
        );
      }
      if (withYaml) {
        result.yamlLanguageServer = await measureYamlLanguageServer({ repoRoot, corpusRoot, manifest, samples: samplesHere });
        console.log(
          `  yaml-language-server: didChange p50 ${result.yamlLanguageServer.didChange.p50?.toFixed(1)} ms, p95 ${result.yamlLanguageServer.didChange.p95?.toFixed(1)} ms`,
        );
      }
      result.clientBundleLoadMs = [1, 2, 3].flatMap(() => measureClientLoad(path.join(build.folder, 'client.js')) ?? []);
      results.push(result);
    }
  } finally {
    build.dispose();
  }
  environment.loadAtEnd = currentLoad();
  const report: BenchReport = { environment, options: { sizes, runs, samples }, results, realCorpora };
  const written = writeReport(out, report);
  console.log(`\n${markdownReport(report)}`);
  console.log(`Written: ${path.relative(repoRoot, written.json)}, ${path.relative(repoRoot, written.markdown)}`);
}

/** Bytes per lesson file of the real lesson sets the generated corpus is shaped after, for the report. */
function realLessonSets(): { name: string; sizes: SizeDistribution }[] {
  const sets = [
    { name: 'examples/', folder: path.join(repoRoot, 'examples') },
    { name: 'blind similarity corpus', folder: path.join(repoRoot, 'bench', 'similarity', 'blind', 'corpus') },
  ];
  return sets.flatMap(({ name, folder }) => {
    const sizes = existsSync(folder) ? sizeDistribution(lessonFileSizes(folder)) : undefined;
    return sizes ? [{ name, sizes }] : [];
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
