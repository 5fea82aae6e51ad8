import * as path from 'node:path';
import { ImportInputError } from '../../engine/import/importInputError';

export type SpreadsheetKind = 'csv' | 'xlsx';

/** An .xlsx workbook is a zip archive, which starts "PK\x03\x04". */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** What the file is, by its name, checked against its first bytes where they tell. */
export function spreadsheetKind(file: string, bytes: Uint8Array): SpreadsheetKind {
  const name = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  const isZip = ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
  if (extension === '.xlsx') {
    if (!isZip)
      throw new ImportInputError(`${name} is not an Excel workbook, though it is named .xlsx. Save it from Excel as "Excel Workbook (.xlsx)" or "CSV UTF-8".`);
    return 'xlsx';
  }
  if (extension === '.csv') {
    if (isZip) throw new ImportInputError(`${name} is an Excel workbook, not CSV; name it .xlsx.`);
    return 'csv';
  }
  if (extension === '.xls')
    throw new ImportInputError(`${name} is in the old Excel format; save it from Excel as "Excel Workbook (.xlsx)" or "CSV UTF-8" and import that.`);
  throw new ImportInputError(`${name} is not a .csv or .xlsx file. Export the responses from Microsoft Forms or Excel as .xlsx or CSV.`);
}
