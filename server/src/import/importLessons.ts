import { lstatSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { WorkspaceConfig } from '../engine/config/workspaceConfig';
import { checkImportedLessons } from '../engine/import/checkImportedLessons';
import { parseHeaderMapping } from '../engine/import/headerMapping';
import type { HeaderMapping } from '../engine/import/headerMatching';
import { planImport } from '../engine/import/importPlan';
import { ImportInputError } from '../engine/import/importInputError';
import type { RefusedRow } from '../engine/import/rowToLesson';
import type { SpreadsheetTable } from '../engine/import/spreadsheetTable';
import type { LessonIndex } from '../engine/index/LessonIndex';
import type { Problem } from '../engine/problem';
import { loadSpreadsheetReader } from './spreadsheet/loadSpreadsheetReader';
import { spreadsheetKind } from './spreadsheet/spreadsheetKind';
import { WriteFailure, writeAllOrNothing } from './writeAllOrNothing';

/** Largest spreadsheet read: a form's responses are well under it, and a workbook is read whole into memory. */
export const MAX_SPREADSHEET_BYTES = 50 * 1024 * 1024;

export interface ImportRequest {
  /** The .csv or .xlsx file, absolute. */
  file: string;
  /** A YAML or JSON file mapping header text to fields, absolute. */
  mappingFile?: string;
  /** The workspace folder the lessons go in (each in its locality's folder inside it). */
  folder: string;
  config: WorkspaceConfig;
  /** Every lesson of the workspace: the ids in use, and what the new lessons are checked against. */
  index: LessonIndex;
  /** YYYY-MM-DD: the date of rows without one, and what "in the future" means to the check. */
  today: string;
  /** Plan and check only; write nothing. */
  dryRun: boolean;
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
 * Imports the lessons of a spreadsheet into a workspace folder, as the command line and the
 * editor both do: read the rows, place each lesson (locality, next free id, file), check
 * them all, and write them all, or nothing when any row is refused or any write fails.
 * A file that cannot be read as a spreadsheet or mapping throws an ImportInputError.
 */
export async function importLessons(request: ImportRequest): Promise<ImportResult> {
  const table = await readTable(request.file);
  const mapping = request.mappingFile === undefined ? undefined : await readMapping(request.mappingFile);
  const plan = planImport(table, {
    config: request.config,
    today: request.today,
    existingIds: request.index.ids(),
    mapping,
    fileExists: (relativePath) => pathIsTaken(path.join(request.folder, relativePath)),
  });
  const placed = plan.lessons.map((lesson) => {
    const file = path.join(request.folder, ...lesson.relativePath.split('/'));
    return { ...lesson, path: file, uri: URI.file(file).toString() };
  });
  const problems = checkImportedLessons(placed, request.index, { config: request.config, today: request.today });
  const lessons = placed.map((lesson): ImportedLessonFile => ({ row: lesson.row, id: lesson.id, path: lesson.path, uri: lesson.uri, text: lesson.text, problems: problems.get(lesson.uri) ?? [] }));
  const result: ImportResult = { lessons, refused: plan.refused, ignoredColumns: plan.ignoredColumns, unusedMappings: plan.unusedMappings, written: false };
  if (request.dryRun || plan.refused.length > 0 || lessons.length === 0) return result;
  try {
    await writeAllOrNothing(lessons);
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    const shown = path.relative(request.folder, error.file).split(path.sep).join('/');
    return { ...result, writeError: `could not write ${shown}: ${error.message}` };
  }
  return { ...result, written: true };
}

/** Something is at the path (a file, a folder, a link, broken or not); a path that cannot exist (ENOTDIR) is free, and its write will say why it fails. */
function pathIsTaken(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

async function readTable(file: string): Promise<SpreadsheetTable> {
  const bytes = await readInput(file, 'spreadsheet');
  const kind = spreadsheetKind(file, bytes);
  const reader = loadSpreadsheetReader();
  try {
    return await reader.readSpreadsheet(bytes, kind);
  } catch (error) {
    const what = kind === 'xlsx' ? 'an Excel workbook' : 'CSV';
    throw new ImportInputError(`${path.basename(file)} could not be read as ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

async function readMapping(file: string): Promise<HeaderMapping> {
  const bytes = await readInput(file, 'mapping file');
  return parseHeaderMapping(Buffer.from(bytes).toString('utf8'), path.basename(file));
}

async function readInput(file: string, what: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new ImportInputError(`${file} does not exist; give the path of the ${what}.`);
  if (!stat.isFile()) throw new ImportInputError(`${file} is not a file; give the path of the ${what}.`);
  if (stat.size > MAX_SPREADSHEET_BYTES) throw new ImportInputError(`${path.basename(file)} is ${Math.round(stat.size / 1024 / 1024)} MB; a ${what} of at most ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB is read.`);
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new ImportInputError(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
