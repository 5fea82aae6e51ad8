import { choiceOption, parseCommandArgs } from '../args';
import type { CliIo } from '../cliIo';
import { DEFAULT_AUDIENCE, REPORT_AUDIENCES } from '../../engine/report/reportAudience';
import { Progress } from '../progress';
import { buildReport } from '../report/buildReport';
import { renderHtml } from '../report/html';
import { renderMarkdown } from '../report/markdown';
import { UsageError } from '../usageError';
import { writeOutput } from '../writeOutput';

export const REPORT_FORMATS = ['markdown', 'html'] as const;

export const REPORT_HELP = `Usage: learn-once report [options] [folder]

The catalogue of a workspace's lessons, for people who never open an editor: lessons
per locality and stage, lessons by topic, reuse (which lessons were replicated,
customised or enhanced, and by which localities), groups of similar lessons not yet
linked (duplication still going on), and the summary of every curated or communicated
lesson. The workspace is the nearest folder upwards from [folder] (default: the
current folder) with a learn-once.yaml.

Options:
  -a, --audience <public|readers|curators>
                                who the report is for (default: readers): public
                                sees only lessons marked sensitivity: public,
                                readers also nhs-only ones (the default), curators
                                also restricted ones; the report says how many it
                                left out. A lesson holding an NHS number is never
                                in a report.
  -f, --format <markdown|html>  output format (default: markdown); html is one
                                self-contained page with a chart, ready to print
  -o, --out <file>              write to a file instead of stdout
  -q, --quiet                   no progress on stderr
  -h, --help                    this help
`;

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    audience: { type: 'string', short: 'a' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return 0;
  }
  const format = choiceOption('format', values.format, REPORT_FORMATS, 'markdown');
  const audience = choiceOption('audience', values.audience, REPORT_AUDIENCES, DEFAULT_AUDIENCE);
  if (positionals.length > 1) throw new UsageError(`give one workspace folder, not ${positionals.length}.`);
  const reading = values.quiet ? undefined : new Progress(io, 'Reading lessons');
  let comparing: Progress | undefined;
  const { report } = await buildReport(positionals[0] ?? '.', io.cwd, {
    audience,
    onProgress: (done, total) => reading?.update(done, total),
    onCompareProgress: (done, total) => {
      if (done === 1) {
        reading?.done();
        comparing = values.quiet ? undefined : new Progress(io, 'Comparing lessons');
      }
      comparing?.update(done, total);
    },
  });
  reading?.done();
  comparing?.done();
  await writeOutput(io, format === 'html' ? renderHtml(report) : renderMarkdown(report), values.out);
  if (values.out !== undefined && !values.quiet) io.stderr.write(`Wrote the ${format === 'html' ? 'HTML' : 'Markdown'} report of ${report.totals.lessons} lessons to ${values.out}.\n`);
  return 0;
}
