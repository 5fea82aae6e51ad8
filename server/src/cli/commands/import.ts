import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { lessonFileName } from '../../engine/authoring/newLesson';
import { ImportInputError } from '../../engine/import/importInputError';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import { importLessons, type ImportResult } from '../../import/importLessons';
import { parseCommandArgs } from '../args';
import type { CliIo } from '../cliIo';
import { shouldUseColor } from '../format/color';
import { countProblems, formatImportJson, formatImportSummary, formatImportText } from '../format/importOutput';
import { configRoot, loadWorkspace } from '../loadWorkspace';
import { UsageError } from '../usageError';

export const IMPORT_HELP = `Usage: learn-once import [options] <file.csv|file.xlsx> [folder]

Imports lessons from a spreadsheet, such as the responses to a Microsoft Forms form
exported to Excel or CSV: the first row names the columns, each row under it is one
lesson. Each lesson gets its locality's next free id and goes in the locality's folder
of the workspace (the nearest folder upwards from [folder], default the current folder,
with a learn-once.yaml), and every lesson is checked as 'learn-once check' checks it.
If any row cannot be placed (no title, no locality, a locality the workspace does not
know), nothing is written; an existing file is never overwritten.

Columns are matched by their header, ignoring case, spaces and punctuation: Title,
Locality, Stage, Date, Topics, "What was good?", "What was not so good?", "What could be
improved next time?", Summary, Related, Contact, and similar wordings. Topics and related
ids are separated by ';'. A row without a stage is 'captured'; without a date, today's.
Other columns (a form's Start time, Name, Email…) are left out and listed.

Options:
  -m, --map <file>   a YAML or JSON file mapping other headers to fields, e.g.
                       "Which ShCR are you from?": locality
                       "Anything else?": ignore
  -n, --dry-run      print each file that would be written with its YAML; write nothing
      --json         JSON: the lessons with row, id, path, text and problems, the
                     refused rows and the columns left out
  -q, --quiet        nothing on stderr but refused rows and errors
  -h, --help         this help

Exit codes: 0 imported, 1 a row was refused (nothing written) or an imported lesson has
an error, 2 a usage error, a file that cannot be read, or a write that failed (nothing is
left written).
`;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    map: { type: 'string', short: 'm' },
    'dry-run': { type: 'boolean', short: 'n' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  const [spreadsheet, folderGiven] = positionals;
  if (spreadsheet === undefined) throw new UsageError('give the spreadsheet to import, e.g. learn-once import responses.xlsx lessons');
  if (positionals.length > 2) throw new UsageError(`give the spreadsheet and at most one folder, not ${positionals.length} paths.`);
  const dryRun = values['dry-run'] === true;
  const folder = await existingFolder(io.cwd, folderGiven);
  const root = await configRoot(folder);
  const { workspace } = await loadWorkspace([root], io.cwd);
  let result: ImportResult;
  try {
    result = await importLessons({
      file: path.resolve(io.cwd, spreadsheet),
      mappingFile: values.map === undefined ? undefined : path.resolve(io.cwd, values.map),
      folder: root,
      config: workspace.configFor(path.join(root, lessonFileName('X-1'))),
      index: workspace.index,
      today: todayIso(),
      dryRun,
    });
  } catch (error) {
    if (error instanceof ImportInputError) throw new UsageError(error.message);
    throw error;
  }

  const source = path.basename(spreadsheet);
  if (values.json) io.stdout.write(formatImportJson(result, { cwd: io.cwd, dryRun }));
  else io.stdout.write(formatImportText(result, { cwd: io.cwd, color: shouldUseColor(io), dryRun, source }));
  const summary = formatImportSummary(result, { dryRun, source });
  // Refused rows and a failed write are never quiet: they are why nothing was written.
  const mustSay = result.refused.length > 0 || result.writeError !== undefined;
  if (!values.quiet || mustSay) io.stderr.write(summary);
  return exitCodeFor(result);
}

/** 2 when writing failed, 1 when a row was refused or a lesson has an error (as check fails on errors), else 0. */
export function exitCodeFor(result: ImportResult): 0 | 1 | 2 {
  if (result.writeError !== undefined) return 2;
  if (result.refused.length > 0) return 1;
  return countProblems(result).error > 0 ? 1 : 0;
}

async function existingFolder(cwd: string, given: string | undefined): Promise<string> {
  const folder = path.resolve(cwd, given ?? '.');
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`'${given}' is not a folder. Give the workspace folder the lessons belong in.`);
  return folder;
}
