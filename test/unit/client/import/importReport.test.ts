import * as assert from 'node:assert/strict';
import { importDetails, importMessage } from '../../../../client/src/import/importReport';
import type { ImportLessonsResult } from '../../../../shared/protocol';

const RANGE = { start: { line: 6, character: 2 }, end: { line: 6, character: 12 } };

function result(overrides: Partial<ImportLessonsResult> = {}): ImportLessonsResult {
  return {
    written: ['file:///w/leeds/LD-0001.lesson.yaml', 'file:///w/leeds/LD-0002.lesson.yaml'],
    lessons: [
      { uri: 'file:///w/leeds/LD-0001.lesson.yaml', id: 'LD-0001', row: 2, text: 'id: LD-0001\n' },
      { uri: 'file:///w/leeds/LD-0002.lesson.yaml', id: 'LD-0002', row: 3, text: 'id: LD-0002\n' },
    ],
    refused: [],
    problems: [
      {
        uri: 'file:///w/leeds/LD-0001.lesson.yaml',
        diagnostics: [{ range: RANGE, severity: 2, code: 'placeholder-answer', message: 'good still holds the question' }],
      },
      { uri: 'file:///w/leeds/LD-0002.lesson.yaml', diagnostics: [] },
    ],
    ignoredColumns: ['Email'],
    dryRun: false,
    ...overrides,
  };
}

describe('client: import messages', () => {
  it('says how many lessons were imported and what the check found', () => {
    assert.deepEqual(importMessage(result(), 'responses.xlsx'), { kind: 'information', text: 'Imported 2 lessons from responses.xlsx (0 errors, 1 warning).' });
    assert.deepEqual(
      importMessage(result({ written: [], dryRun: true }), 'responses.xlsx').text,
      '2 lessons from responses.xlsx would be imported (0 errors, 1 warning); nothing was written.',
    );
  });

  it('puts identifiable data before anything else', () => {
    const flagged = result({
      problems: [{ uri: 'file:///w/leeds/LD-0001.lesson.yaml', diagnostics: [{ range: RANGE, severity: 1, code: 'nhs-number', message: 'an NHS number' }] }],
    });
    const message = importMessage(flagged, 'r.csv');
    assert.equal(message.kind, 'warning');
    assert.match(message.text, /1 problem may be someone's identifiable details/);
  });

  it('explains refused rows by number, a few in the message and all in the details', () => {
    const refused = result({
      written: [],
      refused: [
        { row: 4, reason: 'no locality: the locality cell (column B) is empty.' },
        { row: 6, reason: 'no title: the title cell (column A) is empty.' },
        { row: 9, reason: "unknown locality 'Narnia'." },
      ],
    });
    const message = importMessage(refused, 'r.csv');
    assert.equal(message.kind, 'warning');
    assert.equal(
      message.text,
      'Nothing was imported: 3 rows of r.csv could not be placed. row 4: no locality: the locality cell (column B) is empty. row 6: no title: the title cell (column A) is empty. …and 1 more row. Correct the spreadsheet and import it again.',
    );
    const details = importDetails(refused, 'r.csv', (uri) => uri.replace('file:///w/', ''));
    assert.deepEqual(details.slice(0, 5), [
      'Import of r.csv: nothing written.',
      'Rows that could not be placed:',
      '  row 4: no locality: the locality cell (column B) is empty.',
      '  row 6: no title: the title cell (column A) is empty.',
      "  row 9: unknown locality 'Narnia'.",
    ]);
  });

  it('lists each lesson with its file, row and problems in the details', () => {
    assert.deepEqual(
      importDetails(result(), 'r.csv', (uri) => uri.replace('file:///w/', '')),
      [
        'Import of r.csv: 2 lessons written.',
        'Columns not imported (no lesson field matches): Email',
        'Lessons written:',
        '  leeds/LD-0001.lesson.yaml (LD-0001, row 2): 1 problem',
        '    7:3 warning placeholder-answer good still holds the question',
        '  leeds/LD-0002.lesson.yaml (LD-0002, row 3)',
      ],
    );
  });

  it('says a failed write left nothing written', () => {
    assert.deepEqual(
      importMessage(result({ written: [], writeError: 'could not write leeds/LD-0001.lesson.yaml: a file of that name already exists' }), 'r.csv'),
      {
        kind: 'error',
        text: 'Nothing was imported from r.csv: could not write leeds/LD-0001.lesson.yaml: a file of that name already exists.',
      },
    );
  });
});
