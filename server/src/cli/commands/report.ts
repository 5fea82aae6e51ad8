import * as path from 'node:path';
import { choiceOption, parseCommandArgs } from '../args';
import type { CliIo } from '../cliIo';
import { DEFAULT_AUDIENCE, REPORT_AUDIENCES } from '../../engine/report/reportAudience';
import { Progress } from '../progress';
import { artefactPathLinks } from '../report/artefactLinks';
import { buildReport } from '../report/buildReport';
import { renderHtml } from '../report/html';
import { renderMarkdown } from '../report/markdown';
import { reportFilterOptions } from '../report/reportFilterOptions';
import { UsageError } from '../usageError';
import { writeOutput } from '../writeOutput';

export const REPORT_FORMATS = ['markdown', 'html'] as const;

export const REPORT_HELP = `Usage: learn-once report [options] [folder]

A report of a workspace's lessons for people who never open an editor, shaped by who
reads it. The workspace is the nearest folder upwards from [folder] (default: the
current folder) with a learn-once.yaml.

  readers (the default) and public: communicated lessons only, under a headline
    ("N lessons learned once, reused M times by K localities") and the outcomes
    reported; each lesson in full (summary, what to do next time, outcome,
    artefacts, contact) with its adoption history: every lesson that replicated,
    customised or enhanced it, with status, date and outcome.
  curators: the backlog per locality and stage (in HTML with a chart) and the
    lessons at each stage before communicated; lessons waiting for a curator's
    review; similar lessons not yet linked or in one theme; topics outside the
    topic list, with the nearest listed term.

Every lesson id links to the lesson's entry when it has one in the report.

Options:
  -a, --audience <public|readers|curators>
                                who the report is for (default: readers). By
                                sensitivity, public sees only lessons marked
                                public, readers also nhs-only ones, curators also
                                restricted ones; the report says how many it left
                                out. A lesson holding an NHS number is never in a
                                report.
      --stage <stage>           only lessons at this stage (captured, collated,
                                organised, curated, communicated; readers and
                                public: communicated only)
      --topic <topic>           only lessons with this topic (any case)
      --locality <name>         only lessons of this locality (name, alias or id
                                prefix such as LD, any case)
      --since <YYYY-MM-DD>      only lessons dated on or after this day
                                (--stage, --topic and --locality can be given
                                again for more than one; the report states them)
  -f, --format <markdown|html>  output format (default: markdown); html is one
                                self-contained page, ready to print
  -o, --out <file>              write to a file instead of stdout; inside the
                                workspace, artefact paths become links
  -q, --quiet                   no progress on stderr
  -h, --help                    this help
`;

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    audience: { type: 'string', short: 'a' },
    stage: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
    locality: { type: 'string', multiple: true },
    since: { type: 'string' },
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
  const filters = reportFilterOptions(values, audience);
  if (positionals.length > 1) throw new UsageError(`give one workspace folder, not ${positionals.length}.`);
  const reading = values.quiet ? undefined : new Progress(io, 'Reading lessons');
  let comparing: Progress | undefined;
  const { report, root } = await buildReport(positionals[0] ?? '.', io.cwd, {
    audience,
    filters,
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
  const options = { artefactPathLink: artefactPathLinks(root, values.out === undefined ? undefined : path.resolve(io.cwd, values.out)) };
  await writeOutput(io, format === 'html' ? renderHtml(report, options) : renderMarkdown(report, options), values.out);
  if (values.out !== undefined && !values.quiet)
    io.stderr.write(`Wrote the ${format === 'html' ? 'HTML' : 'Markdown'} report of ${report.totals.lessons} lessons to ${values.out}.\n`);
  return 0;
}
