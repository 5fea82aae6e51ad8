import { lessonFileName } from '../authoring/newLesson';
import type { Locality, WorkspaceConfig } from '../config/workspaceConfig';
import { layoutColumns, type HeaderMapping } from './headerMatching';
import { IdAllocator } from './idAllocator';
import { importedLessonText } from './lessonYaml';
import { rowToLesson, type ImportedLesson, type RefusedRow } from './rowToLesson';
import { isEmptyRow, type SpreadsheetTable } from './spreadsheetTable';

/** One file an import writes. */
export interface PlannedLesson {
  row: number;
  id: string;
  locality: Locality;
  /** Relative to the workspace folder, with forward slashes: the locality's folder, then `<id>.lesson.yaml`. */
  relativePath: string;
  text: string;
}

/**
 * What an import would do: the files to write and the rows that cannot be placed. Rows
 * refused mean nothing is written; the lessons are still planned so all their problems can
 * be shown at once.
 */
export interface ImportPlan {
  lessons: PlannedLesson[];
  refused: RefusedRow[];
  /** Headers of the columns no field is read from (a mapping file's left-out columns are not listed). */
  ignoredColumns: string[];
  /** Headers a mapping file names that the spreadsheet does not have. */
  unusedMappings: string[];
}

export interface PlanOptions {
  config: WorkspaceConfig;
  /** Today as YYYY-MM-DD, for rows without a date. */
  today: string;
  /** Every id in use in the workspace. */
  existingIds: readonly string[];
  mapping?: HeaderMapping;
  /** True when a file is already at this path (relative to the workspace folder, forward slashes). */
  fileExists?: (relativePath: string) => boolean;
}

/** Reads every row into a lesson with its id and text, or a reason it cannot be placed. */
export function planImport(table: SpreadsheetTable, options: PlanOptions): ImportPlan {
  const rows = table.rows.filter((row) => !isEmptyRow(row));
  const header = rows[0];
  const none: ImportPlan = { lessons: [], refused: [], ignoredColumns: [], unusedMappings: [] };
  if (!header) {
    return {
      ...none,
      refused: [
        { row: 1, reason: 'the spreadsheet is empty: its first row should name the columns (Title, Locality, …) and each row under it be one lesson.' },
      ],
    };
  }
  const layout = layoutColumns(header.cells, options.mapping);
  const described = { ignoredColumns: layout.unmatched, unusedMappings: layout.unusedMappings };
  if (layout.problems.length > 0)
    return { ...none, ...described, refused: layout.problems.map((reason) => ({ row: header.number, reason: `header: ${reason}` })) };
  if (rows.length === 1) return { ...none, ...described, refused: [{ row: header.number, reason: 'there are no lessons under the header row.' }] };

  const read: ImportedLesson[] = [];
  const refused: RefusedRow[] = [];
  for (const row of rows.slice(1)) {
    const reading = rowToLesson(row, layout, options);
    if (reading.kind === 'lesson') read.push(reading.lesson);
    else if (reading.kind === 'refused') refused.push(reading.refused);
  }
  const pathOf = (locality: Locality, id: string): string => `${locality.folder}/${lessonFileName(id)}`;
  const folderOf = new Map(options.config.localities.map((locality) => [locality.prefix, locality]));
  const ids = new IdAllocator(options.existingIds, (prefix, id) => {
    const locality = folderOf.get(prefix);
    return locality !== undefined && (options.fileExists?.(pathOf(locality, id)) ?? false);
  });
  const lessons = read.map((lesson): PlannedLesson => {
    const id = ids.next(lesson.locality.prefix);
    return { row: lesson.row, id, locality: lesson.locality, relativePath: pathOf(lesson.locality, id), text: importedLessonText(lesson, id) };
  });
  return { lessons, refused, ...described };
}
