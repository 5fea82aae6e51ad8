import type { ImportResult } from '../../import/importLessons';
import { problemPriority, PRIORITY_PROBLEM_CODES } from '../../engine/import/problemPriority';
import type { Problem } from '../../engine/problem';
import type { CheckedFile, CheckResult, SeverityCounts } from '../checkResult';
import { VERSION } from '../../engine/version';
import { TOOL_NAME } from '../toolInfo';
import { toJsonProblem, type JsonProblem } from './json';
import { displayPath } from './paths';
import { formatText } from './text';

export interface ImportOutputOptions {
  cwd: string;
  color: boolean;
  dryRun: boolean;
  /** The spreadsheet's name as given, for the summary. */
  source: string;
}

/**
 * stdout of `learn-once import`: the paths written (or, in a dry run, each file's path and
 * YAML), then every problem as `learn-once check` prints it, the identifiable-data codes
 * first across all files so none is missed under the others.
 */
export function formatImportText(result: ImportResult, options: ImportOutputOptions): string {
  const parts: string[] = [];
  for (const lesson of result.lessons) {
    const shown = displayPath(lesson.path, options.cwd);
    if (options.dryRun) parts.push(`# ${shown} (row ${lesson.row})\n${lesson.text}\n`);
    else if (result.written) parts.push(`${shown}\n`);
  }
  const urgent = checkResultOf(result, (problem) => problemPriority(problem) < PRIORITY_PROBLEM_CODES.length);
  const rest = checkResultOf(result, (problem) => problemPriority(problem) === PRIORITY_PROBLEM_CODES.length);
  parts.push(formatText(urgent, options), formatText(rest, options));
  return parts.join('');
}

/** stderr of `learn-once import`: refused rows, columns left out, and one closing sentence. */
export function formatImportSummary(result: ImportResult, options: Pick<ImportOutputOptions, 'dryRun' | 'source'>): string {
  const lines: string[] = [];
  for (const refused of result.refused) lines.push(`row ${refused.row}: ${refused.reason}`);
  if (result.ignoredColumns.length > 0) {
    lines.push(
      `Not imported: ${plural(result.ignoredColumns.length, 'column')} no lesson field matches (${result.ignoredColumns.map((header) => `'${header}'`).join(', ')}); map them with --map if they hold lesson text.`,
    );
  }
  if (result.unusedMappings.length > 0)
    lines.push(`The mapping names ${plural(result.unusedMappings.length, 'header')} the spreadsheet does not have: ${result.unusedMappings.join(', ')}.`);
  const counts = countProblems(result);
  const found = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`;
  const lessons = plural(result.lessons.length, 'lesson');
  if (result.refused.length > 0) {
    lines.push(
      `Nothing was written: ${plural(result.refused.length, 'row')} of ${options.source} could not be placed. Correct ${result.refused.length === 1 ? 'it' : 'them'} in the spreadsheet and import it again.`,
    );
  } else if (result.writeError !== undefined) {
    lines.push(`Nothing was written: ${result.writeError}.`);
  } else if (options.dryRun) {
    lines.push(`Dry run: ${lessons} from ${options.source} would be written (${found}); nothing was written.`);
  } else if (result.written) {
    lines.push(
      `Imported ${lessons} from ${options.source}: ${found}.${counts.error > 0 ? " Correct the errors in the files, then run 'learn-once check'." : ''}`,
    );
  }
  return lines.map((line) => `${line}\n`).join('');
}

export interface ImportJson {
  tool: { name: string; version: string };
  dryRun: boolean;
  /** True when the lessons were written. */
  written: boolean;
  summary: { lessons: number; refused: number; errors: number; warnings: number; information: number; hints: number };
  lessons: { row: number; id: string; path: string; uri: string; text: string; problems: JsonProblem[] }[];
  refused: { row: number; reason: string }[];
  ignoredColumns: string[];
  /** Why writing failed; nothing was left written. */
  error?: string;
}

export function formatImportJson(result: ImportResult, options: Pick<ImportOutputOptions, 'cwd' | 'dryRun'>): string {
  const counts = countProblems(result);
  const json: ImportJson = {
    tool: { name: TOOL_NAME, version: VERSION },
    dryRun: options.dryRun,
    written: result.written,
    summary: {
      lessons: result.lessons.length,
      refused: result.refused.length,
      errors: counts.error,
      warnings: counts.warning,
      information: counts.information,
      hints: counts.hint,
    },
    lessons: result.lessons.map((lesson) => ({
      row: lesson.row,
      id: lesson.id,
      path: displayPath(lesson.path, options.cwd),
      uri: lesson.uri,
      text: lesson.text,
      problems: lesson.problems.map((problem) => toJsonProblem(problem, options.cwd)),
    })),
    refused: result.refused,
    ignoredColumns: result.ignoredColumns,
  };
  if (result.writeError !== undefined) json.error = result.writeError;
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function countProblems(result: ImportResult): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const lesson of result.lessons) for (const problem of lesson.problems) counts[problem.severity]++;
  return counts;
}

/** The lessons' problems that `keep` keeps, shaped for the check's text format. */
function checkResultOf(result: ImportResult, keep: (problem: Problem) => boolean): CheckResult {
  const files: CheckedFile[] = result.lessons.map((lesson) => ({
    path: lesson.path,
    uri: lesson.uri,
    isConfig: false,
    problems: lesson.problems.filter(keep),
  }));
  return { files, lessons: files.length, counts: { error: 0, warning: 0, information: 0, hint: 0 } };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
