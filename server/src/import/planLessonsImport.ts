import { lstatSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { WorkspaceConfig } from '../engine/config/workspaceConfig';
import { checkImportedLessons } from '../engine/import/checkImportedLessons';
import type { HeaderMapping } from '../engine/import/headerMatching';
import { planImport } from '../engine/import/importPlan';
import type { RefusedRow } from '../engine/import/rowToLesson';
import type { SpreadsheetTable } from '../engine/import/spreadsheetTable';
import type { LessonIndex } from '../engine/index/LessonIndex';
import type { Problem } from '../engine/problem';

export interface ImportPlanRequest {
  table: SpreadsheetTable;
  mapping?: HeaderMapping;
  /** The workspace folder the lessons go in (each in its locality's folder inside it). */
  folder: string;
  config: WorkspaceConfig;
  /** Every lesson of the workspace: the ids in use, and what the new lessons are checked against. */
  index: LessonIndex;
  /** YYYY-MM-DD: the date of rows without one, and what "in the future" means to the check. */
  today: string;
}

export interface ImportedLessonFile {
  row: number;
  id: string;
  /** Absolute path. */
  path: string;
  uri: string;
  text: string;
  /** As `learn-once check` finds them once written: identifiable-data codes first. */
  problems: Problem[];
}

export interface ImportResult {
  lessons: ImportedLessonFile[];
  refused: RefusedRow[];
  ignoredColumns: string[];
  unusedMappings: string[];
  /** True when the files are on disk: not a dry run, no row refused and every write done. */
  written: boolean;
  /** Why writing failed, with the file's path relative to the folder; nothing was left written. */
  writeError?: string;
}

/**
 * Places each row's lesson (locality, next free id, file) and checks them all, writing
 * nothing: what the command line, the Node server and the web server (whose client then
 * writes the files) all plan an import with.
 */
export function planLessonsImport(request: ImportPlanRequest): ImportResult {
  const plan = planImport(request.table, {
    config: request.config,
    today: request.today,
    existingIds: request.index.ids(),
    mapping: request.mapping,
    fileExists: (relativePath) => pathIsTaken(path.join(request.folder, relativePath)),
  });
  const placed = plan.lessons.map((lesson) => {
    const file = path.join(request.folder, ...lesson.relativePath.split('/'));
    return { ...lesson, path: file, uri: URI.file(file).toString() };
  });
  const problems = checkImportedLessons(placed, request.index, { config: request.config, today: request.today });
  const lessons = placed.map((lesson): ImportedLessonFile => ({
    row: lesson.row,
    id: lesson.id,
    path: lesson.path,
    uri: lesson.uri,
    text: lesson.text,
    problems: problems.get(lesson.uri) ?? [],
  }));
  return { lessons, refused: plan.refused, ignoredColumns: plan.ignoredColumns, unusedMappings: plan.unusedMappings, written: false };
}

/** Something is at the path (a file, a folder, a link, broken or not); a path that cannot exist (ENOTDIR) is free, and its write will say why it fails. */
function pathIsTaken(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
