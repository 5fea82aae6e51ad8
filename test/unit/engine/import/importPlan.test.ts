import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { IdAllocator } from '../../../../server/src/engine/import/idAllocator';
import { planImport } from '../../../../server/src/engine/import/importPlan';
import type { SpreadsheetTable } from '../../../../server/src/engine/import/spreadsheetTable';

const CONFIG: WorkspaceConfig = {
  ...DEFAULT_CONFIG,
  localities: [
    { name: 'Leeds Care Record', prefix: 'LD', aliases: ['Leeds'], folder: 'leeds' },
    { name: 'Dorset Care Record', prefix: 'DC', folder: 'dorset-care-record' },
  ],
  usesDefaultLocalities: false,
};

function table(...rows: string[][]): SpreadsheetTable {
  return { rows: rows.map((cells, index) => ({ number: index + 1, cells })) };
}

describe('engine: import plan', () => {
  it("gives each row its locality's next free id, counting the workspace's ids and the rows before it", () => {
    const plan = planImport(table(['Title', 'Locality'], ['A', 'Leeds'], ['B', 'DC'], ['C', 'leeds care record'], ['D', 'Leeds']), {
      config: CONFIG,
      today: '2025-06-01',
      existingIds: ['LD-0001', 'LD-0007', 'GM-0099'],
    });
    assert.deepEqual(plan.refused, []);
    assert.deepEqual(
      plan.lessons.map((lesson) => [lesson.row, lesson.id, lesson.relativePath]),
      [
        [2, 'LD-0008', 'leeds/LD-0008.lesson.yaml'],
        [3, 'DC-0001', 'dorset-care-record/DC-0001.lesson.yaml'],
        [4, 'LD-0009', 'leeds/LD-0009.lesson.yaml'],
        [5, 'LD-0010', 'leeds/LD-0010.lesson.yaml'],
      ],
    );
    assert.equal((parse(plan.lessons[2].text) as { id: string; title: string }).id, 'LD-0009');
  });

  it('passes over an id whose file already exists, never planning over it', () => {
    const plan = planImport(table(['Title', 'Locality'], ['A', 'Leeds'], ['B', 'Leeds']), {
      config: CONFIG,
      today: '2025-06-01',
      existingIds: [],
      fileExists: (relativePath) => relativePath === 'leeds/LD-0001.lesson.yaml',
    });
    assert.deepEqual(
      plan.lessons.map((lesson) => lesson.id),
      ['LD-0002', 'LD-0003'],
    );
  });

  it('lists refused rows by their spreadsheet number, skips empty rows, and still plans the others', () => {
    const plan = planImport(table(['Title', 'Locality', 'Email'], ['A', 'Leeds', 'x@y.z'], ['', '', ''], ['B', ''], ['', 'Leeds'], ['C', 'Narnia']), {
      config: CONFIG,
      today: '2025-06-01',
      existingIds: [],
    });
    assert.deepEqual(
      plan.refused.map((refused) => refused.row),
      [4, 5, 6],
    );
    assert.match(plan.refused[0].reason, /^no locality/);
    assert.match(plan.refused[1].reason, /^no title/);
    assert.match(plan.refused[2].reason, /^unknown locality 'Narnia'.*Known localities: Leeds Care Record \(LD\), Dorset Care Record \(DC\)\./);
    assert.deepEqual(
      plan.lessons.map((lesson) => lesson.row),
      [2],
    );
    assert.deepEqual(plan.ignoredColumns, ['Email']);
  });

  it('refuses the header row when it cannot be used, and an empty spreadsheet', () => {
    const noTitle = planImport(table(['Name', 'Locality'], ['A', 'Leeds']), { config: CONFIG, today: '2025-06-01', existingIds: [] });
    assert.equal(noTitle.lessons.length, 0);
    assert.deepEqual(
      noTitle.refused.map((refused) => refused.row),
      [1],
    );
    assert.match(noTitle.refused[0].reason, /^header: no column gives the title/);
    const empty = planImport(table(['', ''], ['  ']), { config: CONFIG, today: '2025-06-01', existingIds: [] });
    assert.deepEqual(
      empty.refused.map((refused) => refused.row),
      [1],
    );
    assert.match(empty.refused[0].reason, /the spreadsheet is empty/);
    const headerOnly = planImport(table(['Title', 'Locality'], ['', '']), { config: CONFIG, today: '2025-06-01', existingIds: [] });
    assert.match(headerOnly.refused[0].reason, /no lessons under the header row/);
  });

  it('allocates ids one past the highest, past very large numbers too', () => {
    const ids = new IdAllocator(['GM-9007199254740993', 'GM-0002', 'YH-0004']);
    assert.equal(ids.next('GM'), 'GM-9007199254740994');
    assert.equal(ids.next('GM'), 'GM-9007199254740995');
    assert.equal(ids.next('YH'), 'YH-0005');
    assert.equal(ids.next('OL'), 'OL-0001');
    assert.equal(ids.next('OL'), 'OL-0002');
  });
});
