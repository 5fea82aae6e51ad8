/**
 * A spreadsheet read into text cells, whatever the file was (CSV or Excel). Row numbers
 * are the ones the spreadsheet shows (the header is row 1), so a refused row can be found.
 */
export interface SpreadsheetRow {
  number: number;
  cells: string[];
}

export interface SpreadsheetTable {
  /** The header row first, then one row a lesson; rows with no text may be among them. */
  rows: SpreadsheetRow[];
}

/** True when no cell of the row holds anything but white space. */
export function isEmptyRow(row: SpreadsheetRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

/** The column's letter as a spreadsheet shows it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
