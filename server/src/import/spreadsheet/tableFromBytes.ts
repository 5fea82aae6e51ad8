import * as path from 'node:path';
import { ImportInputError } from '../../engine/import/importInputError';
import type { SpreadsheetTable } from '../../engine/import/spreadsheetTable';
import type { SpreadsheetKind } from './spreadsheetKind';

/** Reads a spreadsheet's bytes into rows: the lazily loaded reader in Node, the CSV reader alone in the browser. */
export type ReadSpreadsheet = (bytes: Uint8Array, kind: SpreadsheetKind) => Promise<SpreadsheetTable>;

/** The rows of a spreadsheet named `file` (a path or a file name), or an ImportInputError that says why it cannot be read. */
export async function tableFromBytes(file: string, bytes: Uint8Array, kind: SpreadsheetKind, read: ReadSpreadsheet): Promise<SpreadsheetTable> {
  try {
    return await read(bytes, kind);
  } catch (error) {
    const what = kind === 'xlsx' ? 'an Excel workbook' : 'CSV';
    throw new ImportInputError(`${path.basename(file)} could not be read as ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
