import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { answerText, isoDate, listItems } from '../../../../server/src/engine/import/cellValues';
import { layoutColumns } from '../../../../server/src/engine/import/headerMatching';
import { rowToLesson, type ImportedLesson, type RowReading } from '../../../../server/src/engine/import/rowToLesson';

const HEADERS = [
  'Title',
  'Locality',
  'Stage',
  'Date',
  'Topics',
  'What was good?',
  'Not so good',
  'Improvements',
  'Summary',
  'Related',
  'Adoption',
  'Adopted lesson',
  'Contact',
  'Who can see this?',
];
const LAYOUT = layoutColumns(HEADERS);
const OPTIONS = { config: DEFAULT_CONFIG, today: '2025-06-01' };

function read(cells: Record<string, string>, number = 2, options: { config: WorkspaceConfig; today: string } = OPTIONS): RowReading {
  return rowToLesson({ number, cells: HEADERS.map((header) => cells[header] ?? '') }, LAYOUT, options);
}

function lesson(cells: Record<string, string>): ImportedLesson {
  const reading = read(cells);
  assert.equal(reading.kind, 'lesson', JSON.stringify(reading));
  return (reading as { lesson: ImportedLesson }).lesson;
}

describe('engine: import row → lesson', () => {
  it('reads every field: the locality by alias, lists from ;-separated cells, answers ending in one line end', () => {
    const read = lesson({
      Title: '  Consent:\r\nopt-outs applied twice ',
      Locality: 'gmcr',
      Stage: 'Curated',
      Date: '14/03/2025',
      Topics: 'Consent; data sharing;;CONSENT;\r\nopt-out;',
      'What was good?': '\r\n\r\nOne IG lead per trust.\r\nAgreed once.\r\n\r\n',
      'Not so good': 'Nine months',
      Improvements: '  indented first line\n\tand a tab',
      Summary: 'One paragraph.',
      Related: 'wx-0003; YH-0007,YH-0007',
      Adoption: 'Replicate',
      'Adopted lesson': 'yh-0007',
      Contact: ' someone@nhs.net ',
      'Who can see this?': ' NHS only ',
    });
    assert.equal(read.title, 'Consent: opt-outs applied twice');
    assert.equal(read.locality.name, 'Greater Manchester Care Record');
    assert.equal(read.stage, 'curated');
    assert.equal(read.date, '2025-03-14');
    assert.deepEqual(read.topics, ['Consent', 'data sharing', 'opt-out']);
    assert.deepEqual(read.answers, {
      good: 'One IG lead per trust.\nAgreed once.\n',
      not_so_good: 'Nine months\n',
      improvements: '  indented first line\n\tand a tab\n',
    });
    assert.equal(read.summary, 'One paragraph.');
    assert.deepEqual(read.related, ['WX-0003', 'YH-0007']);
    assert.deepEqual(read.adoption, { action: 'replicate', lesson: 'YH-0007' });
    assert.equal(read.contact, 'someone@nhs.net');
    assert.equal(read.sensitivity, 'nhs-only');
    assert.equal(read.row, 2);
  });

  it("reads the review, the outcome, the adoption's status, date and outcome, and artefacts from their own columns", () => {
    const headers = [
      'Title',
      'Locality',
      'Reviewed by',
      'Review date',
      'Outcome',
      'Adoption',
      'Adopted lesson',
      'Adoption status',
      'Adoption date',
      'Adoption outcome',
      'Documents',
    ];
    const reading = rowToLesson(
      {
        number: 3,
        cells: [
          'T',
          'ld',
          ' Priya Shah ',
          '01/04/2025',
          'Sign-off in six weeks',
          'Customise',
          'yh-0002',
          'In progress',
          '2025-03-01',
          'Signed in seven weeks',
          'artefacts/dsa.md; https://example.nhs.uk/dpia',
        ],
      },
      layoutColumns(headers),
      OPTIONS,
    );
    assert.equal(reading.kind, 'lesson', JSON.stringify(reading));
    const read = (reading as { lesson: ImportedLesson }).lesson;
    assert.equal(read.reviewedBy, 'Priya Shah');
    assert.equal(read.reviewedOn, '2025-04-01');
    assert.equal(read.outcome, 'Sign-off in six weeks');
    assert.deepEqual(read.adoption, { action: 'customise', lesson: 'YH-0002', status: 'in-progress', date: '2025-03-01', outcome: 'Signed in seven weeks' });
    assert.deepEqual(read.artefacts, ['artefacts/dsa.md', 'https://example.nhs.uk/dpia']);
  });

  it('defaults a missing stage to captured and a missing date to today, and finds a locality by its prefix', () => {
    const read = lesson({ Title: 'T', Locality: 'ld' });
    assert.equal(read.stage, 'captured');
    assert.equal(read.date, '2025-06-01');
    assert.equal(read.locality.prefix, 'LD');
    assert.deepEqual(read.topics, []);
    assert.deepEqual(read.answers, {});
    assert.equal(read.adoption, undefined);
  });

  it('keeps a multi-line summary on its lines', () => {
    assert.equal(lesson({ Title: 'T', Locality: 'GM', Summary: 'First.\r\nSecond.' }).summary, 'First.\nSecond.\n');
  });

  it('refuses a row without title or locality, or with an unknown locality, saying which row and why', () => {
    assert.deepEqual(read({ Locality: 'GM', 'What was good?': 'x' }, 7), {
      kind: 'refused',
      refused: { row: 7, reason: 'no title: the title cell (column A) is empty.' },
    });
    assert.deepEqual(read({ Title: 'T', Locality: '   ' }, 8), {
      kind: 'refused',
      refused: { row: 8, reason: 'no locality: the locality cell (column B) is empty.' },
    });
    const typo = read({ Title: 'T', Locality: 'Dorset Care Recrd' }, 9);
    assert.equal(typo.kind, 'refused');
    assert.match(
      (typo as { refused: { reason: string } }).refused.reason,
      /^unknown locality 'Dorset Care Recrd': it is not a locality of this workspace\. Did you mean 'Dorset Care Record'\?$/,
    );
    const unknown = read({ Title: 'T', Locality: 'Atlantis' }, 10);
    assert.match(
      (unknown as { refused: { reason: string } }).refused.reason,
      /unknown locality 'Atlantis'.*Known localities: Greater Manchester Care Record \(GM\), One London \(OL\)/,
    );
  });

  it('skips an empty row without a word', () => {
    assert.deepEqual(read({ Title: '  ', Locality: '\r\n' }), { kind: 'empty' });
  });

  it("reads the workspace's own localities and aliases", () => {
    const config: WorkspaceConfig = {
      ...DEFAULT_CONFIG,
      localities: [{ name: 'Leeds Care Record', prefix: 'LD', aliases: ['Leeds'], folder: 'leeds' }],
      usesDefaultLocalities: false,
    };
    const reading = read({ Title: 'T', Locality: 'LEEDS' }, 2, { config, today: '2025-01-01' });
    assert.equal(reading.kind === 'lesson' && reading.lesson.locality.folder, 'leeds');
    assert.equal(
      read({ Title: 'T', Locality: 'GMCR' }, 2, { config, today: '2025-01-01' }).kind,
      'refused',
      'the built-in list does not apply once the workspace has its own',
    );
  });

  it('reads cell values as people type them', () => {
    assert.equal(answerText('  \n \t\n'), undefined);
    assert.equal(answerText('a\r\nb\rc'), 'a\nb\nc\n');
    assert.deepEqual(listItems('a;b;\nc; ;A'), ['a', 'b', 'c']);
    assert.equal(isoDate('2025-3-4'), '2025-03-04');
    assert.equal(isoDate('2025-03-14T10:22:00'), '2025-03-14');
    assert.equal(isoDate('4.3.2025 10:22'), '2025-03-04');
    assert.equal(isoDate('March 2025'), 'March 2025', 'kept for the check to point at');
    assert.equal(isoDate(''), undefined);
  });
});
