import ExcelJS from 'exceljs';
import type { SpreadsheetRow, SpreadsheetTable } from '../../engine/import/spreadsheetTable';

type XlsxBytes = Parameters<ExcelJS.Xlsx['load']>[0];

/**
 * Reads the first worksheet that has anything in it (a Microsoft Forms export has one) into
 * rows of text, numbered as Excel numbers them.
 */
export async function xlsxTable(bytes: Uint8Array): Promise<SpreadsheetTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as XlsxBytes);
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ?? workbook.worksheets[0];
  const rows: SpreadsheetRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push({ number, cells });
  });
  return { rows };
}

/** What a cell shows as text. Dates become YYYY-MM-DD (with the time when it has one). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result);
  if ('error' in value) return value.error;
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** Excel stores a date as a day count without a time zone; exceljs gives it as that day at UTC. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
