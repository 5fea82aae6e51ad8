import type { SpreadsheetTable } from '../../engine/import/spreadsheetTable';
import { csvTable } from './csvRows';
import type { SpreadsheetKind } from './spreadsheetKind';
import { xlsxTable } from './xlsxRows';

/**
 * Reads a spreadsheet's bytes into rows of text cells. This module and the libraries it
 * reads with are bundled on their own (dist/spreadsheet.js) and loaded only when lessons
 * are imported: exceljs alone is larger than the rest of the command line.
 */
export async function readSpreadsheet(bytes: Uint8Array, kind: SpreadsheetKind): Promise<SpreadsheetTable> {
  return kind === 'xlsx' ? xlsxTable(bytes) : csvTable(bytes);
}
