import { parse } from 'csv-parse/sync';
import type { SpreadsheetTable } from '../../engine/import/spreadsheetTable';
import { decodeCsvBytes } from './textDecoding';

/**
 * Reads CSV into rows as a spreadsheet shows them: quoted cells may hold commas, quotes
 * and line breaks, line ends may be Windows', a byte order mark is dropped, and every
 * record, an empty line too, is one row, so row numbers match what Excel shows.
 */
export function csvTable(bytes: Uint8Array): SpreadsheetTable {
  const text = decodeCsvBytes(bytes);
  const records = parse(text, {
    bom: true,
    delimiter: guessDelimiter(text),
    relax_column_count: true,
    // A quote inside an unquoted cell (5" screen) is text, as Excel reads it.
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return { rows: records.map((cells, index) => ({ number: index + 1, cells })) };
}

/**
 * Excel writes CSV with the list separator of the computer's region: a comma in England,
 * a semicolon in much of Europe; "Unicode Text" is tab-separated. The header row decides.
 */
function guessDelimiter(text: string): string {
  const header = firstRecordText(text);
  const count = (separator: string): number => header.split(separator).length - 1;
  const candidates = [',', ';', '\t'].map((separator) => ({ separator, count: count(separator) }));
  const best = candidates.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.separator : ',';
}

/** The first record without its quoted parts, which may hold separators and line breaks. */
function firstRecordText(text: string): string {
  let outside = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted) outside += char;
  }
  return outside;
}
