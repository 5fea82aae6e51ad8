import * as assert from 'node:assert/strict';
import type { ReportFilters } from '../../../../server/src/engine/report/reportFilters';
import { communicated, curatorsReport, entry, readersReport } from './reportFixtures';

const LESSONS = [
  communicated('a.lesson.yaml', { id: 'GN-0001', locality: 'Great North Care Record', date: '2023-05-01', topics: '[training]' }),
  communicated('b.lesson.yaml', { id: 'DC-0001', locality: 'DCR', date: '2024-01-01', topics: '[Data Sharing, training]' }),
  communicated('c.lesson.yaml', { id: 'LD-0001', locality: 'Leeds Care Record', date: '2024-01-02', topics: '[information governance]' }),
  communicated('d.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', date: undefined, topics: '[data sharing]' }),
  entry('e.lesson.yaml', { id: 'WX-0002', locality: 'Wessex Care Records', stage: 'captured', date: '2025-01-01', topics: '[data sharing]' }),
  entry('f.lesson.yaml', { id: 'LD-0002', locality: 'Leeds Care Record', stage: 'organised', date: '2025-02-01', topics: '[training]' }),
];

const readerIds = (filters: ReportFilters): string[] =>
  readersReport(LESSONS, { filters })
    .entries.map((e) => e.lesson.id)
    .sort();
/** The lessons in the curators' backlog: every lesson of the report that is not communicated. */
const backlogIds = (filters: ReportFilters): string[] =>
  curatorsReport(LESSONS, { filters })
    .backlog.flatMap((stage) => stage.lessons.map((lesson) => lesson.id))
    .sort();

describe('engine: report filters', () => {
  it('a stage filter keeps lessons at the stages given', () => {
    assert.deepEqual(backlogIds({ stages: ['captured'] }), ['WX-0002']);
    assert.deepEqual(backlogIds({ stages: ['captured', 'organised'] }), ['LD-0002', 'WX-0002']);
    const report = curatorsReport(LESSONS, { filters: { stages: ['communicated'] } });
    assert.equal(report.totals.lessons, 4);
    assert.deepEqual(
      report.backlog.flatMap((stage) => stage.lessons),
      [],
    );
  });

  it('a topic filter keeps lessons with any of the topics, in any case', () => {
    assert.deepEqual(readerIds({ topics: ['DATA SHARING'] }), ['DC-0001', 'WX-0001']);
    assert.deepEqual(readerIds({ topics: ['data sharing', 'Information Governance'] }), ['DC-0001', 'LD-0001', 'WX-0001']);
    assert.deepEqual(backlogIds({ topics: ['training'] }), ['LD-0002']);
  });

  it('a locality filter keeps lessons of a locality named by its name, an alias or its id prefix, in any case', () => {
    for (const given of ['Dorset Care Record', 'dorset care record', 'DCR', 'dcr', 'DC', 'dc'])
      assert.deepEqual(readerIds({ localities: [given] }), ['DC-0001'], given);
    assert.deepEqual(readerIds({ localities: ['GN', 'leeds care record'] }), ['GN-0001', 'LD-0001']);
    assert.deepEqual(backlogIds({ localities: ['WX'] }), ['WX-0002']);
  });

  it('a since filter keeps lessons dated on or after the day; a lesson with no date is never "since"', () => {
    assert.deepEqual(readerIds({ since: '2024-01-01' }), ['DC-0001', 'LD-0001']);
    assert.deepEqual(readerIds({ since: '2024-01-02' }), ['LD-0001']);
    assert.deepEqual(backlogIds({ since: '2025-01-01' }), ['LD-0002', 'WX-0002']);
  });

  it('filters combine: each must hold', () => {
    assert.deepEqual(readerIds({ topics: ['training'], since: '2024-01-01' }), ['DC-0001']);
    assert.deepEqual(readerIds({ topics: ['training'], localities: ['LD'] }), []);
  });

  it('states the filters as applied: localities by their configured name, topics as the list spells them, each once', () => {
    const report = readersReport(LESSONS, {
      filters: { localities: ['dcr', 'DC', 'Atlantis'], topics: ['INFORMATION governance', 'ambulance'], stages: ['communicated'], since: '2024-01-01' },
    });
    assert.deepEqual(report.filters, {
      localities: ['Dorset Care Record', 'Atlantis'],
      topics: ['Information Governance', 'ambulance'],
      stages: ['communicated'],
      since: '2024-01-01',
    });
    assert.deepEqual(readersReport(LESSONS).filters, { localities: [], topics: [], stages: [], since: undefined });
  });

  it('counts lessons the filters set aside apart from lessons left out for sensitivity or an NHS number', () => {
    const lessons = [
      ...LESSONS,
      communicated('g.lesson.yaml', { id: 'WX-0003', locality: 'Wessex Care Records', date: '2025-01-01', sensitivity: 'restricted' }),
      communicated('h.lesson.yaml', { id: 'WX-0004', locality: 'Wessex Care Records', date: '2020-01-01', sensitivity: 'restricted' }),
      communicated('i.lesson.yaml', { id: 'WX-0005', locality: 'Wessex Care Records', date: '2025-01-01' }),
    ];
    const withheld = new Set(['file:///ws/i.lesson.yaml']);
    const report = readersReport(lessons, { filters: { since: '2024-01-01' }, withheld });
    // Before 2024 or undated: GN-0001, WX-0001, WX-0004. WX-0003 matches but is restricted; WX-0005 matches but holds an NHS number.
    assert.equal(report.totals.filteredOut, 3);
    assert.deepEqual(report.totals.leftOut, { sensitivity: 1, nhsNumber: 1 });
    assert.deepEqual(
      report.entries.map((e) => e.lesson.id),
      ['DC-0001', 'LD-0001'],
    );
  });

  it('filters choose the entries, not the history: an adoption by a lesson outside the filters still counts', () => {
    const report = readersReport(
      [
        communicated('a.lesson.yaml', { id: 'GN-0001', locality: 'Great North Care Record', date: '2023-05-01' }),
        entry('b.lesson.yaml', { id: 'LD-0001', locality: 'Leeds Care Record', date: '2024-05-01', adoption: '{action: customise, lesson: GN-0001}' }),
      ],
      { filters: { localities: ['GN'] } },
    );
    assert.deepEqual(
      report.entries[0].adoptions.map((a) => a.by.id),
      ['LD-0001'],
    );
    assert.deepEqual(report.headline, { lessons: 1, adoptions: 1, localities: 1 });
  });
});
