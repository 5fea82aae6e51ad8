import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceConfig } from '../engine/config/workspaceConfig';
import { parseHeaderMapping } from '../engine/import/headerMapping';
import type { HeaderMapping } from '../engine/import/headerMatching';
import { ImportInputError } from '../engine/import/importInputError';
import type { SpreadsheetTable } from '../engine/import/spreadsheetTable';
import type { LessonIndex } from '../engine/index/LessonIndex';
import { planLessonsImport, type ImportResult } from './planLessonsImport';
import { loadSpreadsheetReader } from './spreadsheet/loadSpreadsheetReader';
import { spreadsheetKind } from './spreadsheet/spreadsheetKind';
import { tableFromBytes } from './spreadsheet/tableFromBytes';
import { WriteFailure, writeAllOrNothing } from './writeAllOrNothing';

export type { ImportResult } from './planLessonsImport';

/** Largest spreadsheet read: a form's responses are well under it, and a workbook is read whole into memory. */
export const MAX_SPREADSHEET_BYTES = 50 * 1024 * 1024;

export interface ImportRequest {
  /** The .csv or .xlsx file, absolute; or, with `content`, only its name. */
  file: string;
  /** The file's bytes, sent by an editor that read it (the browser has no path to read): read instead of `file`. */
  content?: Uint8Array;
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

/**
 * Imports the lessons of a spreadsheet into a workspace folder, as the command line and the
 * editor both do: read the rows, place each lesson (locality, next free id, file), check
 * them all, and write them all, or nothing when any row is refused or any write fails.
 * A file that cannot be read as a spreadsheet or mapping throws an ImportInputError.
 */
export async function importLessons(request: ImportRequest): Promise<ImportResult> {
  const table = await readTable(request.file, request.content);
  const mapping = request.mappingFile === undefined ? undefined : await readMapping(request.mappingFile);
  const result = planLessonsImport({ ...request, table, mapping });
  if (request.dryRun || result.refused.length > 0 || result.lessons.length === 0) return result;
  try {
    await writeAllOrNothing(result.lessons);
  } catch (error) {
    if (!(error instanceof WriteFailure)) throw error;
    const shown = path.relative(request.folder, error.file).split(path.sep).join('/');
    return { ...result, writeError: `could not write ${shown}: ${error.message}` };
  }
  return { ...result, written: true };
}

async function readTable(file: string, content: Uint8Array | undefined): Promise<SpreadsheetTable> {
  const bytes = content ?? (await readInput(file, 'spreadsheet'));
  return tableFromBytes(file, bytes, spreadsheetKind(file, bytes), (read, kind) => loadSpreadsheetReader().readSpreadsheet(read, kind));
}

async function readMapping(file: string): Promise<HeaderMapping> {
  const bytes = await readInput(file, 'mapping file');
  return parseHeaderMapping(Buffer.from(bytes).toString('utf8'), path.basename(file));
}

async function readInput(file: string, what: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new ImportInputError(`${file} does not exist; give the path of the ${what}.`);
  if (!stat.isFile()) throw new ImportInputError(`${file} is not a file; give the path of the ${what}.`);
  if (stat.size > MAX_SPREADSHEET_BYTES)
    throw new ImportInputError(
      `${path.basename(file)} is ${Math.round(stat.size / 1024 / 1024)} MB; a ${what} of at most ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB is read.`,
    );
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new ImportInputError(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
