import type { ImportLessonsResult } from '../../../shared/protocol';

/** LSP's severities: 1 error, 2 warning. */
const ERROR = 1;
const WARNING = 2;

/** Codes of problems a person must see first: someone's identifiable details in a lesson meant to be shared. */
const IDENTIFIABLE_CODES = new Set(['nhs-number', 'personal-data', 'contact-policy']);

/** Most refused rows named in the message itself; the rest are in the details. */
const ROWS_IN_MESSAGE = 2;

export interface ImportCounts {
  errors: number;
  warnings: number;
  /** Problems of the identifiable-data codes. */
  identifiable: number;
}

export function importCounts(result: ImportLessonsResult): ImportCounts {
  const counts: ImportCounts = { errors: 0, warnings: 0, identifiable: 0 };
  for (const { diagnostics } of result.problems) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === ERROR) counts.errors++;
      else if (diagnostic.severity === WARNING) counts.warnings++;
      if (IDENTIFIABLE_CODES.has(String(diagnostic.code))) counts.identifiable++;
    }
  }
  return counts;
}

/**
 * The one message an import ends with, for a person who may never have seen a YAML file:
 * what was written, or why nothing was.
 */
export function importMessage(result: ImportLessonsResult, source: string): { kind: 'error' | 'warning' | 'information'; text: string } {
  if (result.refused.length > 0) {
    const named = result.refused
      .slice(0, ROWS_IN_MESSAGE)
      .map((row) => `row ${row.row}: ${row.reason}`)
      .join(' ');
    const more = result.refused.length > ROWS_IN_MESSAGE ? ` …and ${plural(result.refused.length - ROWS_IN_MESSAGE, 'more row')}.` : '';
    return {
      kind: 'warning',
      text: `Nothing was imported: ${plural(result.refused.length, 'row')} of ${source} could not be placed. ${named}${more} Correct the spreadsheet and import it again.`,
    };
  }
  if (result.writeError !== undefined) return { kind: 'error', text: `Nothing was imported from ${source}: ${result.writeError}.` };
  if (result.lessons.length === 0) return { kind: 'warning', text: `${source} has no lessons to import.` };
  const counts = importCounts(result);
  const found = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
  const lessons = plural(result.lessons.length, 'lesson');
  if (result.dryRun) return { kind: 'information', text: `${lessons} from ${source} would be imported (${found}); nothing was written.` };
  if (counts.identifiable > 0) {
    return {
      kind: 'warning',
      text: `Imported ${lessons} from ${source}, but ${plural(counts.identifiable, 'problem')} may be someone's identifiable details: check them before the lessons are shared.`,
    };
  }
  return { kind: counts.errors > 0 ? 'warning' : 'information', text: `Imported ${lessons} from ${source} (${found}).` };
}

/**
 * The full account for the output channel: each refused row with why, each lesson with its
 * file and its problems (identifiable-data ones first, as the server sends them).
 */
export function importDetails(result: ImportLessonsResult, source: string, relativePath: (uri: string) => string): string[] {
  const lines = [
    `Import of ${source}${result.dryRun ? ' (dry run)' : ''}: ${result.written.length > 0 ? `${plural(result.written.length, 'lesson')} written` : 'nothing written'}.`,
  ];
  if (result.writeError !== undefined) lines.push(`  ${result.writeError}.`);
  if (result.refused.length > 0) {
    lines.push('Rows that could not be placed:');
    for (const row of result.refused) lines.push(`  row ${row.row}: ${row.reason}`);
  }
  if (result.ignoredColumns.length > 0) lines.push(`Columns not imported (no lesson field matches): ${result.ignoredColumns.join(', ')}`);
  const problemsOf = new Map(result.problems.map((entry) => [entry.uri, entry.diagnostics]));
  if (result.lessons.length > 0) lines.push(result.written.length > 0 ? 'Lessons written:' : 'Lessons read:');
  for (const lesson of result.lessons) {
    const diagnostics = problemsOf.get(lesson.uri) ?? [];
    lines.push(
      `  ${relativePath(lesson.uri)} (${lesson.id}, row ${lesson.row})${diagnostics.length === 0 ? '' : `: ${plural(diagnostics.length, 'problem')}`}`,
    );
    for (const diagnostic of diagnostics) {
      lines.push(
        `    ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${severityName(diagnostic.severity)} ${String(diagnostic.code ?? '')} ${diagnostic.message.replace(/\s*\n\s*/g, ' ')}`,
      );
    }
  }
  return lines;
}

function severityName(severity: number | undefined): string {
  return severity === ERROR ? 'error' : severity === WARNING ? 'warning' : severity === 3 ? 'information' : 'hint';
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
