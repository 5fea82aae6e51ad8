import * as path from 'node:path';
import { ImportInputError } from '../engine/import/importInputError';
import type { ImportRequest, ImportResult } from '../import/importLessons';
import { planLessonsImport } from '../import/planLessonsImport';
import { csvTable } from '../import/spreadsheet/csvRows';
import { spreadsheetKind } from '../import/spreadsheet/spreadsheetKind';
import { tableFromBytes } from '../import/spreadsheet/tableFromBytes';

/**
 * The web server's import: the same planning and checks as in Node, from the bytes the client
 * sent, and nothing written (a web worker has no file system: the client writes the planned
 * lessons with workspace.fs). Only CSV: the Excel reader (exceljs, about 1 MB) would take the
 * web bundles over their 1 MB budget.
 */
export async function importFromContent(request: ImportRequest): Promise<ImportResult> {
  const name = path.basename(request.file);
  if (request.content === undefined) throw new ImportInputError(`${name} cannot be read by the server in the browser; the editor sends the file's content.`);
  if (request.mappingFile !== undefined)
    throw new ImportInputError('A mapping file cannot be read in the browser; import with it in VS Code desktop or with learn-once import --mapping.');
  if (!request.dryRun) throw new ImportInputError('The server in the browser does not write files; ask with writeBy: client and write the lessons it plans.');
  const kind = spreadsheetKind(name, request.content);
  if (kind === 'xlsx') {
    throw new ImportInputError(
      `${name} is an Excel workbook, which cannot be imported in the browser: save the sheet as CSV (File › Save As › CSV UTF-8) to import it here, or import the .xlsx in VS Code desktop or with learn-once import.`,
    );
  }
  const table = await tableFromBytes(name, request.content, kind, async (bytes) => csvTable(bytes));
  return planLessonsImport({ ...request, table });
}
