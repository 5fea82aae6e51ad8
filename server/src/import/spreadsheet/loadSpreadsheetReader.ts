import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type * as SpreadsheetReader from './readSpreadsheet';

/**
 * The spreadsheet reader's own bundle, beside the running one (dist/cli.js or
 * dist/serverMain.js), as the index worker is found beside the server.
 */
const READER_BUNDLE = path.join(__dirname, 'spreadsheet.js');
/** Run from the TypeScript sources (tests under tsx): the module itself, beside this one. */
const READER_SOURCE = path.join(__dirname, 'readSpreadsheet');

/**
 * Loads the spreadsheet reader only when an import runs. The path is worked out at run
 * time, so esbuild leaves the require alone and exceljs never enters the command line's or
 * the server's startup bundle.
 */
export function loadSpreadsheetReader(): typeof SpreadsheetReader {
  const file = existsSync(READER_BUNDLE) ? READER_BUNDLE : READER_SOURCE;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time, as said above
    return require(file) as typeof SpreadsheetReader;
  } catch (error) {
    throw new Error(
      `The spreadsheet reader could not be loaded from ${READER_BUNDLE} (run 'npm run build'): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
