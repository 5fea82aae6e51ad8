import * as assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { ImportInputError } from '../../../../server/src/engine/import/importInputError';
import { loadSpreadsheetReader } from '../../../../server/src/import/spreadsheet/loadSpreadsheetReader';
import { spreadsheetKind } from '../../../../server/src/import/spreadsheet/spreadsheetKind';
import { cellText } from '../../../../server/src/import/spreadsheet/xlsxRows';

const reader = loadSpreadsheetReader();
const csv = (text: string | Buffer): Promise<string[][]> =>
  reader.readSpreadsheet(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, 'csv').then((table) => table.rows.map((row) => row.cells));

describe('import: reading spreadsheets', () => {
  it('loads the reader from the sources when no bundle is beside them', () => {
    assert.equal(typeof reader.readSpreadsheet, 'function');
  });

  it('reads CSV with a byte order mark, Windows line ends, and quotes, commas and line breaks in cells', async () => {
    const text = '\uFEFFTitle,What was good?\r\n"Consent, agreed","He said ""yes""\r\nthen # left"\r\nplain,5" screen\r\n';
    assert.deepEqual(await csv(text), [
      ['Title', 'What was good?'],
      ['Consent, agreed', 'He said "yes"\r\nthen # left'],
      ['plain', '5" screen'],
    ]);
  });

  it('numbers CSV rows as a spreadsheet does, an empty line being a row and a multi-line cell one row', async () => {
    const table = await reader.readSpreadsheet(Buffer.from('a,b\n"x\ny",1\n\nz,2\n'), 'csv');
    assert.deepEqual(
      table.rows.map((row) => [row.number, row.cells.join('|')]),
      [
        [1, 'a|b'],
        [2, 'x\ny|1'],
        [3, ''],
        [4, 'z|2'],
      ],
    );
  });

  it('reads CSV saved by Excel with a semicolon or a tab, in UTF-16 or in Windows-1252', async () => {
    assert.deepEqual(await csv('Title;Topics\nA;b, c\n'), [
      ['Title', 'Topics'],
      ['A', 'b, c'],
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\tLocality\r\nA £5\tGM\r\n', 'utf16le')]);
    assert.deepEqual(await csv(utf16), [
      ['Title', 'Locality'],
      ['A £5', 'GM'],
    ]);
    const windows1252 = Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xa3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94, 0x0a]);
    assert.deepEqual(await csv(windows1252), [['Title'], ['£5 – “q”']]);
  });

  it('reads the first worksheet with rows of an Excel workbook, numbered as Excel numbers them', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    const sheet = workbook.addWorksheet('Responses');
    sheet.addRow(['Title', 'Date', 'Good', 'Count']);
    sheet.addRow(['Consent: "agreed", # once', new Date(Date.UTC(2025, 2, 14)), 'line one\nline two', 3]);
    sheet.getRow(4).values = [
      'Later',
      new Date(Date.UTC(2025, 2, 14, 10, 22, 5)),
      { richText: [{ text: 'rich ' }, { text: 'text' }] },
      { formula: '1+1', result: 2 },
    ];
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await reader.readSpreadsheet(bytes, 'xlsx');
    assert.deepEqual(table.rows, [
      { number: 1, cells: ['Title', 'Date', 'Good', 'Count'] },
      { number: 2, cells: ['Consent: "agreed", # once', '2025-03-14', 'line one\nline two', '3'] },
      { number: 4, cells: ['Later', '2025-03-14T10:22:05', 'rich text', '2'] },
    ]);
  });

  it('turns every kind of Excel cell into its text', () => {
    assert.equal(cellText(null), '');
    assert.equal(cellText(true), 'true');
    assert.equal(cellText({ text: 'link', hyperlink: 'https://example.org' }), 'link');
    assert.equal(cellText({ error: '#N/A' }), '#N/A');
    assert.equal(cellText({ sharedFormula: 'A1', result: 'x' }), 'x');
    assert.equal(cellText({ formula: 'A1' }), '');
  });

  it('tells a .csv from an .xlsx by name and first bytes, and refuses other files', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]);
    assert.equal(spreadsheetKind('/x/a.CSV', Buffer.from('a,b')), 'csv');
    assert.equal(spreadsheetKind('/x/a.xlsx', zip), 'xlsx');
    const refused = (file: string, bytes: Buffer): string => {
      try {
        spreadsheetKind(file, bytes);
      } catch (error) {
        assert.ok(error instanceof ImportInputError);
        return error.message;
      }
      assert.fail(`expected ${file} to be refused`);
    };
    assert.match(refused('/x/a.xlsx', Buffer.from('a,b')), /a\.xlsx is not an Excel workbook/);
    assert.match(refused('/x/a.csv', zip), /is an Excel workbook, not CSV/);
    assert.match(refused('/x/a.xls', zip), /old Excel format/);
    assert.match(refused('/x/a.txt', Buffer.from('a')), /not a \.csv or \.xlsx file/);
  });
});
