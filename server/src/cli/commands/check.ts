import { integerOption, choiceOption, parseCommandArgs } from '../args';
import { collectProblems, type CheckResult, type ProblemSource } from '../checkResult';
import type { CliIo } from '../cliIo';
import { shouldUseColor } from '../format/color';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatSummary } from '../format/summary';
import { formatText } from '../format/text';
import { INDEX_WORKERS_ENV } from '../../analysis/analysisPool';
import { loadWorkspace, type AnalysisCounts } from '../loadWorkspace';
import { Progress } from '../progress';
import { similarLessonHints } from '../similarHints';
import { writeOutput } from '../writeOutput';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export const FAIL_LEVELS = ['error', 'warning'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

export const CHECK_HELP = `Usage: learn-once check [options] [paths...]

Checks lesson files (*.lesson.yaml, *.lesson.yml) and theme files (*.theme.yaml) with
the same engine and the same learn-once.yaml as the editor. Folders are searched; with
no path, the current folder. Each path's workspace is the nearest folder upwards with a
learn-once.yaml, so ids and references are checked against every lesson in it.

Options:
  -f, --format <text|json|sarif>  output format (default: text)
                                    text   file:line:col severity code message
                                    json   every file and its problems
                                    sarif  SARIF 2.1.0, for GitHub code scanning
  -o, --output <file>             write the output to a file instead of stdout
      --similar                   also hint at similar lessons in other localities
      --fail-on <error|warning>   the lowest severity that fails the run (default: error)
      --max-warnings <n>          fail when there are more than n warnings
  -q, --quiet                     no summary or progress on stderr
  -h, --help                      this help

Exit codes: 0 clean, 1 problems at or above the failing level (or more warnings than
--max-warnings), 2 usage or internal error.
`;

export interface CheckOptions {
  format: CheckFormat;
  output?: string;
  similar: boolean;
  failOn: FailLevel;
  maxWarnings?: number;
  quiet: boolean;
  paths: string[];
}

export function parseCheckArgs(args: string[]): CheckOptions | 'help' {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    similar: { type: 'boolean' },
    'fail-on': { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const maxWarnings = values['max-warnings'] === undefined ? undefined : integerOption('max-warnings', values['max-warnings'], 0);
  return {
    format: choiceOption('format', values.format, CHECK_FORMATS, 'text'),
    output: values.output,
    similar: values.similar === true,
    failOn: choiceOption('fail-on', values['fail-on'], FAIL_LEVELS, 'error'),
    maxWarnings,
    quiet: values.quiet === true,
    paths: positionals,
  };
}

/** 1 when the run fails its gate: problems at or above --fail-on, or too many warnings. */
export function exitCodeFor(result: CheckResult, options: Pick<CheckOptions, 'failOn' | 'maxWarnings'>): 0 | 1 {
  const { error, warning } = result.counts;
  if (error > 0) return 1;
  if (options.failOn === 'warning' && warning > 0) return 1;
  if (options.maxWarnings !== undefined && warning > options.maxWarnings) return 1;
  return 0;
}

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseCheckArgs(args);
  if (options === 'help') {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const progress = options.quiet ? undefined : new Progress(io, 'Reading lessons');
  const loaded = await loadWorkspace(options.paths, io.cwd, {
    similarity: options.similar,
    rankingThread: options.similar,
    onProgress: (done, total) => progress?.update(done, total),
    log: (message) => io.stderr.write(`${message}\n`),
  });
  progress?.done();
  // Whoever sets the worker count (to compare, or to spare a busy machine) is told where the lessons were read.
  if (!options.quiet && io.env?.[INDEX_WORKERS_ENV] !== undefined) io.stderr.write(describeAnalysis(loaded.analysis));
  const sources: ProblemSource[] = options.similar ? [similarLessonHints(loaded.workspace, loaded.ranking, loaded.targets)] : [];
  const comparing = options.quiet || !options.similar ? undefined : new Progress(io, 'Comparing lessons');
  const result = collectProblems(loaded, sources, (done, total) => comparing?.update(done, total));
  comparing?.done();
  if (loaded.ranking) {
    if (!options.quiet && io.env?.[INDEX_WORKERS_ENV] !== undefined) io.stderr.write(`Hints ranked on a ranking thread: ${loaded.ranking.resultsUsed}.\n`);
    void loaded.ranking.close();
  }
  const output =
    options.format === 'json'
      ? formatJson(result, io.cwd)
      : options.format === 'sarif'
        ? formatSarif(result, io.cwd)
        : formatText(result, { cwd: io.cwd, color: options.output === undefined && shouldUseColor(io) });
  await writeOutput(io, output, options.output);
  if (!options.quiet) io.stderr.write(formatSummary(result));
  if (options.maxWarnings !== undefined && result.counts.warning > options.maxWarnings && !options.quiet) {
    io.stderr.write(`Too many warnings: ${result.counts.warning}, more than --max-warnings ${options.maxWarnings}.\n`);
  }
  return exitCodeFor(result, options);
}

function describeAnalysis(counts: AnalysisCounts): string {
  const readAhead = counts.readAhead > 0 ? ` Files read ahead for the main thread on a reader thread: ${counts.readAhead}.` : '';
  return `Index workers: ${counts.workers}; lessons read on them: ${counts.analysedOnWorkers}, on the main thread: ${counts.analysedHere}.${readAhead}\n`;
}
